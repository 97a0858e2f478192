import * as path from 'node:path';
import * as vscode from 'vscode';
import { firstErrorLine, logRun, showFailure } from './commandOutput';
import { certcFromSettings } from './certcFromSettings';
import { spawnProblem } from './certcLocation';
import { packFolder, saveCertFiles } from './packFolder';
import { runCertc } from './runCertc';

/** The file a build writes, in the pack's folder. */
export const packFileName = 'pack.json';

/**
 * "CertLang: Build Pack": `certc build <folder> -o <folder>/pack.json`, its output in the output channel. certc reads the
 * files from disk, so unsaved .cert files of the folder are saved first, once the user agrees.
 */
export async function buildPack(extensionPath: string, output: vscode.OutputChannel, target?: unknown): Promise<void> {
  const certc = certcFromSettings(extensionPath);
  const folder = certc === undefined ? undefined : await packFolder(target);
  if (certc === undefined || folder === undefined) {
    return;
  }
  if (!(await saveCertFiles(folder))) {
    return;
  }
  const packFile = path.join(folder.uri.fsPath, packFileName);
  const args = ['build', folder.uri.fsPath, '-o', packFile];
  let result;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: `CertLang: building ${folder.name}` },
      () => runCertc(certc, args, folder.uri.fsPath),
    );
  } catch (error) {
    await showFailure(output, spawnProblem(certc, error));
    return;
  }
  logRun(output, args, result);
  if (result.exitCode === 0) {
    const open = 'Open';
    if ((await vscode.window.showInformationMessage(`CertLang: built ${folder.name}/${packFileName}.`, open)) === open) {
      await vscode.window.showTextDocument(vscode.Uri.file(packFile));
    }
  } else if (result.exitCode === 1) {
    await showFailure(output, `CertLang: ${folder.name} has errors; nothing was written. See the output for each one.`);
  } else {
    await showFailure(output, `CertLang: the build failed: ${firstErrorLine(result)}`);
  }
}
