// For the backup tests (domain and db): a small ledger with an attachment, and the bad files a
// restore must refuse — each with the words its Chinese message must contain. Kept out of the
// test files so the parser's test and the database's test run the very same cases.
import type { Ledger } from '../ledger/ledger';
import { generateLedger } from '../sample/generate-ledger';
import { sha256Hex } from '../common/base64';
import { serializeBackup } from './backup-format';

export const TEST_BACKUP_META = { createdAt: '2025-03-05T06:05:00.000Z', appVersion: '0.1.0', schemaVersion: 1 };

/** Every byte value once, then some, so base64 padding and high bytes are both exercised. */
export function sampleBytes(length = 300): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 7) % 256);
}

export function smallLedgerWithAttachment(seed = 11): Ledger {
  let n = 0;
  const ledger = generateLedger(
    { firstYear: 2024, years: 1, members: 20, activitiesPerYear: 5, participantsPerActivity: 4, proposalsPerYear: 8, opinionsPerYear: 6, seed },
    () => `fx-${seed}-${++n}`,
  );
  const data = sampleBytes();
  ledger.attachments.push({
    id: `fx-${seed}-attachment`, createdAt: '2024-03-01T09:00:00.000Z', updatedAt: '2024-03-01T09:00:00.000Z', deletedAt: null,
    ownerKind: 'activity', ownerId: ledger.activities[0]!.id, name: '视察现场照片.jpg', mime: 'image/jpeg', size: data.byteLength, data,
  });
  // One history entry, so a backup's round trip shows the history travels with the records.
  const first = ledger.members[0]!;
  ledger.history.push({
    id: `fx-${seed}-history`, table: 'members', recordId: first.id, at: '2024-03-01T09:00:00.000Z', operator: '韦小宝', action: '修改', label: first.name,
    changes: [{ field: 'sector', label: '界别', before: '教育', after: first.sector }],
  });
  return ledger;
}

export async function smallBackupText(seed = 11): Promise<string> {
  return serializeBackup(smallLedgerWithAttachment(seed), TEST_BACKUP_META);
}

type BackupDocument = Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> };

/**
 * Edits a backup as a careful forger would — and then writes a correct checksum, so that what
 * refuses the file is the check under test, not the checksum.
 */
export async function editBackup(text: string, edit: (doc: BackupDocument) => void): Promise<string> {
  const doc = JSON.parse(text) as BackupDocument;
  edit(doc);
  doc.checksum = await sha256Hex(JSON.stringify(doc.tables));
  return JSON.stringify(doc);
}

export interface BadBackupCase {
  name: string;
  text: string;
  /** Words the refusal must contain. */
  expected: string;
}

