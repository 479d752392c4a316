// Dialog filters ({ name: 'Word 文档', extensions: ['docx'] }) turned into what a browser's
// <input type=file accept> understands.
import type { FileFilter } from './ipc-contract';

/** '.docx,.xlsx', or '' (accept anything) when a filter allows every file ('*') or none is given. */
export function filtersToAccept(filters: readonly FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions);
  if (extensions.length === 0 || extensions.includes('*')) return '';
  return [...new Set(extensions.map((ext) => `.${ext.toLowerCase()}`))].join(',');
}

/** The save dialog's filters for the two kinds of file the program writes for offices. */
export const WORD_FILTERS: readonly FileFilter[] = [{ name: 'Word 文档', extensions: ['docx'] }];
export const XLSX_FILTERS: readonly FileFilter[] = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];
