// What the screens may ask of the machine they run on — save a file where the user chooses, open
// one, keep the database from being evicted — with one implementation per environment
// (electron-platform.ts, browser-platform.ts). Screens get one through getPlatform() in index.ts.
import type { AutoBackupEntry, AutoBackupListing, FileFilter } from './ipc-contract';

export type { FileFilter } from './ipc-contract';

export interface SavedFile {
  /** Base name only: the desktop shell never tells the renderer the folder. */
  readonly fileName: string;
}

export interface PickedFile {
  readonly name: string;
  readonly data: Uint8Array;
}

export interface Platform {
  readonly kind: 'electron' | 'browser';
  /**
   * Saves `data`, letting the user choose where (a save dialog; in a browser, a download).
   * Resolves to null when the user cancels; rejects with a Chinese message when writing fails.
   */
  saveFile(suggestedName: string, data: Uint8Array, filters?: readonly FileFilter[]): Promise<SavedFile | null>;
  /** Lets the user pick one file and reads it; null when the user cancels. */
  openFile(filters?: readonly FileFilter[]): Promise<PickedFile | null>;
  /** Asks that the ledger's IndexedDB never be evicted under disk pressure; true if granted. */
  requestPersistentStorage(): Promise<boolean>;
  /**
   * The automatic backups folder — only the desktop program has one. A browser cannot write
   * files on its own, so there this is null and the screens remind the user to download one.
   */
  readonly autoBackups: AutoBackups | null;
}

export interface AutoBackups {
  write(data: Uint8Array): Promise<AutoBackupEntry>;
  list(): Promise<AutoBackupListing>;
  /** Rejects with a Chinese message when the file is damaged (checksum) or gone. */
  read(name: string): Promise<Uint8Array>;
  chooseFolder(): Promise<string | null>;
  /** The window is closing: `listener` writes the closing backup; the window closes when it settles. */
  onBeforeClose(listener: () => Promise<void>): void;
}
