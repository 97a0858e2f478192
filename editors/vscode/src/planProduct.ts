import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { certcFromSettings } from './certcFromSettings';
import { spawnProblem } from './certcLocation';
import { firstErrorLine, logRun, showFailure } from './commandOutput';
import { packFolder, saveCertFiles } from './packFolder';
import { marketOfRegime, marketsProblem, normalizeMarkets, shipDateProblem } from './planInputs';
import { runCertc } from './runCertc';
import { showPlan } from './planView';

const title = 'CertLang: Plan Product';
const lastMarketsKey = 'certlang.plan.markets';
const lastShipKey = 'certlang.plan.ship';

/**
 * "CertLang: Plan Product…": asks for a product file, markets and a shipment date, runs `certc plan --format
 * html` on the pack and shows the page. A code lens over a regime passes its document and name, which choose
 * the pack and suggest the regime's market.
 */
export async function planProduct(
  extensionPath: string,
  state: vscode.Memento,
  output: vscode.OutputChannel,
  target?: unknown,
  regime?: unknown,
): Promise<void> {
  const certc = certcFromSettings(extensionPath);
  const folder = certc === undefined ? undefined : await packFolder(target);
  if (certc === undefined || folder === undefined) {
    return;
  }
  const products = await vscode.window.showOpenDialog({
    title: `${title}: the product file`,
    defaultUri: folder.uri,
    canSelectMany: false,
    openLabel: 'Plan',
    filters: { 'Products (JSON, CSV)': ['json', 'csv'] },
  });
  const product = products?.[0];
  if (product === undefined) {
    return;
  }
  const markets = await vscode.window.showInputBox({
    title: `${title}: target markets`,
    prompt: 'Market codes of the pack, separated by commas',
    placeHolder: 'CN,DE,KR',
    value: (await suggestedMarket(target, regime)) ?? state.get<string>(lastMarketsKey, ''),
    validateInput: marketsProblem,
  });
  if (markets === undefined) {
    return;
  }
  const ship = await vscode.window.showInputBox({
    title: `${title}: shipment date`,
    prompt: 'The day the product ships (YYYY-MM-DD)',
    placeHolder: '2027-06-01',
    value: state.get<string>(lastShipKey, ''),
    validateInput: shipDateProblem,
  });
  if (ship === undefined) {
    return;
  }
  await state.update(lastMarketsKey, normalizeMarkets(markets));
  await state.update(lastShipKey, ship.trim());
  await saveCertFiles(folder);

  const temporary = await fs.mkdtemp(path.join(os.tmpdir(), 'certlang-plan-'));
  try {
    const page = path.join(temporary, 'plan.html');
    const args = ['plan', '--pack', folder.uri.fsPath, '--product', product.fsPath, '--markets', normalizeMarkets(markets),
      '--ship', ship.trim(), '--format', 'html', '-o', page];
    let result;
    try {
      result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `CertLang: planning ${path.basename(product.fsPath)}` },
        () => runCertc(certc, args, folder.uri.fsPath),
      );
    } catch (error) {
      await showFailure(output, spawnProblem(certc, error));
      return;
    }
    logRun(output, args, result);
    if (result.exitCode !== 0) {
      await showFailure(output, `CertLang: no plan: ${firstErrorLine(result)}`);
      return;
    }
    showPlan(`Plan: ${path.basename(product.fsPath)}, ship ${ship.trim()}`, await fs.readFile(page, 'utf8'));
  } finally {
    await fs.rm(temporary, { recursive: true, force: true });
  }
}

/** The market of the regime a code lens names, read from its document. */
async function suggestedMarket(target: unknown, regime: unknown): Promise<string | undefined> {
  if (typeof regime !== 'string' || (typeof target !== 'string' && !(target instanceof vscode.Uri))) {
    return undefined;
  }
  const uri = typeof target === 'string' ? vscode.Uri.parse(target) : target;
  try {
    return marketOfRegime((await vscode.workspace.openTextDocument(uri)).getText(), regime);
  } catch {
    return undefined;
  }
}
