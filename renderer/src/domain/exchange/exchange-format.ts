// The exchange package (.cppcc-exchange): what changed in a ledger since a date (or all of it),
// carried by USB stick to another PC and merged there (docs/exchange-format.md). It is
// written like a backup — a header, then `tables` as the exact JSON string whose SHA-256 the
// header holds — with its own format name, so neither file can be taken for the other. Rows are
// the backup's rows (backup-format.ts backupTables): deleted records travel too, as tombstones.
import type { Ledger, LedgerArrays } from '../ledger/ledger';
import { putRows } from '../ledger/ledger-arrays';
import type { HistoryEntry } from '../history/history-entry';
import { sha256Hex } from '../common/base64';
import { backupTables } from '../backup/backup-format';
import { fileStamp } from '../backup/record-stamps';
import { countRecords, RECORD_TABLES, recordsLedger, rowsOf, type RecordTable } from './exchange-tables';
import { reachedAt, versionKey } from './merge-records';

export const EXCHANGE_FORMAT = 'cppcc-ledger-exchange';
// 2: dictionary entries carry codes (schema 3). A format-1 package from a schema-2 PC is upgraded as
// it is read (its entries get their codes like an old backup's); a schema-2 PC refuses a format-2
// package with its own message to upgrade the program, so codes are never lost on the way back.
export const EXCHANGE_FORMAT_VERSION = 2;
export const EXCHANGE_FILE_EXTENSION = 'cppcc-exchange';

export interface ExchangeHeader {
  format: typeof EXCHANGE_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  appVersion: string;
  /** The PC that wrote the package (a random id kept on that PC), so the receiver knows whom it last exchanged with. */
  installationId: string;
  /** A merged package: the installation ids of the PCs whose packages it holds (merge-packages.ts). */
  mergedFrom?: string[];
  /**
   * Per PC (installation id), the `createdAt` of each of its packages the writer had taken when it
   * wrote this one (oldest first; one a later taken package covers is left out): the receiver knows
   * which of its own edits the writer had seen, and which of its packages never arrived
   * (exchange-log.ts). A merged package says nothing of it.
   */
  seenFrom?: Record<string, string[]>;
  /**
   * Per record (`versionKey`) whose version the writer took from another PC, when it last came in a
   * package there (the writer's clock), if later than its stamp: the package "since" an instant
   * holds the records that reached the writer at or after it, edited there or taken from a third
   * PC (exchange-log.ts arrivals), and the receiver knows when such a record reached the writer.
   */
  arrivedAt?: Record<string, string>;
  committee: string;
  /** Records that reached the writer at or after this instant (edited there, or taken in then) are in the package; null: every record. */
  since: string | null;
  createdAt: string;
  counts: Record<string, number>;
  checksum: string;
}

export type ExchangeMeta = Omit<ExchangeHeader, 'format' | 'formatVersion' | 'counts' | 'checksum'>;

/**
 * The records of `ledger` that reached it at or after `since` (all of them when null) — changed
 * there, or taken from another PC then (`arrived`, exchange-log.ts arrivals) — deleted ones
 * included, with the history entries of those records. Compared as instants, like the merge rule
 * (merge-records.ts).
 */
export function changedSince(ledger: Ledger, since: string | null, arrived: ReadonlyMap<string, string> = new Map()): Ledger {
  const rows: Partial<LedgerArrays> = {};
  const keys = new Set<string>();
  const from = since === null ? null : Date.parse(since);
  const keepChanged = <T extends RecordTable>(table: T) => {
    const changed = rowsOf(ledger, table).filter((r) => from === null || reachedAt(r.updatedAt, arrived.get(versionKey(table, r.id))) >= from);
    putRows(rows, table, changed);
    for (const r of changed) keys.add(versionKey(table, r.id));
  };
  RECORD_TABLES.forEach(keepChanged);
  const history = ledger.history.filter((e: HistoryEntry) => keys.has(versionKey(e.table, e.recordId)));
  return recordsLedger(rows, history);
}

/** The header's `arrivedAt`: of the package's records, those that reached this PC after they were stamped. */
export function arrivedAtOf(records: Ledger, arrived: ReadonlyMap<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const table of RECORD_TABLES) {
    for (const r of rowsOf(records, table)) {
      const key = versionKey(table, r.id);
      const at = arrived.get(key);
      if (at !== undefined && Date.parse(at) > Date.parse(r.updatedAt)) out[key] = at;
    }
  }
  return out;
}

/** When a package of `records` may say it was written: `at`, or later if it holds a later stamp or arrival. */
export function packageStamp(records: Ledger, arrivedAt: Readonly<Record<string, string>> | undefined, at: string): string {
  const stamped = fileStamp(records, at);
  const latest = Math.max(Date.parse(stamped), ...Object.values(arrivedAt ?? {}).map((a) => Date.parse(a)));
  return latest > Date.parse(stamped) ? new Date(latest).toISOString() : stamped;
}

export async function serializeExchangePackage(records: Ledger, meta: ExchangeMeta): Promise<string> {
  // The backup's own table writer, without the settings row (a PC's settings stay on it) and
  // without the record sources (the receiver notes this package's committee on what it takes).
  const { settings: _settings, recordSources, ...rest } = backupTables({ ...records, settings: null, scoreRules: null });
  // Which committee each record came from travels only in a merged package (merge-packages.ts);
  // a PC's own package is all its header's committee's.
  const tables = recordSources.length ? { ...rest, recordSources } : rest;
  const tablesJson = JSON.stringify(tables);
  const header: ExchangeHeader = {
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    schemaVersion: meta.schemaVersion,
    appVersion: meta.appVersion,
    installationId: meta.installationId,
    ...(meta.mergedFrom ? { mergedFrom: meta.mergedFrom } : {}),
    ...(meta.seenFrom ? { seenFrom: meta.seenFrom } : {}),
    ...(meta.arrivedAt && Object.keys(meta.arrivedAt).length ? { arrivedAt: meta.arrivedAt } : {}),
    committee: meta.committee,
    since: meta.since,
    // Never earlier than a record in it (nor its arrival): a reader refuses a record stamped after its package.
    createdAt: packageStamp(records, meta.arrivedAt, meta.createdAt),
    counts: countRecords(records),
    checksum: await sha256Hex(tablesJson),
  };
  const headerJson = JSON.stringify(header);
  return `${headerJson.slice(0, -1)},"tables":${tablesJson}}`;
}

export function exchangeFileName(committeeShortName: string, createdAt: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${createdAt.getFullYear()}${pad(createdAt.getMonth() + 1)}${pad(createdAt.getDate())}-${pad(createdAt.getHours())}${pad(createdAt.getMinutes())}`;
  const who = committeeShortName.replace(/[\\/:*?"<>|\s]/g, '') || '政协';
  return `${who}-台账交换包-${stamp}.${EXCHANGE_FILE_EXTENSION}`;
}
