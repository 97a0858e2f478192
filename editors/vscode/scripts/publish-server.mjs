// Publishes certc into server/ for the extension to bundle, after emptying it: framework-dependent by default
// (server/certc.dll, run with `dotnet`), or with `--target T` (a vsce target of platforms.mjs) self-contained as one
// executable, server/certc or server/certc.exe, which needs no .NET.
// `node scripts/publish-server.mjs [--target linux-x64|win32-x64|darwin-arm64|darwin-x64]`
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { platformOf } from './platforms.mjs';

const [flag, target] = process.argv.slice(2);
if (flag !== undefined && (flag !== '--target' || target === undefined)) {
  throw new Error('usage: node scripts/publish-server.mjs [--target TARGET]');
}

const form =
  target === undefined
    ? ['--no-self-contained', '-p:UseAppHost=false']
    : [
        '-r', platformOf(target).rid, '--self-contained', '-p:PublishSingleFile=true', '-p:DebugType=none',
        // Only Microsoft.NETCore.App is bundled: without this the SDK also downloads runtime packs certc does not use.
        '-p:DisableTransitiveFrameworkReferenceDownloads=true',
        // Restored and built apart (a restore for a runtime rewrites every project's assets file, and all would be
        // compiled again by the next build without one).
        '--artifacts-path', '../../artifacts/vscode-server',
      ];
rmSync('server', { recursive: true, force: true });
execFileSync(
  'dotnet',
  [
    'publish', '../../src/CertLang.Cli', '-c', 'Release', '-o', 'server', ...form,
    '-p:PublishDocumentationFile=false', '-p:PublishReferencesDocumentationFiles=false', '--nologo', '-v', 'quiet',
  ],
  { stdio: 'inherit' },
);
