// Reading an exchange package: every step that can fail says, in Chinese, what is wrong and
// where, and nothing here touches the database. The rows go through the backup's own checks
// (backup-parse.ts: the row schemas with their Chinese messages, and the step that decodes
// attachments and recomputes derived fields); references between records are NOT checked here,
// since a package of changes may point at records only the receiving ledger holds — the import
// checks them on the merged ledger (exchange-merge.ts checkMergedReferences).
import { z } from 'zod';
import { ledgerFromTables, TABLE_NAMES, tablesSchema } from '../backup/backup-parse';
import { checkEmbeddedRowIds, withRowStampsIn } from '../backup/embedded-row-checks';
import { checkUniqueKeys } from '../backup/unique-keys';
import { backupErrorMap, describeHeaderIssue, describeIssue } from '../backup/backup-issues';
import { decodeLedgerFile, readLedgerJson } from '../backup/ledger-file';
import { instant, stampAfterFile } from '../backup/record-stamps';
import { TABLE_LABELS } from '../backup/field-labels';
import { sha256HexOfBytes } from '../common/base64';
import type { Ledger } from '../ledger/ledger';
import { EXCHANGE_FORMAT, EXCHANGE_FORMAT_VERSION, type ExchangeHeader } from './exchange-format';
import { reachedAt, versionKey } from './merge-records';
import { RECORD_TABLES, rowsOf } from './exchange-tables';

export interface ExchangePackage {
  header: Omit<ExchangeHeader, 'counts'>;
  /** The records, as a ledger without settings. */
  records: Ledger;
}

export type ParsedExchange = { ok: true; pkg: ExchangePackage } | { ok: false; message: string };

const isoTime = z.string().datetime({ offset: true });
const headerSchema = z.object({
  format: z.literal(EXCHANGE_FORMAT),
  formatVersion: z.number(),
  schemaVersion: z.number(),
  appVersion: z.string().max(40),
  installationId: z.string().min(1).max(64),
  committee: z.string().max(100),
  since: isoTime.nullable(),
  createdAt: isoTime,
  mergedFrom: z.array(z.string().min(1).max(64)).max(1000).optional(),
  // Per PC, the packages of its the writer had taken (exchange-log.ts seenFromForExport).
  seenFrom: z.record(z.string().min(1).max(64), z.array(isoTime).max(100_000)).refine((m) => Object.keys(m).length <= 1000).optional(),
  // Per record taken from another PC, when it reached the writer (exchange-format.ts arrivedAt).
  arrivedAt: z.record(z.string().min(1).max(200), isoTime).optional(),
  checksum: z.string(),
});

const fail = (message: string): ParsedExchange => ({ ok: false, message });

/** Messages of the backup's shared steps name a backup file; here the file is a package. */
const asPackage = (message: string) => message.replaceAll('备份文件', '交换包');

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: a `"__proto__"` key must never stand in for a missing one. */
function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A file's bytes (the screen, `ledger check`): UTF-8 only, another program's file refused from its first bytes. */
export async function parseExchangeBytes(bytes: Uint8Array): Promise<ParsedExchange> {
  const decoded = decodeLedgerFile(bytes, 'exchange');
  return decoded.ok ? parseExchangePackage(decoded.text, decoded.bytes) : fail(decoded.message);
}

/**
 * The package's text read and checked. This PC's clock is not consulted: two PCs' clocks may
 * disagree by years, and the merge orders edits by their stamps alone (merge-records.ts).
 */
