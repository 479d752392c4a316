// Browser mode cannot write files on its own, so it reminds: when the last downloaded backup is
// more than a week old (or there never was one), the user is asked to download one. The date of
// the last download is kept in localStorage, beside the ledger in the same browser profile.
export const REMINDER_AFTER_DAYS = 7;
const KEY = 'cppcc-ledger:last-backup-download';

export interface SmallStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

// The banner re-reads the dates whenever a download or a snooze changes them.
let version = 0;
const listeners = new Set<() => void>();
export function subscribeToReminder(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export const reminderVersion = () => version;
function reminderChanged(): void {
  version++;
  for (const listener of listeners) listener();
}

export function recordBackupDownload(storage: SmallStorage | null, at: Date): void {
  try {
    storage?.setItem(KEY, at.toISOString());
  } catch {
    // A full or disabled localStorage only means the reminder comes again; never fail a backup for it.
  }
  reminderChanged();
}

export function lastBackupDownload(storage: SmallStorage | null): Date | null {
  const text = storage?.getItem(KEY) ?? null;
  const at = text ? new Date(text) : null;
  return at && !Number.isNaN(at.getTime()) ? at : null;
}

/** Days since the last download (null: never), and whether to remind now. */
export function backupReminder(last: Date | null, now: Date): { daysSince: number | null; due: boolean } {
  if (!last) return { daysSince: null, due: true };
  const daysSince = Math.floor((now.getTime() - last.getTime()) / 86_400_000);
  return { daysSince, due: daysSince >= REMINDER_AFTER_DAYS };
}

export function browserStorage(): SmallStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

const SNOOZE_KEY = 'cppcc-ledger:backup-reminder-snoozed-until';

export function snoozeReminder(storage: SmallStorage | null, now: Date): void {
  try {
    storage?.setItem(SNOOZE_KEY, new Date(now.getTime() + 86_400_000).toISOString());
  } catch {
    // As above: the reminder simply comes back.
  }
  reminderChanged();
}

export function reminderSnoozed(storage: SmallStorage | null, now: Date): boolean {
  const until = storage?.getItem(SNOOZE_KEY);
  return !!until && new Date(until).getTime() > now.getTime();
}
