import * as vscode from 'vscode';

/** Shows a plan's HTML page in a webview without scripts, beside the editor. */
export function showPlan(title: string, html: string): void {
  const panel = vscode.window.createWebviewPanel(
    'certlang.plan',
    title,
    { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
    { enableScripts: false, enableFindWidget: true, localResourceRoots: [] },
  );
  panel.webview.html = withContentSecurityPolicy(html);
}

/** The page with a policy that allows its inline styles and inline images, and nothing from anywhere else. */
export function withContentSecurityPolicy(html: string): string {
  const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}\n${policy}`) : `${policy}\n${html}`;
}
