import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileService } from './file-service.js';
import type { Dialogs } from './file-service.js';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'cppcc-file-service-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function dialogsChoosing(savePath: string | null, openPath: string | null = null) {
  return {
    chooseSavePath: vi.fn<Dialogs['chooseSavePath']>(() => Promise.resolve(savePath)),
    chooseOpenPath: vi.fn<Dialogs['chooseOpenPath']>(() => Promise.resolve(openPath)),
  };
}

const word = [{ name: 'Word 文档', extensions: ['docx'] }];

describe('saveFile', () => {
  it('writes where the user chose and tells the renderer only the base name', async () => {
    const target = path.join(folder, '定稿.docx');
    const dialogs = dialogsChoosing(target);
    const service = createFileService(dialogs, folder);
    const result = await service.saveFile({ suggestedName: '报告.docx', filters: word, data: new Uint8Array([80, 75]) });
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: '定稿.docx' } });
    expect(await readFile(target)).toEqual(Buffer.from([80, 75]));
    expect(dialogs.chooseSavePath).toHaveBeenCalledWith(
      expect.objectContaining({ title: '保存文件', defaultPath: path.join(folder, '报告.docx'), filters: word }),
    );
    // No temporary file is left beside it.
    expect(await readdir(folder)).toEqual(['定稿.docx']);
  });

  it('replaces an existing file whole', async () => {
    const target = path.join(folder, 'backup.json');
    await writeFile(target, 'old content that is longer');
    await createFileService(dialogsChoosing(target), folder).saveFile({ suggestedName: 'backup.json', filters: [], data: new TextEncoder().encode('new') });
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('reports a cancelled dialog as not saved', async () => {
    const result = await createFileService(dialogsChoosing(null), folder).saveFile({ suggestedName: 'a.docx', filters: word, data: new Uint8Array() });
    expect(result).toEqual({ ok: true, value: { saved: false } });
  });

  it('refuses a bad payload before showing any dialog', async () => {
    const dialogs = dialogsChoosing(path.join(folder, 'x'));
    const result = await createFileService(dialogs, folder).saveFile({ suggestedName: '../x', filters: word, data: new Uint8Array() });
    expect(result.ok).toBe(false);
    expect(dialogs.chooseSavePath).not.toHaveBeenCalled();
  });

  it('turns a failed write into a Chinese message and leaves nothing behind', async () => {
    const target = path.join(folder, 'missing-folder', 'a.docx');
    const result = await createFileService(dialogsChoosing(target), folder).saveFile({ suggestedName: 'a.docx', filters: word, data: new Uint8Array([1]) });
    expect(result).toEqual({ ok: false, error: '保存失败：文件夹不存在，可能 U 盘已被拔出。' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('opens the next dialog in the folder last saved to', async () => {
    const sub = path.join(folder, 'sub');
    await mkdir(sub);
    const dialogs = dialogsChoosing(path.join(sub, 'first.docx'));
    const service = createFileService(dialogs, folder);
    await service.saveFile({ suggestedName: 'first.docx', filters: [], data: new Uint8Array() });
    await service.saveFile({ suggestedName: 'second.docx', filters: [], data: new Uint8Array() });
    expect(dialogs.chooseSavePath.mock.calls[1]?.[0].defaultPath).toBe(path.join(sub, 'second.docx'));
  });
});

describe('openFile', () => {
  it('reads the chosen file and returns its base name', async () => {
    const source = path.join(folder, '委员名册.xlsx');
    await writeFile(source, Buffer.from([1, 2, 3]));
    const result = await createFileService(dialogsChoosing(null, source), folder).openFile({ filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
    expect(result).toEqual({ ok: true, value: { name: '委员名册.xlsx', data: new Uint8Array([1, 2, 3]) } });
  });

  it('returns null when the user cancels', async () => {
    expect(await createFileService(dialogsChoosing(null, null), folder).openFile({ filters: [] })).toEqual({ ok: true, value: null });
  });

  it('refuses a folder and a vanished file in Chinese', async () => {
    expect(await createFileService(dialogsChoosing(null, folder), folder).openFile({ filters: [] })).toEqual({ ok: false, error: '选择的不是一个文件。' });
    const gone = await createFileService(dialogsChoosing(null, path.join(folder, 'gone.xlsx')), folder).openFile({ filters: [] });
    expect(gone).toEqual({ ok: false, error: '打开失败：文件不存在，可能已被移动或删除。' });
  });

  it('refuses a bad payload', async () => {
    expect((await createFileService(dialogsChoosing(null), folder).openFile({ filters: [{ name: 'x' }] })).ok).toBe(false);
  });
});
