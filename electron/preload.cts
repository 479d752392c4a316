// The preload: the only code that sees both the page and Electron. It exposes one object,
// window.cppccLedger, with exactly the calls of the IPC contract — never ipcRenderer itself.
// CommonJS because a sandboxed preload cannot be an ES module, and it may require nothing but
// 'electron': the contract is imported for types only, and the two constants are repeated below
// with types that make the compiler check they still equal the contract's.
import { contextBridge, ipcRenderer } from 'electron';
import type {
  AppInfo,
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
};
const bridgeName: typeof ContractBridgeName = 'cppccLedger';

/** Main answers with an IpcResult; its Chinese message becomes the Error the screen shows. */
async function invoke<T>(channel: string, payload?: unknown): Promise<T> {
  const result = (await ipcRenderer.invoke(channel, payload)) as IpcResult<T>;
  if (result.ok) return result.value;
  throw new Error(result.error);
}

const bridge = {
  // Only the named fields cross: whatever else an object carries stays in the page.
  saveFile: ({ suggestedName, filters, data }) =>
    invoke<SaveFileResult>(channels.saveFile, { suggestedName, filters, data }),
  openFile: ({ filters }) => invoke<OpenedFile | null>(channels.openFile, { filters }),
  appInfo: () => invoke<AppInfo>(channels.appInfo),
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld(bridgeName, bridge);
