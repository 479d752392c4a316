import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autoBackupFolderOf, DEFAULT_SHELL_SETTINGS, loadShellSettings, parseShellSettings, saveShellSettings } from './shell-settings.js';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'cppcc-shell-settings-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('shell settings', () => {
  it('round-trips the chosen backup folder', async () => {
    const chosen = path.join(folder, 'D盘', '台账备份');
    await saveShellSettings(folder, { autoBackupFolder: chosen });
    const loaded = await loadShellSettings(folder);
    expect(loaded).toEqual({ autoBackupFolder: chosen });
    expect(autoBackupFolderOf(loaded, folder)).toBe(chosen);
  });

  it('falls back to the default folder when the file is missing, damaged or holds a relative path', async () => {
    expect(await loadShellSettings(folder)).toEqual(DEFAULT_SHELL_SETTINGS);
    await writeFile(path.join(folder, 'shell-settings.json'), '{not json');
    expect(await loadShellSettings(folder)).toEqual(DEFAULT_SHELL_SETTINGS);
    expect(parseShellSettings('{"autoBackupFolder":"../x"}')).toEqual(DEFAULT_SHELL_SETTINGS);
    expect(autoBackupFolderOf(DEFAULT_SHELL_SETTINGS, folder)).toBe(path.join(folder, '自动备份'));
  });
});
