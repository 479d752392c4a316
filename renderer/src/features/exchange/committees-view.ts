// What 各政协记录 shows: a column for each kind of record some committee has, labelled as backups
// name the tables (委员, 活动, 提案 …), in the ledger's table order.
import type { CommitteeCount } from '../../domain/exchange/committee-ledger';
import { COMMITTEE_TABLES } from '../../domain/exchange/committee-ledger';
import type { RecordTable } from '../../domain/exchange/exchange-tables';
import { TABLE_LABELS } from '../../domain/backup/field-labels';

export function committeeColumns(committees: readonly CommitteeCount[]): { table: RecordTable; label: string }[] {
  return COMMITTEE_TABLES.filter((t) => committees.some((c) => (c.counts[t] ?? 0) > 0)).map((table) => ({ table, label: TABLE_LABELS[table] ?? table }));
}
