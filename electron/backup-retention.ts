// Which automatic backups to keep: the newest of each of the 30 most recent days that have one,
// and the newest of each of the 12 most recent months that have one. Counting days that HAVE a
// backup (not calendar days back from today) means a PC left off for a summer still keeps a
// month of history, and a monthly copy reaches back a year for a mistake noticed late.
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

/** The names to keep; every other automatic backup may be removed. */
export function backupsToKeep(backups: readonly DatedBackup[]): Set<string> {
  return new Set([
    ...newestPerGroup(backups, (b) => b.stamp.slice(0, 8), DAILY_KEPT),
    ...newestPerGroup(backups, (b) => b.stamp.slice(0, 6), MONTHLY_KEPT),
  ]);
}
