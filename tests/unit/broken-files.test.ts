// Every file of the broken-file corpus (broken-files.ts) through the three readers a person can
// give a file to: 恢复 (parse, then replace the ledger only if it parsed), 导入交换包 (parse,
// preview, write) and `ledger check`. Each must refuse it with a Chinese message that names
// fields in Chinese, and the database's stores must hash the same before and after.
import { describe, expect, it } from 'vitest';
import { openTestLedger, storesHash } from '../../renderer/src/db/test-support';
import type { LedgerRepositories } from '../../renderer/src/db/ledger-repositories';
import { parseBackupBytes } from '../../renderer/src/domain/backup/backup-parse';
import { parseExchangeBytes } from '../../renderer/src/domain/exchange/exchange-parse';
import { smallBackupText, smallLedgerWithAttachment } from '../../renderer/src/domain/backup/backup-fixtures';
import { smallPackageText } from '../../renderer/src/domain/exchange/exchange-fixtures';
import { checkCommand } from '../../scripts/ledger/check-command';
import { brokenFilesFrom, foreignFiles, type BrokenFile } from './broken-files';

/** What the 恢复 screen does: parse, and write only a ledger that came back ok. */
async function restore(repos: LedgerRepositories, bytes: Uint8Array): Promise<string | null> {
  const parsed = await parseBackupBytes(bytes);
  if (!parsed.ok) return parsed.message;
  await repos.backup.replaceWholeLedger(parsed.ledger);
  return null;
}

/** What the 数据交换 screen does: parse, preview, and write. */
async function importPackage(repos: LedgerRepositories, bytes: Uint8Array): Promise<string | null> {
  const parsed = await parseExchangeBytes(bytes);
  if (!parsed.ok) return parsed.message;
  const preview = await repos.exchange.previewExchangeImport(parsed.pkg, 'this-pc');
  if (!preview.ok) return preview.message;
  await repos.exchange.applyExchangeImport(parsed.pkg, preview.preview, new Map(), 'x.cppcc-exchange');
  return null;
}

async function check(bytes: Uint8Array): Promise<{ code: number; err: string }> {
  let err = '';
  const io = { readText: () => Promise.reject(new Error('read as bytes')), readBytes: () => Promise.resolve(bytes), writeBytes: () => Promise.resolve(), out: () => undefined, err: (t: string) => { err += t; } };
  return { code: await checkCommand.run(['file'], io), err };
}

function expectChineseRefusal(message: string | null, name: string): void {
  expect(message, `${name} was accepted`).not.toBeNull();
  expect(message, name).toMatch(/[\u4e00-\u9fff]/);
  expect(message, name).not.toMatch(/invalid|expected|received|undefined|NaN|\bError\b|Maximum call stack/i);
  // A field is named in the office's words, never by its key (“deeds”, “name”); what follows
  // 不正确 may quote the values the file may hold, which can be codes.
  expect(message!.split('不正确（')[0], name).not.toMatch(/“[A-Za-z_$][\w$]*”/);
}

async function corpus(): Promise<BrokenFile[]> {
  return [
    ...(await brokenFilesFrom('backup', await smallBackupText())),
    ...(await brokenFilesFrom('package', await smallPackageText())),
    ...foreignFiles(),
  ];
}

describe('the broken-file corpus', async () => {
  const files = await corpus();

  it('holds every kind of broken file it claims to', () => {
    for (const kind of ['cut to', 'bit', 'of the wrong type', 'written twice', 'nested', '2099', '+08:00', 'UTF-16', 'not UTF-8', 'pretty-printed', '\\u escapes', 'other program']) {
      expect(files.some((f) => f.name.includes(kind)), kind).toBe(true);
    }
    // A wrong type in every field of a member, an activity and its attendance row, at least.
    expect(files.filter((f) => f.name.startsWith('backup: members[0].')).length).toBeGreaterThanOrEqual(15);
    expect(files.some((f) => f.name.includes("attendance row's status"))).toBe(true);
  });

  it('is refused by 恢复, 导入交换包 and ledger check, in Chinese, with every store as it was', async () => {
    const repos = await openTestLedger({ setUp: false });
    await repos.backup.replaceWholeLedger(smallLedgerWithAttachment(7));
    const before = await storesHash(repos);
    for (const file of files) {
      expectChineseRefusal(await restore(repos, file.bytes), `恢复 ${file.name}`);
      expectChineseRefusal(await importPackage(repos, file.bytes), `导入 ${file.name}`);
      const checked = await check(file.bytes);
      expect(checked.code, `check ${file.name}`).toBe(1);
      expectChineseRefusal(checked.err, `check ${file.name}`);
    }
    expect(await storesHash(repos)).toBe(before);
  }, 120_000);

  it('refuses a wrong type by the field it is in, never turning it into text', async () => {
    const byName = new Map(files.map((f) => [f.name, f]));
    const said = async (name: string) => {
      const parsed = await parseBackupBytes(byName.get(name)!.bytes);
      return parsed.ok ? 'ACCEPTED' : parsed.message;
    };
    expect(await said('backup: members[0].name of the wrong type')).toBe('备份文件内容有误：第1条委员记录的“姓名”不正确（应为文字）');
    expect(await said('backup: members[0].note of the wrong type')).toBe('备份文件内容有误：第1条委员记录的“备注”不正确（应为文字）');
    expect(await said('backup: activities[0].summary of the wrong type')).toBe('备份文件内容有误：第1条活动记录的“内容摘要”不正确（应为文字）');
    expect(await said('backup: a member name written twice')).toBe('备份文件中第1条委员记录的“姓名”写了两次：本程序不会这样写，文件可能被改动过');
    expect(await said('backup: UTF-16LE with a BOM')).toContain('UTF-16');
    expect(await said('backup: pretty-printed')).toContain('校验值不符');
    expect(await said('backup: a note nested 100,000 deep')).toContain('层次超过本程序写出的格式');
    expect(await said('backup: a member edited in 2099')).toContain('第1条委员记录的“修改时间”（2099-01-01T00:00:00.000Z）晚于备份文件的生成时间');
  });
});
