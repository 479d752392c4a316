// One row of the exchange log (the `exchangeLog` store): every package this PC imported, and
// every package it exported. The log is also where "when did these two PCs last exchange" comes
// from: the newest package imported from a PC, by its installation id (see lastExchangeWith).
import type { VerdictCounts } from './exchange-merge';

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
