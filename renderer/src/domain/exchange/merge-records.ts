// The merge rule of exchange packages: records are matched by id and, of two versions, the one
// stamped later wins — stamps compared as instants (a stamp may be written with +08:00), and
// written by each PC's ledger clock (domain/common/ledger-clock.ts), which never runs behind a
// stamp that PC has seen, so an edit made after seeing another PC's edit wins over it however
// wrong either PC's clock is. Two versions stamped at the same instant are ordered by their
// canonical text, so every PC picks the same one. Deleting only sets `deletedAt` and moves
// `updatedAt`, so a deletion travels as the record itself (a tombstone).
// Rows kept inside a record with stamps of their own (an activity's attendance rows) are merged
// row by row with the same rule (embedded-rows.ts), so two PCs adding people to one activity keep
// both. Because every step is "the winner of two versions" in a total order, merging is
// commutative, associative and idempotent — the property tests hold it to that.
import type { BaseRecord } from '../common/record';
import { canonicalJson } from './canonical-json';
import { mergeEmbeddedRows, takeEmbeddedRowsWhole } from './embedded-rows';

const at = (iso: string) => Date.parse(iso);

/** Positive when `a` wins over `b`, negative when `b` wins, 0 when they are the same version. */
export function compareVersions(a: BaseRecord, b: BaseRecord): number {
  const [ta, tb] = [at(a.updatedAt), at(b.updatedAt)];
  if (ta !== tb) return ta > tb ? 1 : -1;
  const ca = canonicalJson(a);
  const cb = canonicalJson(b);
  return ca === cb ? 0 : ca > cb ? 1 : -1;
}

export function winnerOf<T extends BaseRecord>(a: T, b: T): T {
  return compareVersions(a, b) >= 0 ? a : b;
}

/**
 * Which side's versions were read from a format-1 package (an older release), whose rows inside a
 * record had no ids or stamps of their own: its lists cannot be merged row by row, so they go
 * whole with the record's winner (embedded-rows.ts takeEmbeddedRowsWhole).
 */
export interface WholeLists {
  a?: boolean;
  b?: boolean;
}

/**
 * Two versions of one record merged: the winner's fields, its embedded stamped rows merged row by
 * row — or, when either side's lists came whole, the winner's lists whole.
 */
export function combineVersions<T extends BaseRecord>(a: T, b: T, whole: WholeLists = {}): T {
  const order = compareVersions(a, b);
  if (order === 0) return a;
  const [winner, other, winnerWhole] = order > 0 ? [a, b, whole.a] : [b, a, whole.b];
  if (winnerWhole) return takeEmbeddedRowsWhole(winner, other, winner.updatedAt);
  if (whole.a || whole.b) return winner;
  return mergeEmbeddedRows(winner, other);
}

