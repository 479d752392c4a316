// Rows kept inside a record that carry stamps of their own (an activity's attendance rows, each
// with id, createdAt, updatedAt, deletedAt) merge row by row when two versions of the record
// meet: the record's own fields come from the later version, and each row from the later version
// of that row, so people added to one activity on two PCs are all kept, and a row taken off the
// list (a tombstone) stays off. Lists whose rows carry no stamps (a proposal's replies, a
// pairing's deeds) cannot tell an added row from a removed one, so they go with the record's
// winner, and the record is a conflict shown to the user when both PCs edited it.
import type { BaseRecord } from '../common/record';
import { canonicalJson } from './canonical-json';
import { withDerivedFields, type Activity } from '../activities/activity';

type Row = BaseRecord & { memberId?: unknown };

const isStampedRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && typeof (value as Row).id === 'string' && typeof (value as Row).updatedAt === 'string' && 'deletedAt' in value;

/** The fields of a record that hold stamped rows, in both versions. */
function stampedLists(a: object, b: object): string[] {
  const keys: string[] = [];
  for (const [key, value] of Object.entries(a)) {
    const other: unknown = (b as Record<string, unknown>)[key];
    if (!Array.isArray(value) || !Array.isArray(other)) continue;
    const rows = [...(value as unknown[]), ...(other as unknown[])];
    if (rows.length > 0 && rows.every(isStampedRow)) keys.push(key);
  }
  return keys;
}

/** An activity among the records merged: the only kind whose rows feed derived fields. */
const isActivity = (record: object): record is Activity => 'participants' in record && 'memberIds' in record;

function laterRow(a: Row, b: Row): Row {
  const [ta, tb] = [Date.parse(a.updatedAt), Date.parse(b.updatedAt)];
  if (ta !== tb) return ta > tb ? a : b;
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

/**
 * The rows of both lists by id, each the later version, in the winner's order then the others'
 * by id. Two live rows for one member (each PC added the same person) keep the one with the
 * smaller id; the other is taken off the list at its own stamp, the same on every PC.
 */
function mergeRows(winner: readonly Row[], other: readonly Row[]): Row[] {
  const byId = new Map<string, Row>();
  for (const row of [...winner, ...other]) {
    const held = byId.get(row.id);
    byId.set(row.id, held ? laterRow(held, row) : row);
  }
  const first = new Set(winner.map((r) => r.id));
  const order = [...first, ...other.map((r) => r.id).filter((id) => !first.has(id)).sort()];
  const rows = order.map((id) => byId.get(id)!);
  const keeper = new Map<unknown, string>();
  for (const r of rows) {
    if (r.deletedAt !== null || r.memberId === undefined) continue;
    const held = keeper.get(r.memberId);
    if (held === undefined || r.id < held) keeper.set(r.memberId, r.id);
  }
  return rows.map((r) => (r.deletedAt === null && r.memberId !== undefined && keeper.get(r.memberId) !== r.id ? { ...r, deletedAt: r.updatedAt } : r));
}

/** `winner` with each list of stamped rows merged with `other`'s; `winner` itself when nothing changes. */
export function mergeEmbeddedRows<T extends object>(winner: T, other: T): T {
  const lists = stampedLists(winner, other);
  if (lists.length === 0) return winner;
  const merged: Record<string, unknown> = { ...(winner as Record<string, unknown>) };
  let changed = false;
  for (const key of lists) {
    const rows = mergeRows((winner as Record<string, Row[]>)[key]!, (other as Record<string, Row[]>)[key]!);
    if (canonicalJson(rows) !== canonicalJson((winner as Record<string, unknown>)[key])) changed = true;
    merged[key] = rows;
  }
  if (!changed) return winner;
  // An activity's indexed member ids are derived from its live attendance rows.
  return (isActivity(merged) ? withDerivedFields(merged) : merged) as T;
}