export async function parseExchangePackage(text: string, bytes?: Uint8Array): Promise<ParsedExchange> {
  const read = readLedgerJson(text, 'exchange', bytes);
  if (!read.ok) return fail(read.message);
  const { raw } = read;
  const header = headerSchema.safeParse(raw, { error: backupErrorMap });
  if (!header.success) return fail(`${describeHeaderIssue('交换包', header.error.issues[0]!)}：文件头不完整或已损坏，不能导入`);
  const h = header.data;
  if (h.formatVersion > EXCHANGE_FORMAT_VERSION) {
    return fail(`交换包格式版本为 ${h.formatVersion}，本程序只能读取 ${EXCHANGE_FORMAT_VERSION} 及以前的版本，请升级程序后再导入`);
  }
  if (!Number.isInteger(h.formatVersion) || h.formatVersion < 1) return fail(`交换包格式版本“${h.formatVersion}”无法识别`);
  const rawTables = own(raw, 'tables');
  if (!isPlainRecord(rawTables) || read.tablesUtf8 === null) return fail('交换包缺少台账数据，不能导入');
  if ((await sha256HexOfBytes(read.tablesUtf8)) !== h.checksum) {
    return fail('交换包的校验值不符：文件已损坏或被改动过，不能导入');
  }
  const keyProblem = findForbiddenKey(rawTables);
  if (keyProblem) return fail(keyProblem);
  if (h.since !== null && !(instant(h.since) <= instant(h.createdAt))) return fail(`交换包的起始时间（${h.since}）晚于它的生成时间，日期超出范围`);
  // Every table the backup knows, except settings and record sources, which a package never carries.
  // A merged package (merge-packages.ts) says which committee each record came from; others do not.
  const sources = own(rawTables, 'recordSources');
  const picked: Record<string, unknown> = { settings: [], recordSources: Array.isArray(sources) ? sources : [] };
  for (const table of TABLE_NAMES) {
    if (table === 'settings' || table === 'recordSources') continue;
    const rows = own(rawTables, table);
    if (!Array.isArray(rows)) return fail(`交换包缺少“${TABLE_LABELS[table] ?? table}”数据`);
    // Format 1 wrote the rows inside a record without stamps of their own: given as the schema-3 upgrade gives them.
    picked[table] = h.formatVersion < 2 ? withRowStampsIn(table, rows) : rows;
  }
  const tables = tablesSchema.safeParse(picked, { error: backupErrorMap });
  if (!tables.success) return fail(`交换包内容有误：${describeIssue(tables.error.issues[0]!)}`);
  const repeated = checkUniqueKeys(tables.data, '交换包');
  if (repeated) return fail(repeated);
  const built = ledgerFromTables(tables.data);
  if (!built.ok) return fail(asPackage(built.message));
  const records = { ...built.ledger, settings: null };
  delete records.scoreRules;
  const problem = checkEmbeddedRowIds(records, '交换包') ?? stampAfterFile(records, h.createdAt, '交换包') ?? checkArrivals(records, h.arrivedAt ?? {}, h.createdAt) ?? checkSince(records, h.since, h.arrivedAt ?? {});
  if (problem) return fail(problem);
  return { ok: true, pkg: { header: h, records } };
}

/** Keys that reach into a JavaScript object's prototype; this program never writes them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A package is refused outright if any of its rows holds such a key, however deep: it cannot have
 * come from this program, and no later step should have to be careful with it.
 */
function findForbiddenKey(tables: Record<string, unknown>): string | null {
  const walk = (value: unknown): string | null => {
    if (Array.isArray(value)) {
      for (const item of value) {
        const found = walk(item);
        if (found) return found;
      }
    } else if (isPlainRecord(value)) {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) return key;
        const found = walk(value[key]);
        if (found) return found;
      }
    }
    return null;
  };
  for (const table of Object.keys(tables)) {
    const label = TABLE_LABELS[table] ?? table;
    if (FORBIDDEN_KEYS.has(table)) return `交换包中有本程序不会写出的键名“${table}”，文件可能被改动过，不能导入`;
    const rows = tables[table];
    if (!Array.isArray(rows)) continue;
    for (const [i, row] of rows.entries()) {
      const key = walk([row]);
      if (key) return `交换包中第${i + 1}条${label}记录含有本程序不会写出的键名“${key}”，文件可能被改动过，不能导入`;
    }
  }
  return null;
}

/** Each arrival names a record of the package and is no later than the package was written. */
function checkArrivals(records: Ledger, arrivedAt: Readonly<Record<string, string>>, createdAt: string): string | null {
  const held = new Set(RECORD_TABLES.flatMap((table) => rowsOf(records, table).map((r) => versionKey(table, r.id))));
  for (const [key, at] of Object.entries(arrivedAt)) {
    if (!held.has(key)) return `交换包的文件头中“记录收到时间”提到了包里没有的记录（${key.slice(0, 80)}），文件可能被改动过，不能导入`;
    if (instant(at) > instant(createdAt)) return `交换包的文件头中“记录收到时间”（${at}）晚于交换包的生成时间（${createdAt}），日期超出范围`;
  }
  return null;
}

/** A record that reached the writer before `since` (stamped, or taken in from another PC) should not be in a package of what reached it since then. */
function checkSince(records: Ledger, since: string | null, arrivedAt: Readonly<Record<string, string>>): string | null {
  if (since === null) return null;
  const earliest = instant(since);
  for (const table of RECORD_TABLES) {
    for (const [i, r] of rowsOf(records, table).entries()) {
      if (reachedAt(r.updatedAt, arrivedAt[versionKey(table, r.id)]) < earliest) return `交换包中第${i + 1}条${TABLE_LABELS[table] ?? table}记录的“修改时间”（${r.updatedAt}）早于交换包的起始时间，不应在这个交换包里`;
    }
  }
  return null;
}
