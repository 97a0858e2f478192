import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  CodeLensRequest,
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type CompletionItem,
  type CompletionList,
  type MarkupContent,
  type PublishDiagnosticsParams,
  type ResponseError,
} from 'vscode-languageserver-protocol/node';
import { planParams, planRequest } from '../src/planRequest';
import { startServer, type RunningServer } from './server';

// A one-file pack whose only mistake is the misspelt attribute `rated_volage` (line 12, zero-based); line 7 is an
// empty top-level line.
const uri = 'file:///work/pack.cert';
const text = [
  'pack demo version 1.0.0 "Demo"',
  '',
  'attribute rated_voltage: voltage',
  '',
  'category kettle "Electric kettles" hs 8516.71',
  '',
  'market CN "China"',
  '',
  '/// China Compulsory Certification.',
  'regime CCC in CN {',
  '  route certification',
  '  scope {',
  '    include kettle where rated_volage > 12 V',
  '    exclude kettle where rated_voltage > 250 V',
  '  }',
  '}',
  '',
].join('\n');

let server: RunningServer;
let diagnostics: Promise<PublishDiagnosticsParams>;

before(async () => {
  server = startServer();
  diagnostics = new Promise((resolve) =>
    server.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      if (params.uri === uri && params.diagnostics.length > 0) {
        resolve(params);
      }
    }),
  );
  await server.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: {
      textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: false } },
        publishDiagnostics: {},
      },
    },
  });
  await server.connection.sendNotification(InitializedNotification.type, {});
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'certlang', version: 1, text },
  });
}, { timeout: 120_000 });

after(async () => {
  try {
    await withTimeout(server.connection.sendRequest(ShutdownRequest.type), 'shutdown answer', 10_000);
    await server.connection.sendNotification(ExitNotification.type);
    assert.equal(await withTimeout(server.exited, 'exit', 10_000), 0, `the server did not exit cleanly; stderr:\n${server.stderr()}`);
  } finally {
    server.connection.dispose();
    server.process.kill();
  }
}, { timeout: 30_000 });

test('an opened file with a misspelt attribute gets its CERT1001 diagnostic', async () => {
  const published = await withTimeout(diagnostics, 'publishDiagnostics', 60_000);
  assert.equal(published.diagnostics.length, 1, JSON.stringify(published.diagnostics));
  const [diagnostic] = published.diagnostics;
  assert.equal(diagnostic?.code, 'CERT1001');
  assert.equal(diagnostic?.range.start.line, 12);
  assert.equal(diagnostic?.range.start.character, text.split('\n')[12]?.indexOf('rated_volage'));
  assert.match(diagnostic?.message ?? '', /rated_volage/);
});

test('hover over a declared regime name shows the regime', { timeout: 30_000 }, async () => {
  const hover = await server.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri },
    position: { line: 9, character: 8 },
  });
  assert.ok(hover !== null, 'no hover over the regime name');
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  assert.match(contents.value, /CCC/);
  assert.match(contents.value, /China Compulsory Certification/);
});

test('completion on an empty top-level line offers the declaration keywords', { timeout: 30_000 }, async () => {
  const result = await server.connection.sendRequest(CompletionRequest.type, {
    textDocument: { uri },
    position: { line: 7, character: 0 },
  });
  const items: CompletionItem[] = result === null ? [] : Array.isArray(result) ? result : (result as CompletionList).items;
  const labels = items.map((item) => item.label);
  assert.ok(labels.includes('regime'), `labels: ${labels.join(', ')}`);
  assert.ok(labels.includes('market'), `labels: ${labels.join(', ')}`);
});

test('the Plan… lens over a regime passes its document, name and market to certlang.planProduct', { timeout: 30_000 }, async () => {
  const lenses = await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
  const plan = lenses?.find((lens) => lens.command?.command === 'certlang.planProduct');
  assert.equal(plan?.command?.title, 'Plan…');
  assert.deepEqual(plan?.command?.arguments, [uri, 'CCC', 'CN']);
});

test('certlang/plan refuses the pack while it has an error, and plans once an unsaved edit fixes it', { timeout: 30_000 }, async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'certlang-plan-'));
  const product = path.join(folder, 'kettle.json');
  fs.writeFileSync(product, JSON.stringify({ id: 'KT-1', category: 'kettle', attributes: { rated_voltage: '230 V' } }));
  const params = planParams(pathToFileURL(product).href, 'CN', '2027-06-01');
  try {
    await assert.rejects(server.connection.sendRequest(planRequest, params), (error: ResponseError) => {
      assert.deepEqual([error.code, error.message], [-32803, 'the pack has 1 error(s); fix them to plan']);
      return true;
    });
    const typo = text.split('\n')[12]?.indexOf('rated_volage') ?? -1;
    const missingT = { line: 12, character: typo + 'rated_vol'.length };
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: missingT, end: missingT }, text: 't' }],
    });
    const plan = await server.connection.sendRequest(planRequest, params);
    assert.match(plan.html, /^<!DOCTYPE html>/);
    assert.match(plan.html, /<title>Certification plan: demo 1\.0\.0, ship 2027-06-01<\/title>/);
    assert.match(plan.html, /KT-1/);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

function withTimeout<T>(promise: Promise<T>, what: string, milliseconds: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`no ${what} within ${milliseconds / 1000} s; stderr:\n${server.stderr()}`)), milliseconds).unref(),
    ),
  ]);
}
