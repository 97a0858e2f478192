import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

/** The extension's folder (tests run from out/test). */
export const extensionRoot = path.resolve(__dirname, '..', '..');

/** The server `npm run build:server` published into the extension. */
export const serverDll = path.join(extensionRoot, 'server', 'certc.dll');

/** A running `certc lsp` with a protocol connection to it, and what it wrote to stderr. */
export interface RunningServer {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcessWithoutNullStreams;
  readonly stderr: () => string;
  readonly exited: Promise<number | null>;
}

/** Starts the published server as the extension does: `dotnet server/certc.dll lsp` over stdio. */
export function startServer(): RunningServer {
  if (!fs.existsSync(serverDll)) {
    throw new Error(`${serverDll} is missing: run \`npm run build:server\` first (npm test does).`);
  }
  const child = spawn('dotnet', [serverDll, 'lsp'], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();
  return { connection, process: child, stderr: () => stderr, exited };
}
