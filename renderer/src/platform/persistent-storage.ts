// Asking the engine to keep the ledger's IndexedDB when the disk runs low. Both implementations
// use it: Electron's profile is a Chromium profile and is subject to the same eviction rules.

/** The part of `navigator.storage` used here, so a test can pass a fake. */
export interface StorageLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

export async function requestPersistence(storage: StorageLike | undefined): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    if (storage.persisted && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    // Some engines reject instead of answering false (e.g. in private windows); either way the
    // data is not protected, and there is nothing more to do than report it.
    return false;
  }
}

export function currentStorage(): StorageLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}
