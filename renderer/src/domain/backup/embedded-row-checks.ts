// What the readers of a backup or an exchange package do with the rows inside a record (批示,
// replies, attendance …: ledger/embedded-lists.ts): give stamps to those an older format wrote
// without, and refuse a record whose list holds one row id twice.
import { EMBEDDED_LISTS, embeddedListsOf, withRowStamps } from '../ledger/embedded-lists';
import { TABLE_LABELS } from './field-labels';

/** A table's rows with stamps given to their embedded rows written without (formats before they had them). */
export function withRowStampsIn(table: string, rows: unknown): unknown {
  return Array.isArray(rows) ? rows.map((r: unknown) => withRowStamps(table, r)) : rows;
}

/** Within one list of one record, each row's id is its own: the merge between PCs matches rows by it. */
export function checkEmbeddedRowIds(t: object, noun: string): string | null {
  for (const table of Object.keys(EMBEDDED_LISTS)) {
    const records: unknown = Reflect.get(t, table);
    if (!Array.isArray(records)) continue;
    for (const [i, record] of (records as object[]).entries()) {
      for (const [list, rowLabel] of embeddedListsOf(table)) {
        const seen = new Set<string>();
        for (const [k, row] of ((record as Record<string, { id: string }[]>)[list] ?? []).entries()) {
          if (seen.has(row.id)) return `${noun}中第${i + 1}条${TABLE_LABELS[table]}记录的第${k + 1}条${rowLabel}的编号与前面的重复`;
          seen.add(row.id);
        }
      }
    }
  }
  return null;
}
