// Exchange packages on the database side: read what changed since a date, preview an
// import (what it would do, references checked on the merged ledger), and write the chosen result
// in one transaction — only the records that change, the history entries this PC lacks, and one
// row of the exchange log. Tables are taken from the exchange's table list (RECORD_TABLES), so a
// table added to the backup travels with no change here.
import type { Table } from 'dexie';
import type { LedgerDatabase } from './database';
import type { BaseRecord } from '../domain/common/record';
import { newId } from '../domain/common/record';
import { nowIso } from './clock';
import type { HistoryEntry } from '../domain/history/history-entry';
import type { Ledger, LedgerArrays } from '../domain/ledger/ledger';
import type { LedgerRows } from '../domain/ledger/ledger-tables';
import { putRows } from '../domain/ledger/ledger-arrays';
import { arrivedAtOf, changedSince } from '../domain/exchange/exchange-format';
import { versionKey } from '../domain/exchange/merge-records';
import type { ExchangePackage } from '../domain/exchange/exchange-parse';
import { RECORD_TABLES, recordsLedger, rowsOf, type RecordTable } from '../domain/exchange/exchange-tables';
import { checkMergedReferences, planImport, rowsToWrite, type ImportPlan, type Side } from '../domain/exchange/exchange-merge';
import { arrivals, commonVersions, exchangedVersions, exportsNotTaken, lastExchangeWith, lastExport, missedEarlier, packageVersions, seenAllFrom, seenFromForExport, type ExchangeLogEntry, type MissedEarlier } from '../domain/exchange/exchange-log';
import { markQuiet } from './history/history-middleware';
import { observeStamp } from '../domain/common/ledger-clock';
import { importedSources, packageCommittee } from '../domain/exchange/import-sources';
import { getSettings } from './settings-repo';

const recordTable = (db: LedgerDatabase, table: RecordTable) => db.table<BaseRecord, string>(table);
const storesOf = (db: LedgerDatabase): Table[] => [...RECORD_TABLES.map((t) => db.table(t)), db.history];

async function operatorOf(db: LedgerDatabase): Promise<string> {
  return (await getSettings(db))?.committee.operator ?? '';
}

/** Every record (deleted ones too) and all history, as plain data, in one read transaction. */
async function readRecords(db: LedgerDatabase): Promise<Ledger> {
  return db.transaction('r', storesOf(db), async () => {
    const rows: Partial<LedgerArrays> = {};
    const readTable = async <T extends RecordTable>(table: T) => putRows(rows, table, await db.table<LedgerRows[T], string>(table).toArray());
    await Promise.all(RECORD_TABLES.map(readTable));
    return recordsLedger(rows, await db.history.toArray());
  });
}

export async function listExchangeLog(db: LedgerDatabase): Promise<ExchangeLogEntry[]> {
  return db.exchangeLog.orderBy('at').reverse().toArray();
}

/** When this PC last wrote a package: the default start of the next one (null: never). */
export async function lastExportAt(db: LedgerDatabase): Promise<string | null> {
  return lastExport(await db.exchangeLog.toArray());
}

/** For the header of the next package: per PC, the packages of its this PC has taken. */
export async function seenFromPcs(db: LedgerDatabase): Promise<Record<string, string[]>> {
  return seenFromForExport(await db.exchangeLog.toArray());
}

/** What a package holds: its records, and when those this PC took from another PC reached it (the header's `arrivedAt`). */
export interface PackageContents {
  records: Ledger;
  arrivedAt: Record<string, string>;
}

/**
 * The records that reached this PC at or after `since` (all when null) — changed here, or taken
 * from another PC then, whatever that PC's clock stamped them — with their history, for a package.
 */
export async function readChangesSince(db: LedgerDatabase, since: string | null): Promise<PackageContents> {
  const [ledger, log] = await db.transaction('r', [...storesOf(db), db.exchangeLog], () => Promise.all([readRecords(db), db.exchangeLog.toArray()]));
  const arrived = arrivals(log);
  const records = changedSince(ledger, since, arrived);
  return { records, arrivedAt: arrivedAtOf(records, arrived) };
}

/** Notes that a package was written (it is the default start of the next one). */
export async function recordExport(
  db: LedgerDatabase,
  entry: Pick<ExchangeLogEntry, 'fileName' | 'sourceInstallationId' | 'sourceCommittee' | 'packageCreatedAt' | 'since' | 'records' | 'versions'>,
): Promise<void> {
  const operator = await operatorOf(db);
  await db.exchangeLog.add({ ...entry, id: newId(), at: nowIso(), operator, direction: 'export', verdicts: null });
}

export interface ImportPreview {
  plan: ImportPlan;
  lastExchangeAt: string | null;
  /** The local version of each record the package holds, as it was at the preview. */
  seen: Map<string, string | null>;
  /** This PC's packages the other PC has not taken though it took a later one: to be sent again. */
  notTaken: Pick<ExchangeLogEntry, 'fileName' | 'packageCreatedAt'>[];
  /** The package starts after what this PC holds of the other's edits: one of its packages was not taken here. */
  missed: MissedEarlier | null;
}

