// The shell's own settings, kept in a small JSON file in the program's data folder because main
// needs them before any page exists: for now, where automatic backups go. Anything unreadable
// falls back to the defaults — a damaged settings file must never stop the program starting.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from './file-io.js';

export interface ShellSettings {
  /** Absolute path; null means the default folder inside the program's data folder. */
  readonly autoBackupFolder: string | null;
}

export const DEFAULT_SHELL_SETTINGS: ShellSettings = { autoBackupFolder: null };
const FILE_NAME = 'shell-settings.json';

export function parseShellSettings(text: string): ShellSettings {
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null) return DEFAULT_SHELL_SETTINGS;
    const folder = (value as Record<string, unknown>).autoBackupFolder;
    return { autoBackupFolder: typeof folder === 'string' && path.isAbsolute(folder) ? folder : null };
  } catch {
    return DEFAULT_SHELL_SETTINGS;
  }
}

export async function loadShellSettings(dataFolder: string): Promise<ShellSettings> {
  try {
    return parseShellSettings(await readFile(path.join(dataFolder, FILE_NAME), 'utf8'));
  } catch {
    return DEFAULT_SHELL_SETTINGS;
  }
}

export async function saveShellSettings(dataFolder: string, settings: ShellSettings): Promise<void> {
  await writeFileAtomically(path.join(dataFolder, FILE_NAME), new TextEncoder().encode(JSON.stringify(settings, null, 2)));
}

export function autoBackupFolderOf(settings: ShellSettings, dataFolder: string): string {
  return settings.autoBackupFolder ?? path.join(dataFolder, '自动备份');
}
