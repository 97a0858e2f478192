import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { extensionRoot } from './server';
import { loadGrammar, tokenize } from './textmate';

const examples = path.resolve(extensionRoot, '..', '..', 'examples');

/** Every .cert file under the example pack, relative to it. */
function exampleFiles(folder = examples): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? exampleFiles(full) : entry.name.endsWith('.cert') ? [full] : [];
  });
}

test('the example pack has .cert files to highlight', () => {
  assert.ok(exampleFiles().length >= 4, `found ${exampleFiles().join(', ')}`);
});

for (const file of exampleFiles()) {
  const name = path.relative(examples, file);

  test(`${name}: highlighted without invalid tokens, and every block is closed`, async () => {
    const { tokens, endsAtTopLevel } = tokenize(await loadGrammar(), fs.readFileSync(file, 'utf8'));
    const invalid = tokens.filter((token) => token.scopes.some((scope) => scope.startsWith('invalid')));
    assert.deepEqual(invalid.map((token) => `${name}:${token.line}: '${token.text}' ${token.scopes.join(' ')}`), []);
    assert.ok(endsAtTopLevel, `${name} leaves the grammar inside a comment, string or block`);
  });

  test(`${name}: every declaration keyword starting a line (outside product blocks) is highlighted with the name it declares`, async () => {
    const { tokens } = tokenize(await loadGrammar(), fs.readFileSync(file, 'utf8'));
    const source = fs.readFileSync(file, 'utf8').split(/\r\n|\r|\n/);
    let inProduct = false;
    const declarations = source.flatMap((text, index) => {
      inProduct = inProduct ? !text.includes('}') : /\bproduct\s*\{[^}]*$/.test(text);
      const match = /^\s*(pack|attribute|category|market|regime|step)\s+(\w+)/.exec(text);
      return match === null || inProduct ? [] : [{ line: index + 1, match }];
    });
    for (const { line, match } of declarations) {
      const [, keyword, declared] = match ?? [];
      const onLine = tokens.filter((token) => token.line === line);
      const keywordToken = onLine.find((token) => token.text === keyword);
      const nameToken = onLine.find((token) => token.text === declared);
      assert.ok(keywordToken?.scopes.includes(`storage.type.${keyword}.cert`), `${name}:${line}: ${keyword}`);
      assert.ok(nameToken?.scopes.some((scope) => /^(entity\.name|variable\.other\.property)\./.test(scope)), `${name}:${line}: ${declared}`);
    }
  });
}
