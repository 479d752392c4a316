// Saves an attachment's bytes where the user chooses, through the platform (a save dialog in the
// desktop program, a download in the browser). The only place the screens' attachments touch it.
import { getPlatform, type FileFilter, type SavedFile } from '../../platform';

/** The file's own type as the dialog's filter, so the suggested name keeps its extension. */
function filtersFor(name: string): FileFilter[] {
  const ext = name.includes('.') ? (name.split('.').pop() ?? '') : '';
  return /^[A-Za-z0-9_-]+$/.test(ext) ? [{ name: `${ext.toUpperCase()} 文件`, extensions: [ext.toLowerCase()] }] : [];
}

/** Resolves to null when the user cancels; rejects with a Chinese message when writing fails. */
export function saveAttachmentToDisk(name: string, data: Uint8Array): Promise<SavedFile | null> {
  return getPlatform().saveFile(name, data, filtersFor(name));
}
