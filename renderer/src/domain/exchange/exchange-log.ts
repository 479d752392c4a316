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
  /**
   * An import: the records it wrote (`versionKey`), so the next package passes on what this PC took
   * (`arrivals`). Absent on entries logged before it was kept: then every record the package held.
   */
  written?: string[];
}


/** The `versions` of a package: each record with its version. */
export function packageVersions(records: Ledger): Record<string, string> {
  const out: Record<string, string> = {};
  for (const table of RECORD_TABLES) for (const r of rowsOf(records, table)) out[versionKey(table, r.id)] = r.updatedAt;
  return out;
}

type PackageSpan = Pick<ExchangeLogEntry, 'packageCreatedAt' | 'since'>;

/**
 * Whether package `later` holds every record `earlier` held, at that version or a later one: it
 * was written after it and from no later a start (a whole package, `since` null, holds all).
 */
function covers(later: PackageSpan, earlier: PackageSpan): boolean {
  if (!(Date.parse(later.packageCreatedAt) > Date.parse(earlier.packageCreatedAt))) return false;
  return later.since === null || (earlier.since !== null && Date.parse(later.since) <= Date.parse(earlier.since));
}

/** This PC's exports that `theyTook` (the other PC's header, its `seenFrom` entry for this PC) names. */
function exportsTaken(log: readonly ExchangeLogEntry[], theyTook: readonly string[]): ExchangeLogEntry[] {
  const taken = new Set(theyTook.map((t) => Date.parse(t)));
  return log.filter((e) => e.direction === 'export' && taken.has(Date.parse(e.packageCreatedAt)));
}

/**
 * Per record, the instant of the last version this PC and `installationId` are known to share:
 * of the packages this PC took from that PC and those of this PC's that PC says it took
 * (`theyTook`, from its package's header), the latest version. Only packages it names count: one
 * of ours it skipped is not shared, so an edit in it that meets one of theirs is asked about.
 * The latest by stamp, not by when the packages came: one record's versions on a PC only ever
 * move later (ledger-clock.ts), whichever order packages arrive in.
 */
export function commonVersions(log: readonly ExchangeLogEntry[], installationId: string, theyTook: readonly string[] | undefined): Map<string, number> {
  const imported = log.filter((e) => e.direction === 'import' && e.sourceInstallationId === installationId);
  const out = new Map<string, number>();
  for (const e of [...imported, ...exportsTaken(log, theyTook ?? [])]) {
    for (const [key, stamp] of Object.entries(e.versions ?? {})) out.set(key, Math.max(out.get(key) ?? -Infinity, Date.parse(stamp)));
  }
  return out;
}

/**
 * Per record, every version (stamp) that went between this PC and `installationId` either way as
 * far as this PC can tell: those it took from that PC and those it sent in any package of its own
 * (a format-1 package says nothing of which it took). An older release's package holding a version
 * not among them was made there or came from elsewhere (merge-records.ts classifyIncoming).
 */
export function exchangedVersions(log: readonly ExchangeLogEntry[], installationId: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const e of log) {
    if (e.direction === 'import' && e.sourceInstallationId !== installationId) continue;
    for (const [key, stamp] of Object.entries(e.versions ?? {})) out.set(key, (out.get(key) ?? new Set()).add(Date.parse(stamp)));
  }
  return out;
}

/**
 * For the header of this PC's next package (`seenFrom`): per PC it took packages from, the
 * `createdAt` of each, oldest first — leaving out one a later taken package covers (a whole
 * package covers all before it), so the list stays short — so that PC knows which of its own
 * edits this one has seen.
 */
export function seenFromForExport(log: readonly ExchangeLogEntry[]): Record<string, string[]> {
  const byPc = new Map<string, ExchangeLogEntry[]>();
  for (const e of log) if (e.direction === 'import') byPc.set(e.sourceInstallationId, [...(byPc.get(e.sourceInstallationId) ?? []), e]);
  const out: Record<string, string[]> = {};
  for (const [pc, taken] of byPc) {
    const kept = new Map<number, string>();
    for (const e of taken) if (!taken.some((other) => covers(other, e))) kept.set(Date.parse(e.packageCreatedAt), e.packageCreatedAt);
    out[pc] = [...kept].sort(([a], [b]) => a - b).map(([, at]) => at);
  }
  return out;
}

