// Reading a backup file: every step that can fail says, in Chinese, what is wrong and where,
// and nothing here touches the database — the caller writes only a ledger that came back ok.
// Steps: encoding, first bytes, keys and nesting (ledger-file.ts) → JSON → header (format, version) → checksum → each table row (zod) → unique ids and
// references between tables (a participant or proposer must be a member in the file, a merged
// proposal's target a proposal in it) → attachment bytes. docs/backup-format.md lists every message.
import { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './backup-format';
import { TABLE_LABELS } from './field-labels';
import { backupErrorMap, describeHeaderIssue, describeIssue } from './backup-issues';
import { decodeLedgerFile, readLedgerJson } from './ledger-file';
import { stampAfterFile } from './record-stamps';
import { base64ToBytes, sha256HexOfBytes } from '../common/base64';
import { countLedger, type Ledger, type LedgerCounts } from '../ledger/ledger';
import { LEDGER_TABLE_NAMES, type LedgerTableName } from '../ledger/ledger-tables';
import { settingsRecordSchema } from '../settings/committee-settings';
import { dictionaryEntrySchema } from '../dictionaries/dictionary-kinds';
import { codeByName, withDictionaryCodes } from '../dictionaries/dictionary-codes';
import { memberSchema } from '../members/member';
import { activitySchema, withDerivedFields } from '../activities/activity';
import { attachmentMetaSchema, type Attachment } from '../attachments/attachment';
import { proposalSchema, withDerivedProposalFields } from '../proposals/proposal';
import { scoreRulesRecordSchema, scoreRulesWithCodes, SCORE_RULES_ID } from '../scores/score-rules';
import { opinionSchema, withDerivedOpinionFields } from '../opinions/opinion';
import { historyEntrySchema } from '../history/history-entry';
import { planItemSchema } from '../plans/plan';
import { yearNotesSchema } from '../plans/year-notes';
import { stationSchema } from '../stations/station';
import { campaignSchema } from '../campaigns/campaign';
import { pairingSchema } from '../pairings/pairing';
import { cultureRecordSchema, withCultureYear } from '../culture/culture';
import { checkGrassRootsReferences, type GrassRootsTables } from './grassroots-references';
import { checkSupervisionReferences, type SupervisionTables } from './supervision-references';
import { evaluationRoundSchema, withDerivedEvaluationFields } from '../evaluations/evaluation';
import { supervisionLetterSchema, supervisorSchema, withDerivedLetterFields } from '../supervisors/supervisor';
import { recordSourceSchema } from '../ledger/record-source';
import { checkUniqueKeys } from './unique-keys';
import { checkEmbeddedRowIds, withRowStampsIn } from './embedded-row-checks';

export interface BackupSummary {
  createdAt: string;
  appVersion: string;
  committee: string;
  formatVersion: number;
  counts: LedgerCounts;
  years: number[];
}

export type ParsedBackup = { ok: true; ledger: Ledger; summary: BackupSummary } | { ok: false, message: string };

// The header as written beside `tables`; `counts` is informational and not read back.
const headerSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number(),
  schemaVersion: z.number(),
  createdAt: z.string().datetime({ offset: true }),
  appVersion: z.string(),
  committee: z.string(),
  checksum: z.string(),
});

// One row schema per table of the registry: a table added there and not here does not compile.
export const tablesSchema = z.object({
  // The settings table holds the committee row and, once the office edits them, its 履职积分
  // rules under their own id; each row is validated by the schema its id names.
  settings: z.array(z.discriminatedUnion('id', [settingsRecordSchema, scoreRulesRecordSchema])).max(2),
  dictionary: z.array(dictionaryEntrySchema),
  members: z.array(memberSchema),
  activities: z.array(activitySchema),
  proposals: z.array(proposalSchema),
  attachments: z.array(attachmentMetaSchema.extend({ data: z.string() })),
  opinions: z.array(opinionSchema),
  history: z.array(historyEntrySchema),
  plans: z.array(planItemSchema),
  yearNotes: z.array(yearNotesSchema),
  stations: z.array(stationSchema),
  campaigns: z.array(campaignSchema),
  pairings: z.array(pairingSchema),
  culture: z.array(cultureRecordSchema),
  evaluations: z.array(evaluationRoundSchema),
  supervisors: z.array(supervisorSchema),
  supervisionLetters: z.array(supervisionLetterSchema),
  recordSources: z.array(recordSourceSchema),
} satisfies Record<LedgerTableName, z.ZodType>);

