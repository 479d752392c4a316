// The Platform inside the desktop program: every call goes through the preload bridge
// (window.cppccLedger) to a native dialog in the main process.
import { toSafeFileName } from './ipc-contract';
import type { DesktopBridge } from './ipc-contract';
import { currentStorage, requestPersistence } from './persistent-storage';
import type { Platform } from './platform';

export function createElectronPlatform(bridge: DesktopBridge): Platform {
  return {
    kind: 'electron',
    async saveFile(suggestedName, data, filters = []) {
      // Main refuses unsafe names; cleaning them here keeps "a/b.docx" from failing the save.
      const result = await bridge.saveFile({ suggestedName: toSafeFileName(suggestedName), filters, data });
      return result.saved && result.fileName ? { fileName: result.fileName } : null;
    },
    async openFile(filters = []) {
      const opened = await bridge.openFile({ filters });
      return opened ? { name: opened.name, data: opened.data } : null;
    },
    requestPersistentStorage: () => requestPersistence(currentStorage()),
    autoBackups: {
      write: (data) => bridge.writeAutoBackup(data),
      list: () => bridge.listAutoBackups(),
      read: (name) => bridge.readAutoBackup(name),
      chooseFolder: () => bridge.chooseAutoBackupFolder(),
      onBeforeClose: (listener) => bridge.onBeforeClose(listener),
    },
  };
}
