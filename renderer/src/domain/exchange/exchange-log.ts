// One row of the exchange log (the `exchangeLog` store): every package this PC imported, and
// every package it exported. The log is also where "when did these two PCs last exchange" comes
// from: the newest package imported from a PC, by its installation id (see lastExchangeWith).
import type { VerdictCounts } from './exchange-merge';
import type { Ledger } from '../ledger/ledger';
import { RECORD_TABLES, rowsOf } from './exchange-tables';
import { versionKey } from './merge-records';

export interface ExchangeLogEntry {
  id: string;
  /** When the import or export was done, on this PC. */
  at: string;
  operator: string;
  direction: 'import' | 'export';
  fileName: string;
  /** The PC that wrote the package (this PC's own id for an export). */
  sourceInstallationId: string;
  sourceCommittee: string;
  /** When the package was written, on the PC that wrote it. */
  packageCreatedAt: string;
  since: string | null;
  /** What the import did with the package's records (an export: null). */
  verdicts: VerdictCounts | null;
  /** Records in the package (history entries not counted). */
  records: number;
  /**
   * The version (`updatedAt`) of each record the package held, by `versionKey`: for an import what
   * this PC took from that PC, for an export what it sent. The next import from that PC reads the
   * versions both PCs are known to hold (`commonVersions`). Absent on entries logged before it was kept.
   */
  versions?: Record<string, string>;
}


/** The `versions` of a package: each record with its version. */
export function packageVersions(records: Ledger): Record<string, string> {
  const out: Record<string, string> = {};
  for (const table of RECORD_TABLES) for (const r of rowsOf(records, table)) out[versionKey(table, r.id)] = r.updatedAt;
  return out;
}

/**
 * Per record, the instant of the last version this PC and `installationId` are known to share:
 * of the packages this PC took from that PC and those of this PC's that PC had taken (written no
 * later than `theySawOursAt`, which that PC's package header says), the later event's version.
 */
export function commonVersions(log: readonly ExchangeLogEntry[], installationId: string, theySawOursAt: string | null): Map<string, number> {
  const taken = theySawOursAt === null ? -Infinity : Date.parse(theySawOursAt);
  const shared = log.filter((e) => e.versions && (e.direction === 'import'
    ? e.sourceInstallationId === installationId
    : Date.parse(e.packageCreatedAt) <= taken)).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const out = new Map<string, number>();
  for (const e of shared) for (const [key, stamp] of Object.entries(e.versions!)) out.set(key, Date.parse(stamp));
  return out;
}

/**
 * For the header of this PC's next package (`seenFrom`): per PC it took packages from, the
 * `createdAt` of the newest one — so that PC knows which of its own edits this one has seen.
 */
export function seenFromForExport(log: readonly ExchangeLogEntry[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of log) {
    if (e.direction !== 'import') continue;
    const held = out[e.sourceInstallationId];
    if (held === undefined || Date.parse(e.packageCreatedAt) > Date.parse(held)) out[e.sourceInstallationId] = e.packageCreatedAt;
  }
  return out;
}

/**
 * When this PC last took in a package from `installationId`: the moment that PC wrote it, since
 * everything it held then is now here. Both sides' edits after it are conflicts to ask about.
 */
export function lastExchangeWith(log: readonly ExchangeLogEntry[], installationId: string): string | null {
  let last: string | null = null;
  for (const e of log) {
    if (e.direction === 'import' && e.sourceInstallationId === installationId && (last === null || Date.parse(e.packageCreatedAt) > Date.parse(last))) last = e.packageCreatedAt;
  }
  return last;
}

/** The default `since` of the next export: when this PC last wrote a package (null: never, so everything). */
export function lastExport(log: readonly ExchangeLogEntry[]): string | null {
  let last: string | null = null;
  for (const e of log) if (e.direction === 'export' && (last === null || Date.parse(e.packageCreatedAt) > Date.parse(last))) last = e.packageCreatedAt;
  return last;
}
