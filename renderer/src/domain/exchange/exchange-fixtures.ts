// For the exchange tests (domain, db and command line): a package of a small ledger, and the
// broken packages an import must refuse — each with the words its Chinese message must contain.
// Kept out of the test files so the parser's, the database's and the CLI's tests run the same cases.
import type { Ledger } from '../ledger/ledger';
import { sha256Hex } from '../common/base64';
import { smallLedgerWithAttachment, TEST_BACKUP_META } from '../backup/backup-fixtures';
import { serializeBackup } from '../backup/backup-format';
import { emptyRecords } from './exchange-tables';
import { changedSince, serializeExchangePackage, type ExchangeMeta } from './exchange-format';

export const TEST_EXCHANGE_META: ExchangeMeta = {
  schemaVersion: 2, appVersion: '0.1.0', installationId: 'pc-a', committee: '示例县政协（示例数据）', since: null, createdAt: '2025-03-05T06:05:00.000Z',
};

export async function packageText(records: Ledger, meta: Partial<ExchangeMeta> = {}): Promise<string> {
  const full = { ...TEST_EXCHANGE_META, ...meta };
  return serializeExchangePackage(changedSince(records, full.since), full);
}

export async function smallPackageText(seed = 11): Promise<string> {
  return packageText(smallLedgerWithAttachment(seed));
}

type PackageDocument = Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> };

/** Edits a package as a careful forger would, then writes a correct checksum, so the check under test is what refuses it. */
export async function editPackage(text: string, edit: (doc: PackageDocument) => void): Promise<string> {
  const doc = JSON.parse(text) as PackageDocument;
  edit(doc);
  doc.checksum = await sha256Hex(JSON.stringify(doc.tables));
  return JSON.stringify(doc);
}

export interface BadPackageCase {
  name: string;
  text: string;
  expected: string;
}

export async function badPackageCases(good: string): Promise<BadPackageCase[]> {
  const firstName = String((JSON.parse(good) as PackageDocument).tables.members![0]!.name);
  return [
    { name: 'truncated at half', text: good.slice(0, Math.floor(good.length / 2)), expected: '文件不完整' },
    { name: 'empty file', text: '', expected: '文件是空的' },
    { name: 'one character changed (wrong checksum)', text: good.replace(`"name":"${firstName}"`, `"name":"${firstName.slice(0, -1)}李"`), expected: '校验值不符' },
    { name: 'an unknown format version', text: await editPackage(good, (d) => { d.formatVersion = 7; }), expected: '交换包格式版本为 7，本程序只能读取 2 及以前的版本' },
    { name: 'a header without the source PC', text: await editPackage(good, (d) => { delete d.installationId; }), expected: '文件头不完整' },
    { name: 'a backup given as a package', text: await serializeBackup({ ...emptyRecords(), ...smallLedgerWithAttachment() }, TEST_BACKUP_META), expected: '这是履职台账的备份文件，不是交换包' },
    { name: 'JSON of another program', text: JSON.stringify({ format: 'wps-sync', version: 1, records: [] }), expected: '这不是“政协履职台账”的交换包' },
    { name: 'a seen package stamped with a number', text: await editPackage(good, (d) => { d.seenFrom = { 'pc-b': 20250101 }; }), expected: '交换包的文件头中“已收到的交换包”' },
    { name: 'a missing table', text: await editPackage(good, (d) => { delete d.tables.activities; }), expected: '交换包缺少“活动”数据' },
    { name: 'a year that is text', text: await editPackage(good, (d) => { d.tables.activities![1]!.year = '2024'; }), expected: '第2条活动记录的“年度”不正确（应为' },
    { name: 'a deletion time that is a number', text: await editPackage(good, (d) => { d.tables.members![2]!.deletedAt = 20250101; }), expected: '第3条委员记录的“删除时间”不正确' },
    { name: 'attendance status 迟到', text: await editPackage(good, (d) => { (d.tables.activities![1]!.participants as Record<string, unknown>[])[0]!.status = '迟到'; }), expected: '第2条活动记录第1位参加人员的“出勤情况”不正确' },
    { name: 'a proposal step stamped with a number', text: await editPackage(good, (d) => { (d.tables.proposals![0]!.history as Record<string, unknown>[])[0]!.updatedAt = 1; }), expected: '第1条提案记录的“办理记录”第1条的“修改时间”不正确' },
    { name: 'an activity on 2025-02-30', text: await editPackage(good, (d) => { d.tables.activities![0]!.startDate = '2025-02-30'; }), expected: '第1条活动记录的“开始日期”不正确' },
    { name: 'a record edited in 9999', text: await editPackage(good, (d) => { d.tables.members![1]!.updatedAt = '9999-12-31T00:00:00.000Z'; }), expected: '第2条委员记录的“修改时间”（9999-12-31T00:00:00.000Z）晚于交换包的生成时间' },
    { name: 'an arrival of a record not in the package', text: await editPackage(good, (d) => { d.arrivedAt = { 'members/no-such-member': '2025-01-01T00:00:00.000Z' }; }), expected: '“记录收到时间”提到了包里没有的记录' },
    { name: 'an arrival after the package was written', text: await editPackage(good, (d) => { d.arrivedAt = { [`members/${String(d.tables.members![0]!.id)}`]: '9999-01-01T00:00:00.000Z' }; }), expected: '“记录收到时间”（9999-01-01T00:00:00.000Z）晚于交换包的生成时间' },
    { name: 'an arrival given as a number', text: await editPackage(good, (d) => { d.arrivedAt = { 'members/x': 20250101 }; }), expected: '交换包的文件头中“记录收到时间”' },
    { name: 'a record older than the package says', text: await editPackage(good, (d) => { d.since = '2024-12-31T00:00:00.000Z'; }), expected: '早于交换包的起始时间' },
    {
      name: 'a "__proto__" key in a member',
      text: await editPackage(good, (d) => { Object.defineProperty(d.tables.members![0]!, '__proto__', { value: { polluted: true }, enumerable: true }); }),
      expected: '第1条委员记录含有本程序不会写出的键名“__proto__”',
    },
    { name: 'a "constructor" key in a participant', text: await editPackage(good, (d) => { Object.assign((d.tables.activities![0]!.participants as Record<string, unknown>[])[0]!, { constructor: { prototype: {} } }); }), expected: '第1条活动记录含有本程序不会写出的键名“constructor”' },
    {
      name: 'a "__proto__" table',
      text: await editPackage(good, (d) => { Object.defineProperty(d.tables, '__proto__', { value: { members: [] }, enumerable: true }); }),
      expected: '交换包中有本程序不会写出的键名“__proto__”',
    },
    { name: 'duplicate member ids', text: await editPackage(good, (d) => { d.tables.members![4]!.id = d.tables.members![0]!.id; }), expected: '第5条委员记录的编号' },
    { name: 'attachment bytes cut short', text: await editPackage(good, (d) => { d.tables.attachments![0]!.data = String(d.tables.attachments![0]!.data).slice(0, 40); }), expected: '交换包中第1条附件记录（视察现场照片.jpg）的大小与内容不符' },
  ];
}
