// The Platform in a plain browser (`npm start` without the Electron binary, and the end-to-end
// tests): saving is a download, opening is the browser's file picker.
import { fileSizeProblem, toSafeFileName } from './ipc-contract';
import { filtersToAccept } from './file-filters';
import { currentStorage, requestPersistence } from './persistent-storage';
import type { PickedFile, Platform } from './platform';

// Revoking the object URL at once can cancel a download that has not started reading it yet.
const REVOKE_AFTER_MS = 60_000;

function isArrayBufferBacked(data: Uint8Array): data is Uint8Array<ArrayBuffer> {
  return data.buffer instanceof ArrayBuffer;
}

function download(fileName: string, data: Uint8Array): void {
  // A Blob cannot take a view of a SharedArrayBuffer; copy only in that rare case.
  const blob = new Blob([isArrayBufferBacked(data) ? data : data.slice()]);
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    if (accept) input.accept = accept;
    input.style.display = 'none';
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    // 'cancel' fires when the picker is closed without a choice (Chromium 113+, Firefox 91+).
    input.addEventListener('cancel', () => finish(null), { once: true });
    // Safari ignores click() on an input that is not in the document.
    document.body.append(input);
    input.click();
  });
}

async function readPicked(file: File): Promise<PickedFile> {
  const problem = fileSizeProblem(file.size);
  if (problem) throw new Error(problem);
  return { name: file.name, data: new Uint8Array(await file.arrayBuffer()) };
}

export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    saveFile(suggestedName, data) {
      // A browser saves into its downloads folder and never says whether the user kept the
      // file, so the download counts as saved.
      const fileName = toSafeFileName(suggestedName);
      download(fileName, data);
      return Promise.resolve({ fileName });
    },
    async openFile(filters = []) {
      const file = await pickFile(filtersToAccept(filters));
      return file ? readPicked(file) : null;
    },
    requestPersistentStorage: () => requestPersistence(currentStorage()),
    autoBackups: null,
  };
}
