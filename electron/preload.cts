// The preload: the only code that sees both the page and Electron. It exposes one object,
// window.cppccLedger, with exactly the calls of the IPC contract — never ipcRenderer itself.
// CommonJS because a sandboxed preload cannot be an ES module, and it may require nothing but
// 'electron': the contract is imported for types only, and the two constants are repeated below
// with types that make the compiler check they still equal the contract's.
import { contextBridge, ipcRenderer } from 'electron';
import type {
  AppInfo,
  AutoBackupEntry,
  AutoBackupListing,
  CLOSE_READY_CHANNEL as ContractCloseReady,
  BRIDGE_GLOBAL_NAME as ContractBridgeName,
  DesktopBridge,
  IPC_CHANNELS as ContractChannels,
  IpcResult,
  OpenedFile,
  SaveFileResult,
} from '../renderer/src/platform/ipc-contract.js';

const channels: typeof ContractChannels = {
  saveFile: 'cppcc:save-file',
  openFile: 'cppcc:open-file',
  appInfo: 'cppcc:app-info',
  writeAutoBackup: 'cppcc:write-auto-backup',
  listAutoBackups: 'cppcc:list-auto-backups',
  readAutoBackup: 'cppcc:read-auto-backup',
  chooseAutoBackupFolder: 'cppcc:choose-auto-backup-folder',
  onBeforeClose: 'cppcc:before-close',
};
const closeReady: typeof ContractCloseReady = 'cppcc:close-ready';
const bridgeName: typeof ContractBridgeName = 'cppccLedger';

/** Main answers with an IpcResult; its Chinese message becomes the Error the screen shows. */
async function invoke<T>(channel: string, payload?: unknown): Promise<T> {
  let result: IpcResult<T>;
  try {
    result = (await ipcRenderer.invoke(channel, payload)) as IpcResult<T>;
  } catch {
    // Electron's own rejection ("Error invoking remote method …") is English; say it in Chinese.
    throw new Error('程序内部通信失败，请重新启动程序后再试。');
  }
  if (result.ok) return result.value;
  throw new Error(result.error);
}

// Main asks before the window closes; the page's listener writes the closing backup. A page that
// registered none (still on the first-run screen) answers at once, and whatever happens main is
// told to go on, so the window never waits for the full timeout without a reason.
let closeListener: (() => Promise<void>) | null = null;
ipcRenderer.on(channels.onBeforeClose, () => {
  void (closeListener ? closeListener() : Promise.resolve())
    .catch(() => undefined)
    .finally(() => void ipcRenderer.invoke(closeReady));
});

const bridge = {
  // Only the named fields cross: whatever else an object carries stays in the page.
  saveFile: ({ suggestedName, filters, data }) =>
    invoke<SaveFileResult>(channels.saveFile, { suggestedName, filters, data }),
  openFile: ({ filters }) => invoke<OpenedFile | null>(channels.openFile, { filters }),
  appInfo: () => invoke<AppInfo>(channels.appInfo),
  writeAutoBackup: (data) => invoke<AutoBackupEntry>(channels.writeAutoBackup, data),
  listAutoBackups: () => invoke<AutoBackupListing>(channels.listAutoBackups),
  readAutoBackup: (name) => invoke<Uint8Array>(channels.readAutoBackup, name),
  chooseAutoBackupFolder: () => invoke<string | null>(channels.chooseAutoBackupFolder),
  onBeforeClose: (listener) => {
    closeListener = listener;
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld(bridgeName, bridge);
