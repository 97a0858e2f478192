import * as vscode from 'vscode';
import type { CertcResult } from './runCertc';

/** Writes a certc run to the output channel: the command line, then what certc printed. */
export function logRun(output: vscode.OutputChannel, args: readonly string[], result: CertcResult): void {
  output.appendLine(`> certc ${args.map(quoteIfNeeded).join(' ')}`);
  for (const text of [result.stdout, result.stderr]) {
    if (text !== '') {
      output.append(text.endsWith('\n') ? text : `${text}\n`);
    }
  }
  output.appendLine(`(exit code ${result.exitCode})`);
}

/** An error message naming what went wrong, with a button that shows the output channel. */
export async function showFailure(output: vscode.OutputChannel, message: string): Promise<void> {
  const showOutput = 'Show Output';
  if ((await vscode.window.showErrorMessage(message, showOutput)) === showOutput) {
    output.show(true);
  }
}

/** The first line certc wrote to standard error, which is its message for bad input. */
export function firstErrorLine(result: CertcResult): string {
  return (result.stderr.split(/\r?\n/).find((line) => line.trim() !== '') ?? `exit code ${result.exitCode}`).trim();
}

function quoteIfNeeded(arg: string): string {
  return /^[\w./:,=+-]+$/.test(arg) ? arg : `"${arg.replace(/"/g, '\\"')}"`;
}
