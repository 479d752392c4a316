// A ledger's tables as arrays, built table by table from the registry (ledger-tables.ts) so no
// caller lists the tables by hand. TypeScript cannot see that `LedgerArrays[T]` is
// `LedgerRows[T][]` when T is a type parameter, so writing one table's rows into a ledger under
// construction needs telling once; `putRows` is that one place, and `isWholeArrays` checks at run
// time that every table was written before the result is called a ledger.
import type { Ledger, LedgerArrays } from './ledger';
import { LEDGER_TABLE_NAMES, type LedgerRows } from './ledger-tables';

/** The tables held as arrays of rows: all but settings, whose two rows stand apart in a Ledger. */
export type ArrayTable = keyof LedgerArrays;

export const ARRAY_TABLES: readonly ArrayTable[] = LEDGER_TABLE_NAMES.filter((t): t is ArrayTable => t !== 'settings');

/** Writes one table's rows into a ledger under construction. */
export function putRows<T extends ArrayTable>(into: Partial<LedgerArrays>, table: T, rows: LedgerRows[T][]): void {
  (into as Partial<Record<T, LedgerRows[T][]>>)[table] = rows;
}

/** One table's rows; an old fixture or a partly upgraded ledger without the table has none. */
export function tableRows<T extends ArrayTable>(ledger: Partial<LedgerArrays>, table: T): readonly LedgerRows[T][] {
  const rows: readonly LedgerRows[T][] | undefined = ledger[table];
  return rows ?? [];
}

export function isWholeArrays(arrays: Partial<LedgerArrays>): arrays is LedgerArrays {
  return ARRAY_TABLES.every((t) => Array.isArray(arrays[t]));
}

/** A ledger holding `tables` (every other table empty) and no settings. */
export function ledgerOfTables(tables: Partial<LedgerArrays>): Ledger {
  const arrays: Partial<LedgerArrays> = {};
  for (const table of ARRAY_TABLES) putRows(arrays, table, [...tableRows(tables, table)]);
  if (!isWholeArrays(arrays)) throw new Error('ledgerOfTables: a table was not written');
  return { settings: null, ...arrays };
}
