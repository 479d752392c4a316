// The entry the screens import: getPlatform() gives the desktop implementation when the preload
// bridge is present, the browser one otherwise, decided once per page.
import { BRIDGE_GLOBAL_NAME, IPC_CHANNELS } from './ipc-contract';
import type { DesktopBridge } from './ipc-contract';
import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform } from './electron-platform';
import type { Platform } from './platform';

export type { Platform, PickedFile, SavedFile, FileFilter, AutoBackups } from './platform';
export type { AutoBackupEntry, AutoBackupListing } from './ipc-contract';
export { filtersToAccept, WORD_FILTERS, XLSX_FILTERS } from './file-filters';
export { backupHoldsRecords } from './ipc-contract';

/** True when `value` has the bridge's calls — it comes from a global, so it is checked, not assumed. */
export function isDesktopBridge(value: unknown): value is DesktopBridge {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof DesktopBridge, unknown>>;
  return (Object.keys(IPC_CHANNELS) as (keyof DesktopBridge)[]).every((call) => typeof candidate[call] === 'function');
}

/** Chooses the implementation for a global object (the page's `window`, or a fake in tests). */
export function choosePlatform(globalObject: object): Platform {
  const bridge: unknown = Reflect.get(globalObject, BRIDGE_GLOBAL_NAME);
  return isDesktopBridge(bridge) ? createElectronPlatform(bridge) : createBrowserPlatform();
}

let current: Platform | undefined;

export function getPlatform(): Platform {
  current ??= choosePlatform(globalThis);
  return current;
}
