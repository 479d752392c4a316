// The save and open calls of the IPC contract, from untrusted payload to IpcResult: validate,
// ask the user through a dialog, read or write, answer with a base name only. The dialogs are
// passed in, so this runs under Node in tests; main.ts gives it Electron's.
import path from 'node:path';
import type {
  FileFilter,
  IpcResult,
  OpenedFile,
  SaveFileResult,
} from '../renderer/src/platform/ipc-contract.js';
import { describeFileError, parseOpenFileRequest, parseSaveFileRequest } from './ipc-validation.js';
import { readFileWithinLimit, writeFileAtomically } from './file-io.js';

export interface SaveDialogOptions {
  readonly title: string;
  readonly buttonLabel: string;
  readonly defaultPath: string;
  readonly filters: readonly FileFilter[];
}

export interface OpenDialogOptions {
  readonly title: string;
  readonly buttonLabel: string;
  readonly defaultPath: string;
  readonly filters: readonly FileFilter[];
}

/** The native dialogs; each resolves to the chosen path, or null when the user cancels. */
export interface Dialogs {
  chooseSavePath(options: SaveDialogOptions): Promise<string | null>;
  chooseOpenPath(options: OpenDialogOptions): Promise<string | null>;
}

export interface FileService {
  saveFile(payload: unknown): Promise<IpcResult<SaveFileResult>>;
  openFile(payload: unknown): Promise<IpcResult<OpenedFile | null>>;
}

export function createFileService(dialogs: Dialogs, defaultDirectory: string): FileService {
  // Within a session the next dialog opens where the user last saved or opened something:
  // staff save a whole series of files into one folder.
  let lastDirectory = defaultDirectory;

  return {
    async saveFile(payload) {
      const request = parseSaveFileRequest(payload);
      if (!request.ok) return request;
      const { suggestedName, filters, data } = request.value;
      const target = await dialogs.chooseSavePath({
        title: '保存文件',
        buttonLabel: '保存',
        defaultPath: path.join(lastDirectory, suggestedName),
        filters,
      });
      if (target === null) return { ok: true, value: { saved: false } };
      try {
        await writeFileAtomically(target, data);
      } catch (error) {
        return { ok: false, error: describeFileError(error, 'save') };
      }
      lastDirectory = path.dirname(target);
      return { ok: true, value: { saved: true, fileName: path.basename(target) } };
    },

    async openFile(payload) {
      const request = parseOpenFileRequest(payload);
      if (!request.ok) return request;
      const source = await dialogs.chooseOpenPath({
        title: '打开文件',
        buttonLabel: '打开',
        defaultPath: lastDirectory,
        filters: request.value.filters,
      });
      if (source === null) return { ok: true, value: null };
      try {
        const read = await readFileWithinLimit(source);
        if (!read.ok) return read;
        lastDirectory = path.dirname(source);
        return { ok: true, value: { name: path.basename(source), data: read.data } };
      } catch (error) {
        return { ok: false, error: describeFileError(error, 'open') };
      }
    },
  };
}