/** The newest format whose files may lack a table (written before it existed): it reads as empty. */
const LAST_FORMAT_WITHOUT: Partial<Record<string, number>> = {
  // Files written before proposals were kept (still format 1) have none.
  proposals: 1,
  // 社情民意 came with format 2.
  opinions: 1,
  // The record history came during format 2; files written before it have none.
  history: 2,
  // 年度工作要点 and the year's own words came during format 2.
  plans: 2,
  yearNotes: 2,
  // 联络站, 主题实践活动, 结对帮扶 and 文史资料 came during format 2.
  stations: 2,
  campaigns: 2,
  pairings: 2,
  culture: 2,
  // 民主评议 and 民主监督员 came during format 2.
  evaluations: 2,
  supervisors: 2,
  supervisionLetters: 2,
  // Which committee imported records came from (the city view) came during format 2.
  recordSources: 2,
};

export const TABLE_NAMES: readonly LedgerTableName[] = LEDGER_TABLE_NAMES;

const fail = (message: string): ParsedBackup => ({ ok: false, message });

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: a `"__proto__"` key in the file must never stand in for a missing one. */
function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A file's bytes (the screens, `ledger check`): UTF-8 only, another program's file refused from its first bytes. */
export async function parseBackupBytes(bytes: Uint8Array): Promise<ParsedBackup> {
  const decoded = decodeLedgerFile(bytes, 'backup');
  return decoded.ok ? parseBackup(decoded.text, decoded.bytes) : fail(decoded.message);
}

/** `bytes`: the UTF-8 the text was decoded from, when read from a file (the checksum is taken of them). */
export async function parseBackup(text: string, bytes?: Uint8Array): Promise<ParsedBackup> {
  const read = readLedgerJson(text, 'backup', bytes);
  if (!read.ok) return fail(read.message);
  const { raw } = read;
  const header = headerSchema.safeParse(raw, { error: backupErrorMap });
  if (!header.success) return fail(`${describeHeaderIssue('备份文件', header.error.issues[0]!)}：文件头不完整或已损坏，不能用它恢复`);
  const h = header.data;
  // The version is checked before the checksum: a newer format may compute it differently.
  if (h.formatVersion > BACKUP_FORMAT_VERSION) {
    return fail(`备份文件格式版本为 ${h.formatVersion}，本程序只能读取 ${BACKUP_FORMAT_VERSION} 及以前的版本，请升级程序后再恢复`);
  }
  if (!Number.isInteger(h.formatVersion) || h.formatVersion < 1) return fail(`备份文件格式版本“${h.formatVersion}”无法识别`);
  const rawTables = own(raw, 'tables');
  if (!isPlainRecord(rawTables) || read.tablesUtf8 === null) return fail('备份文件缺少台账数据，不能用它恢复');
  // The exact text of `tables` as it stands in the file: a re-formatted file fails even when
  // every value is the same (docs/backup-format.md).
  if ((await sha256HexOfBytes(read.tablesUtf8)) !== h.checksum) {
    return fail('备份文件的校验值不符：文件已损坏或被改动过，不能用它恢复');
  }
  const mayLack = (table: string) => h.formatVersion <= (LAST_FORMAT_WITHOUT[table] ?? 0);
  for (const table of TABLE_NAMES) {
    if (mayLack(table) && own(rawTables, table) === undefined) continue;
    if (!Array.isArray(own(rawTables, table))) return fail(`备份文件缺少“${TABLE_LABELS[table]}”数据`);
  }
  // Format 1 is upgraded to the current shape as it is read: no 社情民意 table (empty), 批示
  // without a level (null, 未注明) and proposals without 批示 ([]) — the schemas fill both.
  // Formats 1–2 wrote the rows inside a record (批示, replies …) without stamps of their own: they
  // get them as the schema-3 upgrade gives them; from format 3 a row without them is refused.
  const picked = Object.fromEntries(TABLE_NAMES.map((t) => {
    const rows = own(rawTables, t) ?? (mayLack(t) ? [] : undefined);
    return [t, h.formatVersion < 3 ? withRowStampsIn(t, rows) : rows];
  }));
  const tables = tablesSchema.safeParse(picked, { error: backupErrorMap });
  if (!tables.success) return fail(`备份文件内容有误：${describeIssue(tables.error.issues[0]!)}`);
  const t = tables.data;
  const refProblem = checkUniqueKeys(t, '备份文件') ?? checkReferences(t) ?? checkEmbeddedRowIds(t, '备份文件') ?? checkRecordSources(t.recordSources);
  if (refProblem) return fail(refProblem);
  const built = ledgerFromTables(t);
  if (!built.ok) return fail(built.message);
  const { ledger } = built;
  const late = stampAfterFile(ledger, h.createdAt, '备份文件');
  if (late) return fail(late);
  return { ok: true, ledger, summary: summarize(ledger, h) };
}

