// Which tables an exchange package carries: those the table registry marks `exchanged`
// (domain/ledger/ledger-tables.ts), so a table added there travels between PCs with no change
// here. Three tables are not records to merge: `settings` is this PC's own (the committee's name,
// the operator, the report layout) and never travels, `history` is merged by entry id, and
// `recordSources` (which county an imported record came from) stays on the PC that imported: the
// receiver notes the sending package's committee itself (db/exchange-repo.ts).
import type { Ledger, LedgerArrays } from '../ledger/ledger';
import { EXCHANGED_TABLES, type ExchangedTable, type LedgerRows } from '../ledger/ledger-tables';
import { ledgerOfTables, tableRows } from '../ledger/ledger-arrays';

export type RecordTable = ExchangedTable;

export const RECORD_TABLES: readonly RecordTable[] = EXCHANGED_TABLES;

/** The rows of one table of a ledger (none when a ledger built before the table existed lacks it). */
export function rowsOf<T extends RecordTable>(ledger: Ledger, table: T): readonly LedgerRows[T][] {
  return tableRows(ledger, table);
}

/** A ledger with no records: what a package is built on. */
export function emptyRecords(): Ledger {
  return ledgerOfTables({});
}

/** A ledger of the given rows per table (missing tables empty), settings left out. */
export function recordsLedger(rows: Partial<Pick<LedgerArrays, RecordTable>>, history: Ledger['history']): Ledger {
  return ledgerOfTables({ ...rows, history: [...history] });
}

export function countRecords(ledger: Ledger): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of RECORD_TABLES) counts[table] = rowsOf(ledger, table).length;
  counts.history = ledger.history.length;
  return counts;
}
