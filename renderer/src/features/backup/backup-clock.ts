// Office PCs' clocks are often wrong (a flat CMOS battery, never synced offline). The automatic
// backups are named after the PC's local time, so they are the program's record of what the clock
// said before: a backup dated after now means the clock is slow now or was fast then; a gap of
// years since the last one means it is probably fast now. Either is said, so the office can fix
// the clock before it decides which backup is newest or which edit is later.
import { formatBackupStamp } from './backup-view';

/** A stamp `YYYYMMDD-HHmmss` (local time) as a Date, or null. */
export function stampToDate(stamp: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})/u.exec(stamp);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])) : null;
}

/** A few minutes' leeway: two PCs sharing a USB folder are never exactly in step. */
const LEEWAY_MS = 10 * 60 * 1000;
/** Longer than any office leaves the program unused while the clock is right. */
const YEARS_AHEAD = 2;

/** Whether a backup is dated after now (the clock was fast when it was taken, or is slow now). */
export function isFromTheFuture(stamp: string, now: Date): boolean {
  const at = stampToDate(stamp);
  return at !== null && at.getTime() - now.getTime() > LEEWAY_MS;
}

/** The warning to show, or null when the clock agrees with the backups. `stamps` in any order. */
export function clockProblem(stamps: readonly string[], now: Date): string | null {
  const dated = stamps.map((s) => ({ stamp: s, at: stampToDate(s) })).filter((d): d is { stamp: string; at: Date } => d.at !== null);
  if (dated.length === 0) return null;
  const newest = dated.reduce((a, b) => (b.at > a.at ? b : a));
  const nowText = formatBackupStamp(`${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}-${String(now.getHours()).padStart(2, '0')}${String(now.getMinutes()).padStart(2, '0')}`);
  if (newest.at.getTime() - now.getTime() > LEEWAY_MS) {
    return `有一份自动备份的时间（${formatBackupStamp(newest.stamp)}）晚于这台电脑现在的时间（${nowText}）：电脑的时钟现在慢了，或者当时快了。请核对电脑的日期和时间。`;
  }
  const ahead = new Date(newest.at);
  ahead.setFullYear(ahead.getFullYear() + YEARS_AHEAD);
  if (now > ahead) {
    return `这台电脑现在的时间（${nowText}）比最近一份自动备份（${formatBackupStamp(newest.stamp)}）晚了${YEARS_AHEAD}年以上。如果程序一直在用，说明电脑的时钟快了，请核对日期和时间。`;
  }
  return null;
}
