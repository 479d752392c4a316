// Rows kept inside a record (an activity's attendance and 批示, a proposal's replies, feedback,
// steps and 批示, a 社情民意's 批示, a station's work log, a pairing's deeds) carry an id and
// stamps of their own, like a record, so that two PCs' versions of one record merge row by row
// (domain/exchange/embedded-rows.ts): a row added on either PC is kept, a row taken off is a
// tombstone (deletedAt set, kept in the list) that stays off, and an edit to one row on both PCs
// is settled by that row's own stamps. Every writer of such a list — forms, domain steps, imports,
// the sample — stamps it through `stampRows` (an edited list) or `newRow` (one row added), and
// every reader shows and counts `liveRows` only.
import { z } from 'zod';
import { canonicalJson } from '../exchange/canonical-json';
import { freshStamp, type BaseRecord } from './record';

/** A row of an embedded list as stored: its own fields and its stamps. */
export type Stamped<T> = T & BaseRecord;

/** The rows not taken off the list. */
export function liveRows<T extends { deletedAt: string | null }>(rows: readonly T[]): T[] {
  return rows.filter((r) => r.deletedAt === null);
}

/** The last live row (liveRows(rows).at(-1)), found from the end without copying the list. */
export function lastLiveRow<T extends { deletedAt: string | null }>(rows: readonly T[]): T | undefined {
  for (let i = rows.length - 1; i >= 0; i--) if (rows[i]!.deletedAt === null) return rows[i];
  return undefined;
}

// Taken-off rows stay in their list for the merge, so a list's limit counts its live rows; the
// whole list, tombstones included, is held to a far larger bound that only a file built to be
// huge would pass, so a list a user kept within its limit never makes a good backup unreadable.
const KEPT_PER_LIVE = 20;

/** A stored list of stamped rows: at most `live` live rows, at most `live` × 20 rows in all. */
export function storedRowList<T extends z.ZodType<{ deletedAt: string | null }>>(row: T, live: number) {
  return z.array(row).max(live * KEPT_PER_LIVE).refine((rows) => liveRows(rows).length <= live, `不超过${live}条`);
}

/** A stored row's own fields, without its stamps. */
export type RowFields<R extends BaseRecord> = Omit<R, keyof BaseRecord>;

/** A row as a form or an import wants it: its fields, and the id of the stored row it stands for, if any. */
export type Wanted<R extends BaseRecord> = RowFields<R> & { id?: string };

/** One row added at `at` (with `id` where the writer makes its own, as the sample does). */
export function newRow<T extends object>(fields: T, at: string, id?: string): Stamped<T> {
  return { ...fields, ...freshStamp(at), ...(id === undefined ? {} : { id }) };
}

const STAMPS = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt']);

/** A row's own fields (no stamps), as text: what tells an edited row from an unchanged one. */
export function fieldsText(row: object): string {
  return canonicalJson(Object.fromEntries(Object.entries(row).filter(([k]) => !STAMPS.has(k))));
}

/**
 * The stored list after an edit that wants `wanted` as the live rows. A wanted row is the live
 * stored row it names by id, or — a row from a form or an import that carries no id — the one
 * with the same `key` (a participant's member), or else with the same fields; it keeps that
 * row's id and stamps, its `updatedAt` moved to `at` only if a field changed. A wanted row that
 * matches none is new. A live row no wanted row matches is taken off (a tombstone at `at`);
 * rows taken off before stay as they were. Live rows come first, in the wanted order.
 */
export function stampRows<R extends BaseRecord>(current: readonly R[], wanted: readonly Wanted<R>[], at: string, key?: (row: RowFields<R>) => string): R[] {
  const live = current.filter((r) => r.deletedAt === null);
  const free = new Set(live);
  const take = (row: R | undefined) => (row && free.delete(row) ? row : undefined);
  const next = wanted.map((w): R => {
    const { id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = w as Wanted<R> & Partial<BaseRecord>;
    const text = fieldsText(fields);
    const held =
      take(id === undefined ? undefined : live.find((r) => r.id === id)) ??
      take(key ? live.find((r) => free.has(r) && key(r) === key(fields as RowFields<R>)) : undefined) ??
      take(live.find((r) => free.has(r) && fieldsText(r) === text));
    if (!held) return newRow(fields, at) as RowFields<R> & BaseRecord as R;
    return fieldsText(held) === text ? held : { ...held, ...fields, updatedAt: at };
  });
  const removed = live.filter((r) => free.has(r)).map((r) => ({ ...r, deletedAt: at, updatedAt: at }));
  return [...next, ...removed, ...current.filter((r) => r.deletedAt !== null)];
}

/** The list with one row (by id) taken off at `at`; unchanged if it holds no such live row. */
export function takeOffRow<R extends BaseRecord>(rows: readonly R[], id: string, at: string): R[] {
  return rows.map((r) => (r.id === id && r.deletedAt === null ? { ...r, deletedAt: at, updatedAt: at } : r));
}