/** Both sets merged by id, sorted by id so the result does not depend on the order of either side. */
export function mergeRecordSets<T extends BaseRecord>(local: readonly T[], incoming: readonly T[], whole: WholeLists = {}): T[] {
  const byId = new Map<string, T>(local.map((r) => [r.id, r]));
  for (const record of incoming) {
    const held = byId.get(record.id);
    byId.set(record.id, held ? combineVersions(held, record, whole) : record);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export type IncomingVerdict = 'new' | 'updated' | 'unchanged' | 'older' | 'conflict';

export interface IncomingChange<T> {
  verdict: IncomingVerdict;
  incoming: T;
  local: T | null;
  /** What the merge rule keeps when the user does not choose: the later edit, with both sides' embedded rows. */
  winner: T;
  /** Whose fields the rule keeps (the later edit). */
  winnerSide: 'local' | 'incoming';
}

/**
 * When a record reached the PC that holds it, as an instant: its stamp, or later when it came in a
 * package after it was stamped (`arrival`, that PC's clock) — a record taken from a third PC whose
 * clock stamped it long before.
 */
export function reachedAt(updatedAt: string, arrival: string | undefined): number {
  const stamped = at(updatedAt);
  return arrival === undefined ? stamped : Math.max(stamped, at(arrival));
}

/** A record's key among the versions of a package (exchange-log.ts). */
export const versionKey = (table: string, id: string) => `${table}/${id}`;

/** The versions two PCs are known to share (exchange-log.ts commonVersions). */
export interface SeenVersions {
  /** The instant of the last version of record `id` both PCs are known to hold; undefined: none known. */
  common(id: string): number | undefined;
  /** When record `id` reached the other PC, if it took it from a third PC after it was stamped (its header's `arrivedAt`, its clock). */
  arrived?(id: string): string | undefined;
  /** Whether this version of record `id` went between the two PCs before (exchange-log.ts exchangedVersions). */
  exchanged?(id: string, stamp: number): boolean;
}

/**
 * What importing `incoming` would do, before anything is written. A record both PCs changed since
 * the last version they are known to share is a conflict the user decides, shown side by side;
 * otherwise the later edit is taken or the local one kept (its rows merged either way). With
 * `versions`, this side changed the record when its version is not that shared one, and the
 * other when its version is later than it (an older one comes from a package delivered late).
 * With no shared version known: the other side if it edited after `lastSeenAt` — until when this
 * PC holds all that PC's edits (exchange-log.ts seenAllFrom), both in its clock — and this side
 * always. Without (the time rule alone, as before versions were
 * kept): edited there after `lastSeenAt`, here after both `lastSeenAt` and `lastSentAt` (this PC's
 * newest package). On a first exchange nothing is shared: any record the two hold in different
 * versions is a conflict.
 */
export function classifyIncoming<T extends BaseRecord>(
  local: readonly T[],
  incoming: readonly T[],
  lastSeenAt: string | null,
  lastSentAt: string | null = null,
  versions?: SeenVersions,
  /** The package is of format 1: its lists go whole with the winner (WholeLists). */
  incomingWhole = false,
): IncomingChange<T>[] {
  const localById = new Map(local.map((r) => [r.id, r]));
  const seen = lastSeenAt === null ? -Infinity : at(lastSeenAt);
  // What the other PC can have seen of this one, by time alone: at most this PC's last package.
  const sent = Math.max(seen, lastSentAt === null ? -Infinity : at(lastSentAt));
  return incoming.map((record): IncomingChange<T> => {
    const held = localById.get(record.id) ?? null;
    if (!held) return { verdict: 'new', incoming: record, local: null, winner: record, winnerSide: 'incoming' };
    const order = compareVersions(record, held);
    if (order === 0) return { verdict: 'unchanged', incoming: record, local: held, winner: held, winnerSide: 'local' };
    const winner = combineVersions(held, record, { b: incomingWhole });
    const winnerSide = order > 0 ? 'incoming' : 'local';
    // A format-1 package's version taken before reads differently (its rows stamped as read), but is the same edit.
    if (incomingWhole && at(record.updatedAt) === at(held.updatedAt) && canonicalJson(winner) === canonicalJson(held)) {
      return { verdict: 'unchanged', incoming: record, local: held, winner: held, winnerSide: 'local' };
    }
    const base = versions?.common(record.id);
    // A version older than the shared one is a package written before that PC took it (delivered
    // late): that PC has moved on since, and nothing in it is news.
    // With none shared, the other PC changed it if it reached that PC — edited there, or taken from
    // a third PC, whatever that one's clock — after this PC holds all that PC's edits.
    const changedThere = base === undefined ? reachedAt(record.updatedAt, versions?.arrived?.(record.id)) > seen : at(record.updatedAt) > base;
    const changedHere = versions ? base === undefined || at(held.updatedAt) !== base : at(held.updatedAt) > sent;
    // An older release's package is stamped by a plain clock, which may have been set back (a flat
    // CMOS battery): its version stamped before this PC's but never exchanged between the two may
    // be an edit made there after this PC's, which the stamps would settle out of sight. Asked.
    const setBack = incomingWhole && order < 0 && versions?.exchanged !== undefined && !versions.exchanged(record.id, at(record.updatedAt));
    if ((changedThere && changedHere) || setBack) return { verdict: 'conflict', incoming: record, local: held, winner, winnerSide };
    // The local version wins, but the package may still bring embedded rows this PC lacks.
    const changesLocal = canonicalJson(winner) !== canonicalJson(held);
    return { verdict: order > 0 || changesLocal ? 'updated' : 'older', incoming: record, local: held, winner, winnerSide };
  });
}
