// Which tables an exchange package carries: those the table registry marks `exchanged`
// (domain/ledger/ledger-tables.ts), so a table added there travels between PCs with no change
// here. Three tables are not records to merge: `settings` is this PC's own (the committee's name,
// the operator, the report layout) and never travels, `history` is merged by entry id, and
// `recordSources` (which county an imported record came from) stays on the PC that imported: the
// receiver notes the sending package's committee itself (db/exchange-repo.ts).
import type { BaseRecord } from '../common/record';
import type { Ledger } from '../ledger/ledger';
import { EXCHANGED_TABLES, type ExchangedTable } from '../ledger/ledger-tables';

export type RecordTable = ExchangedTable;

export const RECORD_TABLES: readonly RecordTable[] = EXCHANGED_TABLES;

/** The rows of one table of a ledger, as plain records (attachments with their bytes). */
export function rowsOf(ledger: Ledger, table: RecordTable): readonly BaseRecord[] {
  const rows: unknown = ledger[table];
  // A ledger built before a table existed (an old fixture, a partly upgraded one) has no rows in it.
  return Array.isArray(rows) ? (rows as BaseRecord[]) : [];
}

/** A ledger with no records: what a package is built on. */
export function emptyRecords(): Ledger {
  const ledger: Record<string, unknown> = { settings: null, history: [], recordSources: [] };
  for (const table of RECORD_TABLES) ledger[table] = [];
  return ledger as unknown as Ledger;
}

/** A ledger of the given rows per table (missing tables empty), settings left out. */
export function recordsLedger(rows: Partial<Record<RecordTable, readonly BaseRecord[]>>, history: Ledger['history']): Ledger {
  const ledger = emptyRecords() as unknown as Record<string, unknown>;
  for (const table of RECORD_TABLES) ledger[table] = [...(rows[table] ?? [])];
  ledger.history = [...history];
  return ledger as unknown as Ledger;
}

export function countRecords(ledger: Ledger): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of RECORD_TABLES) counts[table] = rowsOf(ledger, table).length;
  counts.history = ledger.history.length;
  return counts;
}
