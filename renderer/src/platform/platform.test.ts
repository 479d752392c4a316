import { describe, expect, it, vi } from 'vitest';
import { choosePlatform, filtersToAccept, isDesktopBridge } from './index';
import { createElectronPlatform } from './electron-platform';
import type { DesktopBridge } from './ipc-contract';
import { requestPersistence } from './persistent-storage';

function fakeBridge(overrides: Partial<DesktopBridge> = {}): DesktopBridge {
  return {
    saveFile: vi.fn(() => Promise.resolve({ saved: true, fileName: '报告.docx' })),
    openFile: vi.fn(() => Promise.resolve(null)),
    appInfo: vi.fn(() => Promise.resolve({ version: '0.1.0', platform: 'linux' })),
    writeAutoBackup: vi.fn(() => Promise.resolve({ name: '台账自动备份-20261129-173000.cppcc-backup', stamp: '20261129-173000', size: 3, header: null })),
    listAutoBackups: vi.fn(() => Promise.resolve({ folder: '/备份', entries: [] })),
    readAutoBackup: vi.fn(() => Promise.resolve(new Uint8Array([1]))),
    chooseAutoBackupFolder: vi.fn(() => Promise.resolve(null)),
    onBeforeClose: vi.fn(),
    ...overrides,
  };
}

describe('choosePlatform', () => {
  it('uses the bridge when the preload defined it', () => {
    expect(choosePlatform({ cppccLedger: fakeBridge() }).kind).toBe('electron');
  });

  it('falls back to the browser without a bridge, or with something that is not one', () => {
    expect(choosePlatform({}).kind).toBe('browser');
    expect(choosePlatform({ cppccLedger: { saveFile: 'no' } }).kind).toBe('browser');
    // A preload from an older build, without the automatic-backup calls, is not taken for ours.
    const { writeAutoBackup: _dropped, ...older } = fakeBridge();
    expect(isDesktopBridge(older)).toBe(false);
    expect(isDesktopBridge(null)).toBe(false);
  });
});

describe('electron platform', () => {
  it('sends a safe name and reports only the base name back', async () => {
    const bridge = fakeBridge();
    const data = new Uint8Array([1, 2, 3]);
    const saved = await createElectronPlatform(bridge).saveFile('a/b.docx', data, [{ name: 'Word', extensions: ['docx'] }]);
    expect(bridge.saveFile).toHaveBeenCalledWith({ suggestedName: 'a_b.docx', data, filters: [{ name: 'Word', extensions: ['docx'] }] });
    expect(saved).toEqual({ fileName: '报告.docx' });
  });

  it('passes the automatic backup calls through to the bridge; a browser has none', async () => {
    const bridge = fakeBridge();
    const platform = createElectronPlatform(bridge);
    await platform.autoBackups!.write(new Uint8Array([9]));
    expect(bridge.writeAutoBackup).toHaveBeenCalledWith(new Uint8Array([9]));
    expect(await platform.autoBackups!.list()).toEqual({ folder: '/备份', entries: [] });
    expect(choosePlatform({}).autoBackups).toBeNull();
  });

  it('turns a cancelled dialog into null', async () => {
    const platform = createElectronPlatform(fakeBridge({ saveFile: () => Promise.resolve({ saved: false }) }));
    expect(await platform.saveFile('x.docx', new Uint8Array())).toBeNull();
    expect(await platform.openFile()).toBeNull();
  });

  it('passes an opened file through', async () => {
    const file = { name: '名册.xlsx', data: new Uint8Array([9]) };
    const platform = createElectronPlatform(fakeBridge({ openFile: () => Promise.resolve(file) }));
    expect(await platform.openFile([{ name: 'Excel', extensions: ['xlsx'] }])).toEqual(file);
  });
});

describe('filtersToAccept', () => {
  it('lists the extensions with dots, once each', () => {
    expect(filtersToAccept([{ name: 'Excel', extensions: ['xlsx', 'XLS'] }, { name: '旧版', extensions: ['xls'] }])).toBe('.xlsx,.xls');
  });

  it('accepts anything when no filter is given or one allows every file', () => {
    expect(filtersToAccept([])).toBe('');
    expect(filtersToAccept([{ name: 'Word', extensions: ['docx'] }, { name: '所有文件', extensions: ['*'] }])).toBe('');
  });
});

describe('requestPersistence', () => {
  it('reports an already persistent store without asking again', async () => {
    const persist = vi.fn(() => Promise.resolve(false));
    expect(await requestPersistence({ persisted: () => Promise.resolve(true), persist })).toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });

  it('asks, and treats a missing API or a rejection as not granted', async () => {
    expect(await requestPersistence({ persisted: () => Promise.resolve(false), persist: () => Promise.resolve(true) })).toBe(true);
    expect(await requestPersistence(undefined)).toBe(false);
    expect(await requestPersistence({ persist: () => Promise.reject(new Error('private window')) })).toBe(false);
  });
});
