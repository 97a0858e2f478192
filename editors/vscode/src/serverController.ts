import * as vscode from 'vscode';
import { LanguageClient, State, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { certcFromSettings, showWithSettingsButton } from './certcFromSettings';
import { spawnProblem } from './certcLocation';

/** Starts, restarts and stops the CertLang language server (`certc lsp`). */
export class ServerController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly output = vscode.window.createOutputChannel('CertLang Language Server');
  private readonly watcher = vscode.workspace.createFileSystemWatcher('**/*.cert');

  constructor(private readonly extensionPath: string) {}

  /** Starts a server with the current settings; failures are shown to the user, not thrown. */
  async start(): Promise<void> {
    const certc = certcFromSettings(this.extensionPath);
    if (certc === undefined) {
      return;
    }
    const serverOptions: ServerOptions = { command: certc.command, args: [...certc.args, 'lsp'] };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: 'certlang' },
        { scheme: 'untitled', language: 'certlang' },
      ],
      synchronize: { fileEvents: this.watcher },
      outputChannel: this.output,
    };
    const client = new LanguageClient('certlang', 'CertLang', serverOptions, clientOptions);
    this.client = client;
    try {
      await client.start();
    } catch (error) {
      this.client = undefined;
      await client.dispose().catch(() => undefined);
      void showWithSettingsButton(spawnProblem(certc, error));
    }
  }

  /** The client of the server while it starts or runs; undefined when it failed to start or has stopped. */
  running(): LanguageClient | undefined {
    return this.client?.state === State.Stopped ? undefined : this.client;
  }

  /** Stops the running server, if any, and starts one with the current settings. */
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** Stops the running server, if any. */
  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client !== undefined) {
      await client.dispose().catch((error: unknown) => this.output.appendLine(`stopping the server: ${String(error)}`));
    }
  }

  dispose(): void {
    void this.stop().finally(() => {
      this.watcher.dispose();
      this.output.dispose();
    });
  }
}
