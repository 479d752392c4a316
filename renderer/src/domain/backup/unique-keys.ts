// One check, for every table of the registry (ledger/ledger-tables.ts), that a backup or an
// exchange package holds each record once: the database keys a table by its rows' ids (record
// sources by the table and record they name), so a repeated key would only fail inside the
// restore's transaction, with a library's message naming no row. Here it is refused before the
// database is touched, with the table's Chinese name, the row's place and its key.
import { LEDGER_TABLES, LEDGER_TABLE_NAMES, tableLabel, type LedgerTableName } from '../ledger/ledger-tables';
import { sourceKey, type RecordSource } from '../ledger/record-source';

/** A row as the database keys it: by its id, or (a record source) by the record it names. */
type KeyedRow = { readonly id: string } | Pick<RecordSource, 'table' | 'recordId'>;

/** The row's key in its store, as text that sorts as the store does. */
export function primaryKeyOf(row: KeyedRow): string {
  return keyOf(row).key;
}

function keyOf(row: KeyedRow): { key: string; shown: string } {
  if ('id' in row) return { key: row.id, shown: `编号（${row.id}）` };
  return { key: sourceKey(row.table, row.recordId), shown: `所指记录（${tableLabel(row.table)} ${row.recordId}）` };
}

/** 第N条委员记录, but 第N条修改记录 (not 修改记录记录). */
function recordsOf(table: LedgerTableName): string {
  const label = LEDGER_TABLES[table].label;
  return label.endsWith('记录') ? label : `${label}记录`;
}

/** `noun`: 备份文件 or 交换包, as the message's first words. A table left out has no rows to check. */
export function checkUniqueKeys(tables: { readonly [T in LedgerTableName]?: readonly KeyedRow[] }, noun: string): string | null {
  for (const table of LEDGER_TABLE_NAMES) {
    const rows = tables[table] ?? [];
    const seen = new Set<string>();
    // Indexed: the history alone is tens of thousands of rows in a ten-year ledger.
    for (let i = 0; i < rows.length; i++) {
      const { key, shown } = keyOf(rows[i]!);
      if (seen.has(key)) return `${noun}中第${i + 1}条${recordsOf(table)}的${shown}与前面的记录重复`;
      seen.add(key);
    }
  }
  return null;
}
