// Every time stamp a ledger file holds — each record's createdAt / updatedAt / deletedAt, those of
// the rows inside a record (attendance, 批示, replies …: ledger/embedded-lists.ts), the settings' updatedAt and each history entry's
// time — compared as instants, never as text (a stamp may be written with +08:00). A file is made
// after everything in it, so a writer stamps the file at least as late as its latest record
// (latestStamp), and a reader refuses a record stamped after the file (stampAfterFile): such a
// record would win every merge for ever.
import type { Ledger } from '../ledger/ledger';
import { TABLE_LABELS } from './field-labels';
import { embeddedListsOf } from '../ledger/embedded-lists';

type Stamped = { createdAt?: unknown; updatedAt?: unknown; deletedAt?: unknown };

const STAMP_FIELDS = [['createdAt', '创建时间'], ['updatedAt', '修改时间'], ['deletedAt', '删除时间']] as const;

/** The instant of an ISO stamp, NaN when it is none. */
export const instant = (iso: string): number => Date.parse(iso);

/**
 * Each stamped row of the ledger, embedded rows (attendance, 批示 …) included, with a way to say where it
 * is — made only when asked (a message), not for each of the tens of thousands of rows. `visit`
 * returns false to stop.
 */
function eachStampedRow(ledger: Ledger, visit: (row: Stamped, where: () => string) => boolean): void {
  for (const [table, label] of Object.entries(TABLE_LABELS)) {
    if (table === 'history' || table === 'recordSources') continue;
    // A file being checked may lack a table (an older format): read by name, not trusted to be there.
    const rows: unknown = table === 'settings' ? [ledger.settings, ledger.scoreRules].filter(Boolean) : Reflect.get(ledger, table);
    if (!Array.isArray(rows)) continue;
    const stamped = rows as (Stamped & Record<string, unknown>)[];
    const lists = embeddedListsOf(table);
    for (let i = 0; i < stamped.length; i++) {
      const row = stamped[i]!;
      if (!visit(row, () => `第${i + 1}条${label}记录`)) return;
      for (const [list, rowLabel] of lists) {
        const inner = row[list];
        if (!Array.isArray(inner)) continue;
        const listed = inner as Stamped[];
        for (let k = 0; k < listed.length; k++) {
          if (!visit(listed[k]!, () => `第${i + 1}条${label}记录的第${k + 1}条${rowLabel}`)) return;
        }
      }
    }
  }
}

/** The latest instant stamped anywhere in the ledger (-Infinity for an empty one). */
export function latestStamp(ledger: Ledger): number {
  let latest = -Infinity;
  eachStampedRow(ledger, (row) => {
    for (const [field] of STAMP_FIELDS) {
      const value = row[field];
      if (typeof value === 'string') latest = Math.max(latest, instant(value));
    }
    return true;
  });
  for (const e of ledger.history) latest = Math.max(latest, instant(e.at));
  return latest;
}

/** `at`, or later if the ledger holds a later stamp: when a file of this ledger may say it was made. */
export function fileStamp(ledger: Ledger, at: string): string {
  const latest = latestStamp(ledger);
  return latest > instant(at) ? new Date(latest).toISOString() : at;
}

/** The first stamp later than the file's own `createdAt`, as a message, or null. */
export function stampAfterFile(ledger: Ledger, createdAt: string, noun: string): string | null {
  const made = instant(createdAt);
  let late: string | null = null;
  eachStampedRow(ledger, (row, where) => {
    for (const [field, label] of STAMP_FIELDS) {
      const value = row[field];
      if (typeof value === 'string' && instant(value) > made) {
        late = `${noun}中${where()}的“${label}”（${value}）晚于${noun}的生成时间（${createdAt}），日期超出范围：请检查写出它的电脑的日期`;
        return false;
      }
    }
    return true;
  });
  if (late) return late;
  for (const [i, e] of ledger.history.entries()) {
    if (instant(e.at) > made) return `${noun}中第${i + 1}条修改记录的时间（${e.at}）晚于${noun}的生成时间（${createdAt}），日期超出范围：请检查写出它的电脑的日期`;
  }
  return null;
}
