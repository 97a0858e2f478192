/** What Build Pack asks before it saves: certc reads the pack from disk, so unsaved edits would not be in the pack. */
export function saveQuestion(folder: string, files: readonly string[]): string {
  const named = files.length <= 3 ? files.join(', ') : `${files.length} .cert files`;
  return `CertLang: Build Pack reads ${folder} from disk. Save the unsaved changes to ${named} first, then build?`;
}

/** The button that saves and builds; the dialog's own Cancel builds nothing and saves nothing. */
export const saveAndBuild = 'Save and Build';
