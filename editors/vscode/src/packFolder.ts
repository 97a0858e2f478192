import * as path from 'node:path';
import * as vscode from 'vscode';
import { saveAndBuild, saveQuestion } from './unsavedFiles';

/**
 * The pack a command works on: the workspace folder that holds `target` (a URI, or its string form as code
 * lenses send it), else the one of the active editor, else the only workspace folder, else one the user picks.
 */
export async function packFolder(target: unknown): Promise<vscode.WorkspaceFolder | undefined> {
  const folder = folderOf(target) ?? folderOf(vscode.window.activeTextEditor?.document.uri);
  if (folder !== undefined) {
    return folder;
  }
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showErrorMessage('CertLang: open the folder of a pack (its .cert files) first.');
    return undefined;
  }
  return folders.length === 1 ? folders[0] : vscode.window.showWorkspaceFolderPick({ placeHolder: 'The folder of the pack' });
}

/**
 * Saves the pack's unsaved .cert files, since certc reads them from disk, once the user agrees in a modal dialog;
 * true when there is nothing unsaved or everything was saved, false when the user declined or a save failed.
 */
export async function saveCertFiles(folder: vscode.WorkspaceFolder): Promise<boolean> {
  const unsaved = vscode.workspace.textDocuments.filter(
    (document) =>
      document.isDirty &&
      document.languageId === 'certlang' &&
      vscode.workspace.getWorkspaceFolder(document.uri)?.index === folder.index,
  );
  if (unsaved.length === 0) {
    return true;
  }
  const question = saveQuestion(folder.name, unsaved.map((document) => path.basename(document.uri.fsPath)));
  if ((await vscode.window.showWarningMessage(question, { modal: true }, saveAndBuild)) !== saveAndBuild) {
    return false;
  }
  return (await Promise.all(unsaved.map((document) => document.save()))).every((saved) => saved);
}

/** The workspace folder that holds `target`, a URI or its string form as code lenses send it. */
export function folderOf(target: unknown): vscode.WorkspaceFolder | undefined {
  const uri = target instanceof vscode.Uri ? target : typeof target === 'string' ? vscode.Uri.parse(target) : undefined;
  return uri === undefined ? undefined : vscode.workspace.getWorkspaceFolder(uri);
}
