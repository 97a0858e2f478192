import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { extensionRoot } from './server';

interface Manifest {
  main: string;
  engines: { vscode: string };
  devDependencies: Record<string, string>;
  contributes: {
    languages: { id: string; extensions: string[]; configuration: string }[];
    grammars: { language: string; scopeName: string; path: string }[];
    snippets: { language: string; path: string }[];
    commands: { command: string; title: string; category: string }[];
    configuration: { properties: Record<string, unknown> };
  };
}

const manifest: Manifest = JSON.parse(fs.readFileSync(path.join(extensionRoot, 'package.json'), 'utf8'));
const extensionSource = fs.readFileSync(path.join(extensionRoot, 'src', 'extension.ts'), 'utf8');

test('the certlang language, its grammar, configuration and snippets point at files that exist', () => {
  const [language] = manifest.contributes.languages;
  assert.deepEqual([language?.id, language?.extensions], ['certlang', ['.cert']]);
  const files = [
    language?.configuration ?? '',
    ...manifest.contributes.grammars.map((grammar) => grammar.path),
    ...manifest.contributes.snippets.map((snippets) => snippets.path),
  ];
  for (const file of files) {
    assert.ok(fs.existsSync(path.join(extensionRoot, file)), file);
  }
  assert.equal(manifest.main, './dist/extension.js');
});

test('the contributed commands are the ones the extension registers, and certlang.runTest is left to the server', () => {
  const contributed = manifest.contributes.commands.map((command) => command.command).sort();
  const registered = [...extensionSource.matchAll(/registerCommand\('([^']+)'/g)].map((match) => match[1]).sort();
  assert.deepEqual(contributed, ['certlang.buildPack', 'certlang.planProduct', 'certlang.restartServer']);
  assert.deepEqual(registered, contributed);
  assert.ok(manifest.contributes.commands.every((command) => command.category === 'CertLang'));
});

test('the settings are certlang.server.path and certlang.trace.server', () => {
  assert.deepEqual(Object.keys(manifest.contributes.configuration.properties).sort(), [
    'certlang.server.path',
    'certlang.trace.server',
  ]);
});

test('the trace setting names the output channel the language client writes to', () => {
  const controller = fs.readFileSync(path.join(extensionRoot, 'src', 'serverController.ts'), 'utf8');
  const channel = /createOutputChannel\('([^']+)'\)/.exec(controller)?.[1];
  const trace = manifest.contributes.configuration.properties['certlang.trace.server'] as { description: string };
  assert.equal(channel, 'CertLang Language Server');
  assert.match(trace.description, new RegExp(`in the ${channel} output channel\\.$`));
});

test('every dev dependency is pinned to an exact version, and the VS Code API types match the engine', () => {
  for (const [name, version] of Object.entries(manifest.devDependencies)) {
    assert.match(version, /^\d+\.\d+\.\d+$/, name);
  }
  assert.equal(manifest.engines.vscode, `^${manifest.devDependencies['@types/vscode']}`);
});