export async function badBackupCases(good: string): Promise<BadBackupCase[]> {
  const doc = JSON.parse(good) as BackupDocument;
  const firstName = String(doc.tables.members![0]!.name);
  type Rows = Record<string, unknown>[];
  const participantsOf = (d: BackupDocument, activity: number) => d.tables.activities![activity]!.participants as Rows;
  const proposalAt = (d: BackupDocument, i: number) => d.tables.proposals![i]!;
  const opinionWithMember = (d: BackupDocument) => d.tables.opinions!.find((o) => (o.memberIds as string[]).length > 0)!;
  return [
    { name: 'truncated at half', text: good.slice(0, Math.floor(good.length / 2)), expected: '文件不完整' },
    { name: 'not JSON', text: 'PK\u0003\u0004 这是一个压缩包', expected: '这不是“政协履职台账”的备份文件' },
    { name: 'empty file', text: '', expected: '文件是空的' },
    { name: 'JSON of another program', text: JSON.stringify({ name: 'other-app', version: '1.0.0', items: [] }), expected: '这不是“政协履职台账”的备份文件' },
    { name: 'a JSON array', text: '[1,2,3]', expected: '这不是“政协履职台账”的备份文件' },
    { name: 'header without checksum', text: JSON.stringify({ ...doc, checksum: undefined }), expected: '文件头不完整' },
    {
      name: 'a future formatVersion',
      text: await editBackup(good, (d) => { d.formatVersion = 99; }),
      expected: '备份文件格式版本为 99，本程序只能读取 3 及以前的版本',
    },
    {
      name: 'one character changed in a member name',
      text: good.replace(`"name":"${firstName}"`, `"name":"${firstName.slice(0, -1)}李"`),
      expected: '校验值不符',
    },
    {
      name: 'a missing table',
      text: await editBackup(good, (d) => { delete d.tables.members; }),
      expected: '备份文件缺少“委员”数据',
    },
    {
      name: 'member birthMonth 1975-13',
      text: await editBackup(good, (d) => { d.tables.members![3]!.birthMonth = '1975-13'; }),
      expected: '第4条委员记录的“出生年月”不正确',
    },
    {
      name: 'activity year as a string',
      text: await editBackup(good, (d) => { d.tables.activities![1]!.year = '2024'; }),
      expected: '第2条活动记录的“年度”不正确（应为',
    },
    {
      name: 'attendance status 迟到',
      text: await editBackup(good, (d) => { participantsOf(d, 2)[1]!.status = '迟到'; }),
      expected: '第3条活动记录第2位参加人员的“出勤情况”不正确（只能是“出席”、“请假”、“缺席”之一）',
    },
    {
      name: 'a proposal step stamped with a number',
      text: await editBackup(good, (d) => { (proposalAt(d, 0).history as Rows)[0]!.createdAt = 20250101; }),
      expected: '第1条提案记录的“办理记录”第1条的“创建时间”不正确',
    },
    {
      name: 'a proposal step without its stamps (format 3 needs them)',
      text: await editBackup(good, (d) => { delete (proposalAt(d, 0).history as Rows)[0]!.updatedAt; }),
      expected: '第1条提案记录的“办理记录”第1条的“修改时间”',
    },
    {
      name: 'one step row id twice in a proposal',
      text: await editBackup(good, (d) => { (proposalAt(d, 0).history as Rows).splice(1, 0, { ...(proposalAt(d, 0).history as Rows)[0]! }); }),
      expected: '第1条提案记录的第2条办理记录的编号与前面的重复',
    },
    {
      name: 'the same participant twice in one activity',
      text: await editBackup(good, (d) => { participantsOf(d, 2).push({ ...participantsOf(d, 2)[0]!, id: 'another-row' }); }),
      expected: '第3条活动记录的第6位参加人员与第1位重复',
    },
    {
      name: 'a participant who is not a member',
      text: await editBackup(good, (d) => { participantsOf(d, 2)[1]!.memberId = 'no-such-member'; }),
      expected: '第3条活动记录的第2位参加人员（no-such-member）不在委员记录中',
    },
    {
      name: 'duplicate member ids',
      text: await editBackup(good, (d) => { d.tables.members![5]!.id = d.tables.members![0]!.id; }),
      expected: '第6条委员记录的编号',
    },
    {
      name: 'duplicate dictionary ids',
      text: await editBackup(good, (d) => { d.tables.dictionary![1]!.id = d.tables.dictionary![0]!.id; }),
      expected: '第2条字典记录的编号',
    },
    {
      // The history is keyed by id like every table: before the check covered it, this file was
      // read and the restore then failed inside its transaction with a message naming no row.
      name: 'a history entry twice',
      text: await editBackup(good, (d) => { d.tables.history!.push({ ...d.tables.history![0]! }); }),
      expected: `第2条修改记录的编号（${String(doc.tables.history![0]!.id)}）与前面的记录重复`,
    },
    {
      name: 'a proposer who is not a member',
      text: await editBackup(good, (d) => { proposalAt(d, 1).leadMemberId = 'no-such-member'; proposalAt(d, 1).proposerKind = '个人'; }),
      expected: '第2条提案记录的提案人（no-such-member）不在委员记录中',
    },
    {
      name: 'a proposal merged into one not in the file',
      text: await editBackup(good, (d) => { proposalAt(d, 0).mergedIntoId = 'no-such-proposal'; }),
      expected: '第1条提案记录所并入的提案（no-such-proposal）不在提案记录中',
    },
    {
      name: 'a proposal merged into itself',
      text: await editBackup(good, (d) => { proposalAt(d, 0).mergedIntoId = proposalAt(d, 0).id; }),
      expected: '第1条提案记录所并入的提案',
    },
    {
      name: 'proposal stage 已阅',
      text: await editBackup(good, (d) => { proposalAt(d, 2).stage = '已阅'; }),
      expected: '第3条提案记录的“办理状态”不正确',
    },
    {
      name: 'duplicate proposal ids',
      text: await editBackup(good, (d) => { proposalAt(d, 3).id = proposalAt(d, 0).id; }),
      expected: '第4条提案记录的编号',
    },
    {
      name: 'a format-2 file without the 社情民意 table',
      text: await editBackup(good, (d) => { delete d.tables.opinions; }),
      expected: '备份文件缺少“社情民意”数据',
    },
    {
      name: 'a 社情民意 submitter who is not a member',
      text: await editBackup(good, (d) => { opinionWithMember(d).memberIds = ['no-such-member']; }),
      expected: '社情民意记录的报送委员（no-such-member）不在委员记录中',
    },
    {
      name: 'a 社情民意 adopted at 乡 level',
      text: await editBackup(good, (d) => { d.tables.opinions![0]!.adoptions = [{ level: '乡', nationalMode: null, date: '2024-05-01', note: '' }]; }),
      expected: '第1条社情民意记录的“采用情况”第1条的“级别”不正确',
    },
    {
      name: 'a 批示 of level 村',
      text: await editBackup(good, (d) => { d.tables.activities![0]!.instructions = [{ id: 'i1', createdAt: '2024-05-01T08:00:00.000Z', updatedAt: '2024-05-01T08:00:00.000Z', deletedAt: null, level: '村', leader: '村支书', date: '2024-05-01', text: '' }]; }),
      expected: '第1条活动记录的“批示”第1条的“级别”不正确（批示级别只能是县、市、省或全国）',
    },
    {
      name: 'attachment base64 broken',
      text: await editBackup(good, (d) => { d.tables.attachments![0]!.data = '这不是base64!!'; }),
      expected: '第1条附件记录（视察现场照片.jpg）的文件内容已损坏',
    },
    {
      name: 'attachment base64 cut short',
      text: await editBackup(good, (d) => { d.tables.attachments![0]!.data = String(d.tables.attachments![0]!.data).slice(0, 40); }),
      expected: '大小与内容不符',
    },
  ];
}

/**
 * A ledger as text, attachment bytes included and keys sorted (a restored record's keys come in
 * schema order), to prove that a database did not change or that two hold the same.
 */
export function ledgerSnapshot(ledger: Ledger): string {
  return JSON.stringify(ledger, (_key, value: unknown) => {
    if (value instanceof Uint8Array) return Array.from(value);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}
