// Which lists inside a record are rows with stamps of their own (domain/common/row-stamps.ts),
// per table, with the Chinese name a message gives one row. The merge between PCs, the reader's
// stamp checks and the upgrade of rows written before they had stamps all read this one list.
// Lists that are not here go with their record: lists of plain values (a proposal's co-signers,
// a plan's recipients), lists keyed by a fixed set (a station's 八有 checklist by item, a
// 社情民意's adoptions by level, an evaluation's rater counts by kind) and lists nested in
// a field (an activity's 成果 titles, a proposal's assigned units and extensions, an
// evaluation's units) — two PCs editing them make the record a conflict the user settles.
import type { BaseRecord } from '../common/record';
import { canonicalJson } from '../exchange/canonical-json';
import type { LedgerTableName } from './ledger-tables';

export const EMBEDDED_LISTS = {
  activities: { participants: '参加人员', instructions: '批示' },
  proposals: { replies: '答复', feedback: '反馈意见', history: '办理记录', instructions: '批示' },
  opinions: { instructions: '批示' },
  stations: { work: '工作记录' },
  pairings: { deeds: '帮扶事项' },
} as const satisfies Partial<Record<LedgerTableName, Record<string, string>>>;

export type EmbeddedTable = keyof typeof EMBEDDED_LISTS;

/** The stamped lists of a table, each with its row's Chinese name. */
export function embeddedListsOf(table: string): [list: string, rowLabel: string][] {
  return Object.entries((EMBEDDED_LISTS as Record<string, Record<string, string>>)[table] ?? {});
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A 64-bit FNV-1a of the text as 16 hex digits: an id the same on every PC that hashes the same text. */
function hash64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) h = BigInt.asUintN(64, (h ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n);
  return h.toString(16).padStart(16, '0');
}

/**
 * A row's fields as its derived id reads them: a field holding null counts as absent, so a row
 * read from an old backup before a later field existed (a format-1 批示 has no level) and the
 * same row upgraded in a database (level: null) get the same id on every PC.
 */
function fieldsForId(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null && value !== undefined));
}

/**
 * `record` with stamps given to each row of its stamped lists that has none (written before rows
 * had them: the schema-3 upgrade, a format-2 backup, a format-1 package). Derived from the record
 * and the row alone, so two PCs that hold the same record give its rows the same ids and stamps:
 * a row keeps an id it has, else one hashed from the record's id, the list, the row's fields and
 * how many equal rows come before it; both stamps are the record's createdAt (never later than
 * anything in the file), the row live. Rows that already carry stamps, and anything not shaped
 * like a record, are left as they are for the reader to judge.
 */
export function withRowStamps<T>(table: string, record: T): T {
  if (!isPlain(record) || typeof record.id !== 'string' || typeof record.createdAt !== 'string') return record;
  let out: Record<string, unknown> | null = null;
  for (const [list] of embeddedListsOf(table)) {
    const rows = record[list];
    if (!Array.isArray(rows) || !rows.some((r) => isPlain(r) && !('createdAt' in r))) continue;
    const seen = new Map<string, number>();
    const stamped = rows.map((row: unknown) => {
      if (!isPlain(row) || 'createdAt' in row) return row;
      const text = canonicalJson(fieldsForId(row));
      const nth = (seen.get(text) ?? 0) + 1;
      seen.set(text, nth);
      const id = typeof row.id === 'string' ? row.id : `r-${hash64(`${record.id as string}\u0000${list}\u0000${text}\u0000${nth}`)}`;
      const stamps: BaseRecord = { id, createdAt: record.createdAt as string, updatedAt: record.createdAt as string, deletedAt: null };
      return { ...row, ...stamps };
    });
    out = { ...(out ?? record), [list]: stamped };
  }
  return (out ?? record) as T;
}

/**
 * The stamped lists of a record made elsewhere and written now (a previewed import is written
 * later than it was built): every row stamped `at`, like the record itself.
 */
export function restampedRows<T extends object>(table: EmbeddedTable, record: T, at: string): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [list] of embeddedListsOf(table)) {
    const rows = (record as Record<string, unknown>)[list];
    if (Array.isArray(rows)) out[list] = (rows as BaseRecord[]).map((r) => ({ ...r, createdAt: at, updatedAt: at, ...(r.deletedAt === null ? {} : { deletedAt: at }) }));
  }
  return out as Partial<T>;
}
