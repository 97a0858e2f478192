import * as vscode from 'vscode';
import { certcProblem, locateCertc, type CertcCommand } from './certcLocation';

/**
 * The `certc` the settings name, or the bundled one; when its file is missing, says so with a way to the
 * setting and gives undefined.
 */
export function certcFromSettings(extensionPath: string): CertcCommand | undefined {
  const setting = vscode.workspace.getConfiguration('certlang').get<string>('server.path', '');
  const certc = locateCertc(setting, extensionPath, vscode.workspace.workspaceFolders?.[0]?.uri.fsPath);
  const problem = certcProblem(certc);
  if (problem === undefined) {
    return certc;
  }
  void showWithSettingsButton(problem);
  return undefined;
}

/** An error message with an "Open Settings" button that opens `certlang.server.path`. */
export async function showWithSettingsButton(message: string): Promise<void> {
  const openSettings = 'Open Settings';
  if ((await vscode.window.showErrorMessage(message, openSettings)) === openSettings) {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'certlang.server.path');
  }
}