/** The checked rows made into a ledger: attachment bytes decoded, derived fields recomputed. An
 * exchange package (domain/exchange) goes through this same step. */
export function ledgerFromTables(t: z.infer<typeof tablesSchema>): { ok: true; ledger: Ledger } | { ok: false; message: string } {
  const attachments: Attachment[] = [];
  for (const [i, a] of t.attachments.entries()) {
    let data: Uint8Array;
    try {
      data = base64ToBytes(a.data);
    } catch {
      return fail(`备份文件中第${i + 1}条附件记录（${a.name}）的文件内容已损坏`);
    }
    if (data.byteLength !== a.size) return fail(`备份文件中第${i + 1}条附件记录（${a.name}）的大小与内容不符，文件内容已损坏`);
    attachments.push({ ...a, data });
  }
  // Entries written before codes existed (formats 1–2, packages of a schema-2 PC) get them here,
  // and 履职积分 rules that named activity types by name name them by code.
  const dictionary = withDictionaryCodes(t.dictionary);
  const savedRules = t.settings.find((row) => row.id === SCORE_RULES_ID);
  const scoreRules = savedRules && { ...savedRules, rules: scoreRulesWithCodes(savedRules.rules, codeByName(dictionary, 'activityType')) };
  const ledger: Ledger = {
    settings: t.settings.find((row) => row.id === 'committee') ?? null,
    ...(scoreRules ? { scoreRules } : {}),
    dictionary,
    members: t.members,
    // Derived fields are recomputed, not trusted: the year from the start date, the indexed
    // member ids from the live participants.
    activities: t.activities.map(withDerivedFields),
    proposals: t.proposals.map(withDerivedProposalFields),
    attachments,
    opinions: t.opinions.map(withDerivedOpinionFields),
    history: t.history,
    plans: t.plans,
    yearNotes: t.yearNotes,
    stations: t.stations,
    campaigns: t.campaigns,
    pairings: t.pairings,
    culture: t.culture.map(withCultureYear),
    evaluations: t.evaluations.map(withDerivedEvaluationFields),
    supervisors: t.supervisors,
    supervisionLetters: t.supervisionLetters.map(withDerivedLetterFields),
    recordSources: t.recordSources,
  };
  return { ok: true, ledger };
}

type Row = { id: string };

/** What zod cannot see row by row: rows must point at rows in the file (unique keys: unique-keys.ts). */
export function checkReferences(t: {
  dictionary: readonly Row[];
  members: readonly Row[];
  activities: readonly (Row & { participants: readonly (Row & { memberId: string; deletedAt: string | null })[] })[];
  proposals: readonly (Row & { leadMemberId: string | null; coSignerIds: readonly string[]; mergedIntoId: string | null; keyProposal: { activityIds: readonly string[] } | null; replies: readonly Row[] })[];
  attachments: readonly (Row & { ownerKind: string; ownerId: string; name: string })[];
  opinions: readonly (Row & { memberIds: readonly string[]; sourceProposalId: string | null })[];
  plans: readonly (Row & { activityId: string | null })[];
  yearNotes: readonly (Row & { year: number })[];
} & GrassRootsTables & SupervisionTables): string | null {
  const memberIds = new Set(t.members.map((m) => m.id));
  const activityIds = new Set(t.activities.map((a) => a.id));
  // Indexed loops: the attendance rows alone are tens of thousands in a ten-year ledger.
  for (let i = 0; i < t.activities.length; i++) {
    const a = t.activities[i]!;
    const liveMembers = new Map<string, number>();
    for (let k = 0; k < a.participants.length; k++) {
      const p = a.participants[k]!;
      const first = p.deletedAt === null ? liveMembers.get(p.memberId) : undefined;
      if (first !== undefined) return `备份文件中第${i + 1}条活动记录的第${k + 1}位参加人员与第${first + 1}位重复`;
      if (p.deletedAt === null) liveMembers.set(p.memberId, k);
      if (!memberIds.has(p.memberId)) return `备份文件中第${i + 1}条活动记录的第${k + 1}位参加人员（${p.memberId}）不在委员记录中`;
    }
  }
  const problem = checkProposalReferences(t.proposals, memberIds, activityIds) ?? checkOpinionReferences(t.opinions, memberIds, new Set(t.proposals.map((p) => p.id)));
  if (problem) return problem;
  const planProblem = checkPlanReferences(t.plans, t.yearNotes, activityIds);
  if (planProblem) return planProblem;
  const grassRootsProblem = checkGrassRootsReferences(t, memberIds, activityIds);
  if (grassRootsProblem) return grassRootsProblem;
  const supervisionProblem = checkSupervisionReferences(t, memberIds);
  if (supervisionProblem) return supervisionProblem;
  // A file hangs on an activity, a proposal (its scanned text) or one reply row (the reply letter).
  const owners: Record<string, { ids: ReadonlySet<string>; label: string }> = {
    activity: { ids: activityIds, label: '活动' },
    proposal: { ids: new Set(t.proposals.map((p) => p.id)), label: '提案' },
    'proposal-reply': { ids: new Set(t.proposals.flatMap((p) => p.replies.map((r) => r.id))), label: '提案答复' },
  };
  for (const [i, a] of t.attachments.entries()) {
    const owner = owners[a.ownerKind] ?? owners.activity!;
    if (!owner.ids.has(a.ownerId)) return `备份文件中第${i + 1}条附件（${a.name}）所属的${owner.label}不存在`;
  }
  return null;
}

