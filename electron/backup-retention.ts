// Which automatic backups to keep: the newest of each of the 30 most recent days that have one,
// and the newest of each of the 12 most recent months that have one. Counting days that HAVE a
// backup (not calendar days back from today) means a PC left off for a summer still keeps a
// month of history, and a monthly copy reaches back a year for a mistake noticed late.
//
// A backup stamped on a day after today was written while the PC's clock ran ahead (a flat CMOS
// battery, a wrong year typed in). Taken at its word it would be "the newest" for ever and hold a
// daily and a monthly slot until that date came. It is trusted last instead: listed after every
// backup of a sane date, and kept only while there are fewer than 30 days of those.
export const DAILY_KEPT = 30;
export const MONTHLY_KEPT = 12;

export interface DatedBackup {
  readonly name: string;
  /** Local wall-clock stamp from the file name, `YYYYMMDD-HHmmss`; sorts as time does. */
  readonly stamp: string;
}

/**
 * Newest first: by time taken; of two taken in the same second the later one has a suffix
 * (`…-173005-1`), so the longer name is newer.
 */
export function newestFirst(a: DatedBackup, b: DatedBackup): number {
  if (a.stamp !== b.stamp) return a.stamp < b.stamp ? 1 : -1;
  if (a.name.length !== b.name.length) return b.name.length - a.name.length;
  return a.name < b.name ? 1 : a.name > b.name ? -1 : 0;
}

/** Whether the backup's day is after today's (both local wall-clock stamps). */
export function isFromTheFuture(backup: DatedBackup, nowStamp: string): boolean {
  return backup.stamp.slice(0, 8) > nowStamp.slice(0, 8);
}

/** Newest first among backups of sane dates; those stamped after today come last, newest first. */
export function trustedNewestFirst(nowStamp: string): (a: DatedBackup, b: DatedBackup) => number {
  return (a, b) => Number(isFromTheFuture(a, nowStamp)) - Number(isFromTheFuture(b, nowStamp)) || newestFirst(a, b);
}

function newestPerGroup(backups: readonly DatedBackup[], groupOf: (b: DatedBackup) => string, groups: number): string[] {
  const newest = new Map<string, DatedBackup>();
  for (const backup of backups) {
    const key = groupOf(backup);
    const held = newest.get(key);
    if (!held || newestFirst(backup, held) < 0) newest.set(key, backup);
  }
  return [...newest.entries()]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .slice(0, groups)
    .map(([, backup]) => backup.name);
}

/** The names to keep at `nowStamp` (the clock's reading now, same form); every other may be removed. */
export function backupsToKeep(backups: readonly DatedBackup[], nowStamp: string): Set<string> {
  const sane = backups.filter((b) => !isFromTheFuture(b, nowStamp));
  const daily = newestPerGroup(sane, (b) => b.stamp.slice(0, 8), DAILY_KEPT);
  // Backups from a clock that ran ahead fill only the daily slots sane days leave free.
  const future = newestPerGroup(backups.filter((b) => isFromTheFuture(b, nowStamp)), (b) => b.stamp.slice(0, 8), DAILY_KEPT - daily.length);
  return new Set([...daily, ...future, ...newestPerGroup(sane, (b) => b.stamp.slice(0, 6), MONTHLY_KEPT)]);
}
