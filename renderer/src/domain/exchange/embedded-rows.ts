// Rows kept inside a record that carry stamps of their own (ledger/embedded-lists.ts: attendance,
// 批示, a proposal's replies, feedback and steps, a station's work log, a pairing's deeds — each
// with id, createdAt, updatedAt, deletedAt) merge row by row when two versions of the record
// meet: the record's own fields come from the later version, and each row from the later version
// of that row (the record rule of merge-records.ts, on the row's stamps), so rows added on two
// PCs are all kept, and a row taken off the list (a tombstone) stays off. A version read from a
// format-1 package (an older release: rows without ids or stamps of their own, given them as it is
// read) cannot say which rows it added, edited or took off, so its lists go whole with the record's
// winner (takeEmbeddedRowsWhole). Other lists (plain
// values, lists keyed by a fixed set, lists nested in a field) go with the record's winner, and
// the record is a conflict shown to the user when both PCs edited it.
import type { BaseRecord } from '../common/record';
import { canonicalJson } from './canonical-json';
import { fieldsText } from '../common/row-stamps';
import { withDerivedFields, type Activity } from '../activities/activity';

type Row = BaseRecord & { memberId?: unknown };

const isStampedRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && typeof (value as Row).id === 'string' && typeof (value as Row).createdAt === 'string' && typeof (value as Row).updatedAt === 'string' && 'deletedAt' in value;

/** The fields of a record that hold stamped rows, in both versions: merged row by row, never a question to ask. */
export function stampedLists(a: object, b: object): string[] {
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

/**
 * Of two versions of one row, the later edit; at the same instant a row taken off wins (so a row
 * taken off below, at its own stamp, stays off), then the greater canonical text.
 */
function laterRow(a: Row, b: Row): Row {
  const [ta, tb] = [Date.parse(a.updatedAt), Date.parse(b.updatedAt)];
  if (ta !== tb) return ta > tb ? a : b;
  if ((a.deletedAt === null) !== (b.deletedAt === null)) return a.deletedAt === null ? b : a;
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

/**
 * The rows of both lists by id, each the later version. When that is the winner's list already
 * (the other side brought nothing new) it stays as it is, in its order; otherwise the rows go in
 * the order they were added (createdAt, then their place in the lists, then id), which does not depend on which version won — so
 * merging is commutative and idempotent. Two live rows for one member (each PC added the same
 * person) keep the one with the smaller id; the other is taken off the list at its own stamp, the
 * same on every PC.
 */
function mergeRows(winner: readonly Row[], other: readonly Row[]): Row[] {
  const byId = new Map<string, Row>();
  for (const row of [...winner, ...other]) {
    const held = byId.get(row.id);
    byId.set(row.id, held ? laterRow(held, row) : row);
  }
  const own = new Map(winner.map((r) => [r.id, canonicalJson(r)]));
  if (own.size === byId.size && [...byId.values()].every((r) => own.get(r.id) === canonicalJson(r)) && !hasTwin(winner)) return [...winner];
  const added = (r: Row) => Date.parse(r.createdAt);
  // Rows stamped at one instant (a list upgraded from before rows had stamps, an import) keep the
  // order both lists give them: each row's earliest place in either list, the same whichever won.
  const place = new Map<string, number>();
  for (const list of [winner, other]) list.forEach((r, i) => place.set(r.id, Math.min(place.get(r.id) ?? i, i)));
  const at = (r: Row) => place.get(r.id)!;
  const rows = [...byId.values()].sort((a, b) => added(a) - added(b) || at(a) - at(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const keeper = new Map<unknown, string>();
  for (const r of rows) {
    if (r.deletedAt !== null || r.memberId === undefined) continue;
    const held = keeper.get(r.memberId);
    if (held === undefined || r.id < held) keeper.set(r.memberId, r.id);
  }
  return rows.map((r) => (r.deletedAt === null && r.memberId !== undefined && keeper.get(r.memberId) !== r.id ? { ...r, deletedAt: r.updatedAt } : r));
}

/** Whether two live rows name one member (each PC added the same person). */
function hasTwin(rows: readonly Row[]): boolean {
  const seen = new Set<unknown>();
  for (const r of rows) {
    if (r.deletedAt !== null || r.memberId === undefined) continue;
    if (seen.has(r.memberId)) return true;
    seen.add(r.memberId);
  }
  return false;
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

/**
 * The rows of `wanted` (a winning version's list, taken whole) as rows of `held` (the list it
 * replaces), changed at `at`: a row both hold with the same fields keeps its stamps, one edited or
 * new is stamped `at` (keeping the id it came with, the same on every PC that reads the same
 * package), and a live row `wanted` lacks is taken off at `at` — a tombstone, so a PC that merges
 * this list row by row later does not bring it back.
 */
function wholeRows(wanted: readonly Row[], held: readonly Row[], at: string): Row[] {
  const heldById = new Map(held.map((r) => [r.id, r]));
  const live = wanted.filter((r) => r.deletedAt === null);
  const ids = new Set(live.map((r) => r.id));
  const next = live.map((w): Row => {
    const h = heldById.get(w.id);
    if (h && h.deletedAt === null && fieldsText(h) === fieldsText(w)) return h;
    return { ...w, createdAt: h?.createdAt ?? at, updatedAt: at, deletedAt: null };
  });
  const off = held.filter((r) => !ids.has(r.id)).map((r) => (r.deletedAt === null ? { ...r, deletedAt: at, updatedAt: at } : r));
  return [...next, ...off];
}

/**
 * `winner` (a version whose lists come whole: read from a format-1 package) with each list of
 * stamped rows taken whole from it, written as rows of `other`'s list changed at `at`.
 */
export function takeEmbeddedRowsWhole<T extends object>(winner: T, other: T, at: string): T {
  const lists = stampedLists(winner, other);
  if (lists.length === 0) return winner;
  const out: Record<string, unknown> = { ...(winner as Record<string, unknown>) };
  for (const key of lists) out[key] = wholeRows((winner as Record<string, Row[]>)[key]!, (other as Record<string, Row[]>)[key]!, at);
  return (isActivity(out) ? withDerivedFields(out) : out) as T;
}

/**
 * `record` with each list of stamped rows as a person reads it — the live rows' own fields, no
 * ids or stamps — so two versions whose lists went whole (above) can be compared for a conflict.
 */
export function listsAsRead<T extends object>(record: T, lists: readonly string[]): T {
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const key of lists) {
    out[key] = ((record as Record<string, Row[]>)[key] ?? []).filter((r) => r.deletedAt === null)
      .map(({ id: _i, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields }) => fields);
  }
  return out as T;
}