/**
 * This PC's packages the other PC has not taken although it took a later one (`theyTook`, from
 * its header), and no package it took covers: the edits in them may never have reached it, so the
 * clerk is told which to send again. Oldest first.
 */
export function exportsNotTaken(log: readonly ExchangeLogEntry[], theyTook: readonly string[] | undefined): ExchangeLogEntry[] {
  if (!theyTook?.length) return [];
  const taken = exportsTaken(log, theyTook);
  const newest = Math.max(...theyTook.map((t) => Date.parse(t)));
  const takenAt = new Set(taken.map((e) => Date.parse(e.packageCreatedAt)));
  return log
    .filter((e) => e.direction === 'export' && Date.parse(e.packageCreatedAt) < newest && !takenAt.has(Date.parse(e.packageCreatedAt)))
    .filter((e) => !taken.some((t) => covers(t, e)))
    .sort((a, b) => Date.parse(a.packageCreatedAt) - Date.parse(b.packageCreatedAt));
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

/**
 * Until when this PC holds every edit `installationId` had made: the `createdAt` of the last of an
 * unbroken run of its packages taken — a whole one, then each written from no later a start than
 * the one before was written. A package of it skipped breaks the run: what that PC changed before
 * a package taken after the gap may never have come here. Null: no such run.
 */
export function seenAllFrom(log: readonly ExchangeLogEntry[], installationId: string): string | null {
  const taken = log.filter((e) => e.direction === 'import' && e.sourceInstallationId === installationId)
    .sort((a, b) => Date.parse(a.packageCreatedAt) - Date.parse(b.packageCreatedAt));
  let held: string | null = null;
  for (const e of taken) {
    const joins = e.since === null || (held !== null && Date.parse(e.since) <= Date.parse(held));
    if (joins && (held === null || Date.parse(e.packageCreatedAt) > Date.parse(held))) held = e.packageCreatedAt;
  }
  return held;
}

/**
 * When each record last changed here by a package this PC took (that import's `at`, in this PC's
 * clock), by `versionKey`. A package "since" an instant holds every record that reached this PC at or after
 * it — edited here, or taken from any other PC — so what this PC took from a third PC goes on to
 * the next (exchange-format.ts changedSince), whatever that PC's clock stamped it.
 */
export function arrivals(log: readonly ExchangeLogEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of log) {
    if (e.direction !== 'import') continue;
    for (const key of e.written ?? Object.keys(e.versions ?? {})) {
      const held = out.get(key);
      if (held === undefined || Date.parse(e.at) > Date.parse(held)) out.set(key, e.at);
    }
  }
  return out;
}

/** A package that starts after what this PC holds of its writer: an earlier one of that PC's was not taken here. */
export interface MissedEarlier {
  /** The package's start (its `since`). */
  since: string;
  /** Until when this PC holds all that PC's edits (seenAllFrom); null: it never took a whole package of it. */
  heldUntil: string | null;
}

/**
 * Whether a package (by its header) holds only what reached its writer since an instant later than
 * the point until which this PC holds all that PC's edits: then one of its packages in between was
 * never taken here, and what it held is not in this one. Null when the package joins on (or is whole).
 */
export function missedEarlier(log: readonly ExchangeLogEntry[], header: { installationId: string; since: string | null }): MissedEarlier | null {
  if (header.since === null) return null;
  const heldUntil = seenAllFrom(log, header.installationId);
  if (heldUntil !== null && Date.parse(header.since) <= Date.parse(heldUntil)) return null;
  return { since: header.since, heldUntil };
}

/** The default `since` of the next export: when this PC last wrote a package (null: never, so everything). */
export function lastExport(log: readonly ExchangeLogEntry[]): string | null {
  let last: string | null = null;
  for (const e of log) if (e.direction === 'export' && (last === null || Date.parse(e.packageCreatedAt) > Date.parse(last))) last = e.packageCreatedAt;
  return last;
}
