// Checks that the server of a platform package runs where no .NET is installed: takes server/certc out of the .vsix
// (keeping the mode the package gives it), starts it with `lsp` with a PATH that has no `dotnet` on it and nothing else
// of this environment, and expects `initialize` to be answered, then `shutdown` and `exit` to end it with code 0.
// `node scripts/check-native-server.mjs certlang-linux-x64.vsix linux-x64` (only for the machine's own target).
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { hostTarget, platformOf } from './platforms.mjs';
import { zipEntries, zipEntryData } from './vsix-zip.mjs';

const require = createRequire(import.meta.url);
const protocol = require('vscode-languageserver-protocol/node');

const [file, target] = process.argv.slice(2);
if (file === undefined || target !== hostTarget) {
  throw new Error(`usage: node scripts/check-native-server.mjs FILE.vsix ${hostTarget} (the target of this machine)`);
}

const zip = readFileSync(file);
const entry = zipEntries(zip).find((candidate) => candidate.name === `extension/server/${platformOf(target).server}`);
if (entry === undefined) {
  throw new Error(`${file} has no extension/server/${platformOf(target).server}`);
}
const folder = mkdtempSync(path.join(tmpdir(), 'certlang-native-'));
const server = path.join(folder, platformOf(target).server);
writeFileSync(server, zipEntryData(zip, entry));
chmodSync(server, entry.mode & 0o777);

const withoutDotnet = (process.env.PATH ?? '')
  .split(path.delimiter)
  .filter((dir) => dir !== '' && !existsSync(path.join(dir, 'dotnet')) && !existsSync(path.join(dir, 'dotnet.exe')))
  .join(path.delimiter);
const child = spawn(server, ['lsp'], { env: { PATH: withoutDotnet, HOME: folder }, stdio: 'pipe' });
let stderr = '';
child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
const connection = protocol.createProtocolConnection(new protocol.StreamMessageReader(child.stdout), new protocol.StreamMessageWriter(child.stdin));
connection.listen();

try {
  const result = await within(
    connection.sendRequest(protocol.InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} }),
    'the answer to initialize',
  );
  if (result.capabilities?.hoverProvider === undefined) {
    throw new Error(`initialize answered without the server's capabilities: ${JSON.stringify(result)}`);
  }
  await connection.sendNotification(protocol.InitializedNotification.type, {});
  await within(connection.sendRequest(protocol.ShutdownRequest.type), 'the answer to shutdown');
  await connection.sendNotification(protocol.ExitNotification.type);
  const code = await within(exited, 'the end of the process');
  if (code !== 0) {
    throw new Error(`the server exited with code ${code}`);
  }
  console.log(`${file}: its ${target} server answered initialize with no dotnet on PATH and exited with code 0`);
} catch (error) {
  console.error(`${file}: ${error instanceof Error ? error.message : String(error)}\nstandard error of the server:\n${stderr}`);
  process.exitCode = 1;
} finally {
  connection.dispose();
  child.kill();
  rmSync(folder, { recursive: true, force: true });
}

function within(promise, what) {
  return Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`no ${what} within 60 s`)), 60_000).unref()),
  ]);
}
