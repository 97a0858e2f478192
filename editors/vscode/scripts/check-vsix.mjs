// Lists a .vsix (a zip file) and checks that it holds what the extension needs at run time and nothing
// from development: `node scripts/check-vsix.mjs certlang.vsix`.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'certlang.vsix';
const entries = zipEntries(readFileSync(file));
console.log(entries.join('\n'));

const required = [
  'extension/package.json',
  'extension/readme.md',
  'extension/dist/extension.js',
  'extension/syntaxes/certlang.tmLanguage.json',
  'extension/language-configuration.json',
  'extension/snippets/certlang.code-snippets',
  'extension/server/certc.dll',
  'extension/server/certc.runtimeconfig.json',
  'extension/server/certc.deps.json',
  'extension/server/CertLang.LanguageServer.dll',
];
const missing = required.filter((name) => !entries.includes(name));
const unwanted = entries.filter((name) =>
  /^extension\/(node_modules|src|test|out|scripts)\/|\.ts$|\.map$|^extension\/server\/.*\.xml$/.test(name),
);
if (missing.length > 0 || unwanted.length > 0) {
  console.error(`${file}: missing ${missing.join(', ') || 'nothing'}; unwanted ${unwanted.join(', ') || 'nothing'}`);
  process.exit(1);
}
console.log(`${file}: ${entries.length} files, with the grammar, language configuration, snippets and server`);

/** The names in a zip file's central directory. */
function zipEntries(zip) {
  const endOfDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) {
    throw new Error(`${file} is not a zip file`);
  }
  const count = zip.readUInt16LE(endOfDirectory + 10);
  const names = [];
  for (let offset = zip.readUInt32LE(endOfDirectory + 16), index = 0; index < count; index++) {
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
