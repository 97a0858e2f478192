// Writes a platform package per target, certlang-TARGET.vsix, each with its self-contained server (no .NET needed):
// `node scripts/package-platform.mjs [TARGET…|all]`, linux-x64 by default; the targets are those of platforms.mjs.
// Each package's contents are checked, and the server of this machine's own target is started without dotnet.
// Leaves server/ holding the last target's server: `npm run build:server` puts the framework-dependent one back.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostTarget, platformOf, platforms } from './platforms.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vsce = path.join(path.dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
const requested = process.argv.slice(2);
const targets = requested.length === 0 ? ['linux-x64'] : requested.includes('all') ? Object.keys(platforms) : requested;
targets.forEach(platformOf);

const node = (...args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
for (const target of targets) {
  const file = `certlang-${target}.vsix`;
  node('scripts/publish-server.mjs', '--target', target);
  node(vsce, 'package', '--target', target, '--no-dependencies', '--skip-license', '--allow-missing-repository', '-o', file);
  node('scripts/check-vsix.mjs', file, '--target', target);
  if (target === hostTarget) {
    node('scripts/check-native-server.mjs', file, target);
  }
}
