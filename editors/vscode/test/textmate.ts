import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';
import { extensionRoot } from './server';

/** One token of a line: its text and its scopes, innermost last. */
export interface Token {
  readonly line: number;
  readonly text: string;
  readonly scopes: readonly string[];
}

let grammar: Promise<IGrammar> | undefined;

/** The extension's TextMate grammar, loaded as VS Code loads it (once). */
export function loadGrammar(): Promise<IGrammar> {
  grammar ??= readGrammar();
  return grammar;
}

async function readGrammar(): Promise<IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const grammarFile = path.join(extensionRoot, 'syntaxes', 'certlang.tmLanguage.json');
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'source.cert' ? parseRawGrammar(fs.readFileSync(grammarFile, 'utf8'), grammarFile) : null,
  });
  const loaded = await registry.loadGrammar('source.cert');
  if (loaded === null) {
    throw new Error(`could not load ${grammarFile}`);
  }
  return loaded;
}

/** The tokens of a whole file, and whether the grammar is back at the top level after its last line. */
export function tokenize(grammar: IGrammar, text: string): { tokens: Token[]; endsAtTopLevel: boolean } {
  const topLevel = grammar.tokenizeLine('', INITIAL).ruleStack;
  let state = INITIAL;
  const tokens: Token[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    for (const token of result.tokens) {
      tokens.push({ line: index + 1, text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
  });
  return { tokens, endsAtTopLevel: state.equals(topLevel) };
}