/** A source row names a table of records (that a record has one source is its key: unique-keys.ts).
 * A row whose record is gone (purged) is harmless: it counts nothing. */
function checkRecordSources(sources: z.infer<typeof tablesSchema>['recordSources']): string | null {
  const recordTables = new Set<string>(TABLE_NAMES.filter((n) => n !== 'settings' && n !== 'history' && n !== 'recordSources'));
  for (const [i, s] of sources.entries()) {
    if (!recordTables.has(s.table)) return `备份文件中第${i + 1}条来源记录所指的表（${s.table}）不存在`;
  }
  return null;
}

function checkProposalReferences(proposals: Parameters<typeof checkReferences>[0]['proposals'], memberIds: ReadonlySet<string>, activityIds: ReadonlySet<string>): string | null {
  const proposalIds = new Set(proposals.map((p) => p.id));
  for (const [i, p] of proposals.entries()) {
    const where = `备份文件中第${i + 1}条提案记录`;
    for (const id of [p.leadMemberId, ...p.coSignerIds]) if (id !== null && !memberIds.has(id)) return `${where}的提案人（${id}）不在委员记录中`;
    if (p.mergedIntoId !== null && (p.mergedIntoId === p.id || !proposalIds.has(p.mergedIntoId))) return `${where}所并入的提案（${p.mergedIntoId}）不在提案记录中`;
    for (const id of p.keyProposal?.activityIds ?? []) if (!activityIds.has(id)) return `${where}的督办活动（${id}）不在活动记录中`;
  }
  return null;
}

function checkOpinionReferences(opinions: Parameters<typeof checkReferences>[0]['opinions'], memberIds: ReadonlySet<string>, proposalIds: ReadonlySet<string>): string | null {
  for (const [i, o] of opinions.entries()) {
    const where = `备份文件中第${i + 1}条社情民意记录`;
    for (const id of o.memberIds) if (!memberIds.has(id)) return `${where}的报送委员（${id}）不在委员记录中`;
    if (o.sourceProposalId !== null && !proposalIds.has(o.sourceProposalId)) return `${where}的来源提案（${o.sourceProposalId}）不在提案记录中`;
  }
  return null;
}

/** A plan item names the activity that fulfils it; a year has one notes record. */
function checkPlanReferences(plans: Parameters<typeof checkReferences>[0]['plans'], yearNotes: Parameters<typeof checkReferences>[0]['yearNotes'], activityIds: ReadonlySet<string>): string | null {
  for (const [i, p] of plans.entries()) {
    if (p.activityId !== null && !activityIds.has(p.activityId)) return `备份文件中第${i + 1}条工作要点记录所关联的活动（${p.activityId}）不在活动记录中`;
  }
  const years = new Set<number>();
  for (const [i, n] of yearNotes.entries()) {
    if (years.has(n.year)) return `备份文件中第${i + 1}条年度问题和打算记录的年度（${n.year}年）与前面的记录重复`;
    years.add(n.year);
  }
  return null;
}

function summarize(ledger: Ledger, h: z.infer<typeof headerSchema>): BackupSummary {
  const years = [...new Set([...ledger.activities, ...ledger.proposals, ...ledger.opinions].filter((r) => r.deletedAt === null).map((r) => r.year))].sort((a, b) => b - a);
  return {
    createdAt: h.createdAt,
    appVersion: h.appVersion,
    committee: ledger.settings?.committee.name ?? h.committee,
    formatVersion: h.formatVersion,
    counts: countLedger(ledger),
    years,
  };
}
