import * as path from 'node:path';
import * as vscode from 'vscode';
import { folderOf } from './packFolder';
import { marketList, marketsProblem, shipDateProblem } from './planInputs';
import { planParams, planRequest } from './planRequest';
import { showPlan } from './planView';
import type { ServerController } from './serverController';

const title = 'CertLang: Plan Product';
const lastMarketsKey = 'certlang.plan.markets';
const lastShipKey = 'certlang.plan.ship';

/**
 * "CertLang: Plan Product…": asks for a product file, markets and a shipment date, sends `certlang/plan` to the
 * language server, which plans on the pack as it is open in the editor (unsaved edits included), and shows the
 * page. A code lens over a regime passes its document and market, which choose the folder to pick from and fill
 * in the markets.
 */
export async function planProduct(server: ServerController, state: vscode.Memento, target?: unknown, market?: unknown): Promise<void> {
  const client = server.running();
  if (client === undefined) {
    void vscode.window.showErrorMessage('CertLang: the language server is not running, and it plans products. Start it with "CertLang: Restart Server".');
    return;
  }
  const products = await vscode.window.showOpenDialog({
    title: `${title}: the product file`,
    ...defaultFolder(target),
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
    value: typeof market === 'string' ? market : state.get<string>(lastMarketsKey, ''),
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
  await state.update(lastMarketsKey, marketList(markets).join(','));
  await state.update(lastShipKey, ship.trim());

  const name = path.basename(product.fsPath);
  const params = planParams(client.code2ProtocolConverter.asUri(product), markets, ship);
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `CertLang: planning ${name}`, cancellable: true },
    async (_, token) => {
      try {
        showPlan(`Plan: ${name}, ship ${params.ship}`, (await client.sendRequest(planRequest, params, token)).html);
      } catch (error) {
        if (!token.isCancellationRequested) {
          void vscode.window.showErrorMessage(`CertLang: no plan: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    },
  );
}

/** The dialog opens in the workspace folder of the lens's document, else in the first one. */
function defaultFolder(target: unknown): { defaultUri?: vscode.Uri } {
  const folder = folderOf(target) ?? vscode.workspace.workspaceFolders?.[0];
  return folder === undefined ? {} : { defaultUri: folder.uri };
}
