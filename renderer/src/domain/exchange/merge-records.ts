// The merge rule of exchange packages (issue 6): records are matched by id and, of two versions,
// the one edited later wins; two edits stamped at the same instant are ordered by their canonical
// text, so every PC picks the same one. Deleting only sets `deletedAt` and moves `updatedAt`, so
// a deletion travels as the record itself (a tombstone) and wins or loses like any other edit.
// Because "the winner of two versions" is a total order, merging is commutative, associative and
// idempotent: A+B = B+A, (A+B)+C = A+(B+C), A+A = A — the property tests hold it to that.
import type { BaseRecord } from '../common/record';
import { canonicalJson } from './canonical-json';

/** Positive when `a` wins over `b`, negative when `b` wins, 0 when they are the same version. */
export function compareVersions(a: BaseRecord, b: BaseRecord): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? 1 : -1;
  const ta = canonicalJson(a);
  const tb = canonicalJson(b);
  return ta === tb ? 0 : ta > tb ? 1 : -1;
}

export function winnerOf<T extends BaseRecord>(a: T, b: T): T {
  return compareVersions(a, b) >= 0 ? a : b;
}

/** Both sets merged by id, sorted by id so the result does not depend on the order of either side. */
export function mergeRecordSets<T extends BaseRecord>(local: readonly T[], incoming: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const record of [...local, ...incoming]) {
    const held = byId.get(record.id);
    byId.set(record.id, held ? winnerOf(held, record) : record);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export type IncomingVerdict = 'new' | 'updated' | 'unchanged' | 'older' | 'conflict';

export interface IncomingChange<T> {
  verdict: IncomingVerdict;
  incoming: T;
  local: T | null;
  /** What the merge rule keeps when the user does not choose (the later edit). */
  winner: T;
}

/**
 * What importing `incoming` would do, before anything is written. `lastExchangeAt` is when these
 * two PCs last exchanged (null: never): a record both sides edited after it is a conflict the user
 * decides, shown side by side; otherwise the later edit is taken or the local one kept.
 */
export function classifyIncoming<T extends BaseRecord>(
  local: readonly T[],
  incoming: readonly T[],
  lastExchangeAt: string | null,
): IncomingChange<T>[] {
  const localById = new Map(local.map((r) => [r.id, r]));
  return incoming.map((record): IncomingChange<T> => {
    const held = localById.get(record.id) ?? null;
    if (!held) return { verdict: 'new', incoming: record, local: null, winner: record };
    const order = compareVersions(record, held);
    if (order === 0) return { verdict: 'unchanged', incoming: record, local: held, winner: held };
    const since = lastExchangeAt ?? '';
    const bothEdited = held.updatedAt > since && record.updatedAt > since && lastExchangeAt !== null;
    if (bothEdited) return { verdict: 'conflict', incoming: record, local: held, winner: order > 0 ? record : held };
    return order > 0
      ? { verdict: 'updated', incoming: record, local: held, winner: record }
      : { verdict: 'older', incoming: record, local: held, winner: held };
  });
}