export type PreviewResult = { ok: true; preview: ImportPreview } | { ok: false; message: string };

/** What importing the package would do; nothing is written. `thisInstallation` refuses this PC's own packages. */
export async function previewExchangeImport(db: LedgerDatabase, pkg: ExchangePackage, thisInstallation: string): Promise<PreviewResult> {
  if (pkg.header.installationId === thisInstallation) return { ok: false, message: '这是本机导出的交换包，不需要导入本机' };
  const [local, log] = await db.transaction('r', [...storesOf(db), db.exchangeLog], () => Promise.all([readRecords(db), db.exchangeLog.toArray()]));
  const problem = checkMergedReferences(local, pkg.records);
  if (problem) return { ok: false, message: `不能导入：${problem}` };
  const lastExchangeAt = lastExchangeWith(log, pkg.header.installationId);
  // The versions both PCs are known to hold: those this PC took from it and, by the package's
  // header, those of this PC's packages it had taken (the log keeps each package's versions).
  const theyTook = pkg.header.seenFrom?.[thisInstallation];
  const versions = commonVersions(log, pkg.header.installationId, theyTook);
  // A record no package carried between the two: changed there if edited after what this PC
  // holds all of that PC's edits until (not merely its newest package: one may have been skipped).
  // A format-1 package (an older release) holds rows inside records without stamps of their own: its lists go whole.
  const oldRelease = pkg.header.formatVersion < 2;
  const exchanged = oldRelease ? exchangedVersions(log, pkg.header.installationId) : undefined;
  const plan = planImport(local, pkg.records, seenAllFrom(log, pkg.header.installationId), lastExport(log), versions, oldRelease, pkg.header.arrivedAt, exchanged);
  const seen = new Map<string, string | null>();
  // By the incoming id (a dictionary entry matched by name is another id: none here by that id).
  for (const c of plan.changes) seen.set(versionKey(c.table, c.incoming.id), c.local?.id === c.incoming.id ? c.local.updatedAt : null);
  const notTaken = exportsNotTaken(log, theyTook).map(({ fileName, packageCreatedAt }) => ({ fileName, packageCreatedAt }));
  return { ok: true, preview: { plan, lastExchangeAt, seen, notTaken, missed: missedEarlier(log, pkg.header) } };
}

export interface ImportOutcome {
  written: number;
  historyAdded: number;
}

/**
 * Writes the import as previewed and chosen, in one transaction: if a record changed on this PC
 * since the preview, nothing is written and the user is asked to start again.
 */
export async function applyExchangeImport(
  db: LedgerDatabase,
  pkg: ExchangePackage,
  preview: ImportPreview,
  choices: ReadonlyMap<string, Side>,
  fileName: string,
): Promise<ImportOutcome> {
  const at = nowIso();
  const writes = rowsToWrite(preview.plan, choices, at);
  // Each record taken from the package is now its committee's (the city view).
  const sources = importedSources(preview.plan, choices, packageCommittee(pkg.header.committee), pkg.records.recordSources);
  const operator = await operatorOf(db);
  const records = RECORD_TABLES.reduce((n, t) => n + rowsOf(pkg.records, t).length, 0);
  const outcome = await db.transaction('rw', [...storesOf(db), db.exchangeLog, db.recordSources], async (tx) => {
    // One event, logged below, not one history entry per merged record.
    markQuiet(tx.idbtrans);
    for (const table of RECORD_TABLES) {
      const ids = rowsOf(pkg.records, table).map((r) => r.id);
      if (!ids.length) continue;
      const now = await recordTable(db, table).bulkGet(ids);
      now.forEach((row, i) => {
        if ((row?.updatedAt ?? null) !== preview.seen.get(versionKey(table, ids[i]!))) {
          throw new Error('预览之后本机台账又有改动，请重新选择交换包导入');
        }
      });
    }
    let written = 0;
    for (const [table, rows] of writes) {
      await recordTable(db, table).bulkPut(rows);
      written += rows.length;
    }
    await db.recordSources.bulkPut(sources);
    const held = await db.history.bulkGet(pkg.records.history.map((e) => e.id));
    const missing: HistoryEntry[] = pkg.records.history.filter((_, i) => held[i] === undefined);
    await db.history.bulkAdd(missing);
    await db.exchangeLog.add({
      id: newId(), at, operator, direction: 'import', fileName,
      sourceInstallationId: pkg.header.installationId, sourceCommittee: pkg.header.committee,
      packageCreatedAt: pkg.header.createdAt, since: pkg.header.since, verdicts: preview.plan.totals, records,
      versions: packageVersions(pkg.records),
      written: [...writes].flatMap(([table, rows]) => rows.map((r) => versionKey(table, r.id))),
    });
    return { written, historyAdded: missing.length };
  });
  // The package is stamped no earlier than its newest record: from now on, this PC stamps after it.
  observeStamp(pkg.header.createdAt);
  return outcome;
}
