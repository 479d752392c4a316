import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autoBackupName, createAutoBackupStore, readHeaderText } from './auto-backup-store.js';
import { writeFileAtomically } from './file-io.js';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'cppcc-auto-backup-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A file shaped like a real backup: header first, then the tables. */
const backupBytes = (committee: string, members: number) =>
  new TextEncoder().encode(`{"format":"cppcc-ledger-backup","formatVersion":1,"schemaVersion":1,"createdAt":"2026-11-29T09:30:00.000Z","appVersion":"0.1.0","committee":"${committee}","counts":{"members":${members}},"checksum":"x","tables":{"members":[]}}`);

const store = () => createAutoBackupStore(() => Promise.resolve(path.join(folder, '自动备份')));

describe('the automatic backups folder', () => {
  it('writes a backup with its checksum beside it, lists it with its header and reads it back', async () => {
    const written = await store().write(backupBytes('某县政协', 12), new Date(2026, 10, 29, 17, 30, 5));
    expect(written.name).toBe('台账自动备份-20261129-173005.cppcc-backup');
    expect((await readdir(path.join(folder, '自动备份'))).sort()).toEqual([written.name, `${written.name}.sha256`]);
    const listing = await store().list();
    expect(listing).toEqual([{ name: written.name, stamp: '20261129-173005', size: backupBytes('某县政协', 12).length, header: { createdAt: '2026-11-29T09:30:00.000Z', committee: '某县政协', counts: { members: 12 } } }]);
    expect(await store().read(written.name)).toEqual({ ok: true, data: backupBytes('某县政协', 12) });
  });

  it('gives a second backup in the same second its own name, and keeps one a day, the newest', async () => {
    const at = new Date(2026, 10, 29, 17, 30, 5);
    await store().write(backupBytes('甲', 1), new Date(2026, 10, 28, 9, 0, 0));
    await store().write(backupBytes('乙', 2), at);
    const second = await store().write(backupBytes('丙', 3), at);
    expect(second.name).toBe('台账自动备份-20261129-173005-1.cppcc-backup');
    expect((await store().list()).map((e) => [e.name, e.header?.committee])).toEqual([
      ['台账自动备份-20261129-173005-1.cppcc-backup', '丙'],
      ['台账自动备份-20261128-090000.cppcc-backup', '甲'],
    ]);
  });

  it('gives a third and fourth backup in the same second names after the newest, so none is pruned as older', async () => {
    const at = new Date(2026, 10, 29, 17, 30, 5);
    const names = [];
    for (let n = 1; n <= 4; n++) names.push((await store().write(backupBytes('某县政协', n), at)).name);
    expect(names).toEqual(['', '-1', '-2', '-3'].map((s) => `台账自动备份-20261129-173005${s}.cppcc-backup`));
    expect((await store().list()).map((e) => [e.name, e.header?.counts.members])).toEqual([[names[3], 4]]);
  });

  it('never writes an automatic backup of an empty or wiped ledger', async () => {
    await store().write(backupBytes('某县政协', 5), new Date(2026, 10, 29, 9, 0, 0));
    await expect(store().write(backupBytes('', 0), new Date(2026, 10, 29, 18, 0, 0))).rejects.toThrow('台账是空的');
    await expect(store().write(backupBytes('某县政协', 0), new Date(2026, 10, 29, 18, 0, 0))).rejects.toThrow('台账是空的');
    await expect(store().write(new TextEncoder().encode('not a backup'), new Date(2026, 10, 29, 18, 0, 0))).rejects.toThrow('台账是空的');
    expect((await store().list()).map((e) => e.header?.counts.members)).toEqual([5]);
  });

  it('keeps the backup just written and the newest whole one, whatever the clock did', async () => {
    // Once, the clock ran a year ahead; the day's good backup and a later one are on disk.
    await store().write(backupBytes('某县政协', 7), new Date(2027, 10, 29, 18, 0, 0));
    const now = await store().write(backupBytes('某县政协', 8), new Date(2026, 10, 29, 18, 0, 0));
    const later = await store().write(backupBytes('某县政协', 9), new Date(2026, 10, 29, 17, 0, 0));
    const names = (await store().list()).map((e) => e.name);
    expect(names).toContain(later.name);
    expect(names).toContain(now.name);
  });

  it('refuses a backup whose bytes no longer match their checksum, or that lost its checksum', async () => {
    const { name } = await store().write(backupBytes('某县政协', 3), new Date(2026, 10, 29, 8, 0, 0));
    await writeFile(path.join(folder, '自动备份', name), backupBytes('某县政协', 4));
    expect(await store().read(name)).toEqual({ ok: false, error: expect.stringContaining('校验和不符') as string });
    await rm(path.join(folder, '自动备份', `${name}.sha256`));
    expect(await store().read(name)).toEqual({ ok: false, error: expect.stringContaining('缺少校验文件') as string });
  });

  it('reads only names it wrote, never a path elsewhere', async () => {
    expect(await store().read('../../etc/passwd')).toEqual({ ok: false, error: '不是自动备份的文件名。' });
    expect(await store().read('台账自动备份-20261129-173005.cppcc-backup/../x')).toEqual({ ok: false, error: '不是自动备份的文件名。' });
  });

  it('prunes to 30 daily and 12 monthly copies after each write, leaving other files alone', async () => {
    const s = store();
    for (let day = 0; day < 45; day++) await s.write(backupBytes('某县政协', day + 1), new Date(2026, 9, 1 + day, 18, 0, 0));
    await writeFile(path.join(folder, '自动备份', '说明.txt'), '用户自己放的文件');
    await s.write(backupBytes('某县政协', 99), new Date(2026, 10, 15, 18, 0, 0));
    const names = await readdir(path.join(folder, '自动备份'));
    const backups = names.filter((n) => n.endsWith('.cppcc-backup'));
    // Oct 1 … Nov 14 plus the second Nov 15 write: the 30 newest days (Oct 16 … Nov 14, Nov 15
    // keeps only its newest), plus October's newest (Oct 31, already daily): 30 files.
    expect(backups).toHaveLength(30);
    expect(names.filter((n) => n.endsWith('.sha256'))).toHaveLength(30);
    expect(names).toContain('说明.txt');
  });

  it('lists a backup written while the clock ran ahead after the others, and prunes it once 30 sane days have backups', async () => {
    const s = store();
    const ahead = await s.write(backupBytes('某县政协', 7), new Date(2099, 11, 31, 9, 0, 0));
    for (let day = 0; day < 3; day++) await s.write(backupBytes('某县政协', day + 1), new Date(2026, 10, 1 + day, 18, 0, 0));
    const now = new Date(2026, 10, 3, 19, 0, 0);
    expect((await s.list(now)).map((b) => b.name).at(-1)).toBe(ahead.name);
    for (let day = 3; day < 31; day++) await s.write(backupBytes('某县政协', day + 1), new Date(2026, 10, 1 + day, 18, 0, 0));
    const left = (await s.list(new Date(2026, 11, 1, 19, 0, 0))).map((b) => b.name);
    expect(left).toHaveLength(30);
    expect(left).not.toContain(ahead.name);
  });

  it('leaves every earlier backup intact when the disk is full', async () => {
    const before = await store().write(backupBytes('某县政协', 1), new Date(2026, 10, 28, 18, 0, 0));
    const snapshot = await readFile(path.join(folder, '自动备份', before.name));
    let writes = 0;
    const full = createAutoBackupStore(() => Promise.resolve(path.join(folder, '自动备份')), async (target, data) => {
      // The checksum fits; the backup itself hits a full disk part-way.
      if (writes++ === 0) return writeFileAtomically(target, data);
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    });
    await expect(full.write(backupBytes('某县政协', 2), new Date(2026, 10, 29, 18, 0, 0))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect((await readdir(path.join(folder, '自动备份'))).sort()).toEqual([before.name, `${before.name}.sha256`]);
    expect(await readFile(path.join(folder, '自动备份', before.name))).toEqual(snapshot);
    expect(await store().read(before.name)).toMatchObject({ ok: true });
  });

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await store().list()).toEqual([]);
  });
});

describe('reading a backup header from the start of a file', () => {
  it('takes committee, time and counts, and gives null for anything else', () => {
    expect(readHeaderText(new TextDecoder().decode(backupBytes('某县政协', 5)))?.counts).toEqual({ members: 5 });
    expect(readHeaderText('{"format":"x"')).toBeNull();
    expect(readHeaderText('not json,"tables":')).toBeNull();
  });
  it('names files after local time', () => {
    expect(autoBackupName('20261129-080000', 2)).toBe('台账自动备份-20261129-080000-2.cppcc-backup');
  });
});
