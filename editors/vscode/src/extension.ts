import * as vscode from 'vscode';
import { buildPack } from './buildPack';
import { planProduct } from './planProduct';
import { ServerController } from './serverController';

let server: ServerController | undefined;

/** Starts the language server and registers the CertLang commands. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('CertLang');
  server = new ServerController(context.extensionPath);
  const controller = server;
  context.subscriptions.push(
    output,
    controller,
    vscode.commands.registerCommand('certlang.restartServer', () => controller.restart()),
    vscode.commands.registerCommand('certlang.buildPack', (target?: unknown) =>
      buildPack(context.extensionPath, output, target),
    ),
    vscode.commands.registerCommand('certlang.planProduct', (target?: unknown, _regime?: unknown, market?: unknown) =>
      planProduct(controller, context.workspaceState, target, market),
    ),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('certlang.server.path')) {
        void controller.restart();
      }
    }),
  );
  await controller.start();
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
