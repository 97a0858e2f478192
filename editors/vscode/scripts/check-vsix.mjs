// Lists a .vsix (a zip file) and checks that it holds what the extension needs at run time and nothing from
// development: `node scripts/check-vsix.mjs certlang.vsix` for the package of every platform (the framework-dependent
// server/certc.dll), `node scripts/check-vsix.mjs certlang-linux-x64.vsix --target linux-x64` for a platform package
// (its target in the manifest, and only the self-contained server, executable).
import { readFileSync } from 'node:fs';
import { platformOf } from './platforms.mjs';
import { zipEntries, zipEntryData } from './vsix-zip.mjs';

const [file = 'certlang.vsix', flag, target] = process.argv.slice(2);
if (flag !== undefined && (flag !== '--target' || target === undefined)) {
  throw new Error('usage: node scripts/check-vsix.mjs FILE.vsix [--target TARGET]');
}
const zip = readFileSync(file);
const entries = zipEntries(zip);
const names = entries.map((entry) => entry.name);
console.log(names.join('\n'));

const server = target === undefined
  ? ['certc.dll', 'certc.runtimeconfig.json', 'certc.deps.json', 'CertLang.LanguageServer.dll']
  : [platformOf(target).server];
const required = [
  'extension/package.json',
  'extension/readme.md',
  'extension/dist/extension.js',
  'extension/syntaxes/certlang.tmLanguage.json',
  'extension/language-configuration.json',
  'extension/snippets/certlang.code-snippets',
  ...server.map((name) => `extension/server/${name}`),
];
const missing = required.filter((name) => !names.includes(name));
const unwanted = names.filter(
  (name) =>
    /^extension\/(node_modules|src|test|out|scripts)\/|\.ts$|\.map$|^extension\/server\/.*\.xml$/.test(name) ||
    (target !== undefined && name.startsWith('extension/server/') && !required.includes(name)),
);
const problems = [];
if (missing.length > 0 || unwanted.length > 0) {
  problems.push(`missing ${missing.join(', ') || 'nothing'}; unwanted ${unwanted.join(', ') || 'nothing'}`);
}
if (target !== undefined) {
  const manifestEntry = entries.find((entry) => entry.name === 'extension.vsixmanifest');
  const manifest = manifestEntry === undefined ? '' : zipEntryData(zip, manifestEntry).toString('utf8');
  if (!manifest.includes(`TargetPlatform="${target}"`)) {
    problems.push(`extension.vsixmanifest does not name the target platform ${target}`);
  }
  const executable = entries.find((entry) => entry.name === `extension/server/${platformOf(target).server}`);
  if (executable !== undefined && !target.startsWith('win32') && (executable.mode & 0o111) === 0) {
    problems.push(`${executable.name} is not executable (mode ${executable.mode.toString(8)})`);
  }
}
if (problems.length > 0) {
  console.error(`${file}: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(`${file}: ${names.length} files, with the grammar, language configuration, snippets and ${target === undefined ? 'server' : `${target} server`}`);
