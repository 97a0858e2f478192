import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { extensionRoot, serverDll } from './server';

interface Snippet {
  readonly prefix: string;
  readonly body: readonly string[];
}

const snippets: Record<string, Snippet> = JSON.parse(
  fs.readFileSync(path.join(extensionRoot, 'snippets', 'certlang.code-snippets'), 'utf8'),
);

/** A snippet's text as inserted when every placeholder keeps its default (the first choice of a choice). */
function expand(name: string): string {
  const snippet = snippets[name];
  assert.ok(snippet !== undefined, `no snippet ${name}`);
  let text = snippet.body.join('\n');
  const variables: Record<string, string> = { CURRENT_YEAR: '2027', CURRENT_MONTH: '06', CURRENT_DATE: '01' };
  text = text.replace(/\$\{([A-Z_]+)\}|\$([A-Z_]+)/g, (_, braced?: string, bare?: string) => variables[braced ?? bare ?? ''] ?? '');
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
  }
  return text.replace(/\$\d+/g, '').replace(/\t/g, '  ');
}

test('every snippet is tested and has a prefix', () => {
  assert.deepEqual(Object.keys(snippets).sort(), ['pack', 'process', 'regime', 'scope', 'step', 'step block', 'test']);
  assert.ok(Object.values(snippets).every((snippet) => snippet.prefix !== ''));
});

test('the snippets, expanded with their defaults where they belong, parse without syntax errors', () => {
  const steps = `process {\n${expand('step')}\n${expand('step block')}\n}`;
  const file = [
    expand('pack'),
    expand('regime'),
    `regime OTHER in MARKET {\n${expand('scope')}\n${expand('process')}\n${steps}\n}`,
    expand('test'),
  ].join('\n');
  assert.doesNotMatch(file, /\$/, `a placeholder was not expanded:\n${file}`);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'certlang-snippets-'));
  try {
    fs.writeFileSync(path.join(folder, 'snippets.cert'), file);
    const diagnostics = check(folder);
    const syntax = diagnostics.filter((diagnostic) => /^CERT0/.test(diagnostic.code));
    assert.deepEqual(syntax, [], `in:\n${file}`);
    assert.ok(diagnostics.length > 0, 'the check found nothing at all, not even the undeclared names');
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

/** `certc check --format json` on the folder. */
function check(folder: string): { code: string; message: string; line: number }[] {
  try {
    return JSON.parse(execFileSync('dotnet', [serverDll, 'check', folder, '--format', 'json'], { encoding: 'utf8' }));
  } catch (error) {
    const failed = error as { status?: number; stdout?: string };
    if (failed.status === 1 && failed.stdout !== undefined) {
      return JSON.parse(failed.stdout);
    }
    throw error;
  }
}
