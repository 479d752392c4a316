// When the desktop program writes an automatic backup: once a day (at start, and checked every
// hour for a PC left on overnight) and when the window closes. Only one backup is written at a
// time — a close during the daily backup waits for it rather than starting a second.
import type { AutoBackupEntry, AutoBackups } from '../../platform';
import { ledgerHoldsRecords } from '../../domain/ledger/holds-records';
import type { Ledger } from '../../domain/ledger/ledger';
import { makeBackupBytes } from './backup-bytes';

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of `now` as the backups folder names it: `20261129`. */
export function localDayStamp(now: Date): string {
  return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
}

export function isDailyBackupDue(entries: readonly Pick<AutoBackupEntry, 'stamp'>[], now: Date): boolean {
  const today = localDayStamp(now);
  return !entries.some((e) => e.stamp.startsWith(today));
}

export interface AutoBackupRunner {
  /** Writes a backup unless one was taken today or the ledger is empty; resolves to what was written, or null. */
  runIfDue(): Promise<AutoBackupEntry | null>;
  /** Writes a backup now (the window is closing), or nothing (null) when the ledger is empty. */
  runNow(): Promise<AutoBackupEntry | null>;
}

export function createAutoBackupRunner(deps: { readLedger: () => Promise<Ledger>; autoBackups: AutoBackups; now: () => Date }): AutoBackupRunner {
  let inFlight: Promise<AutoBackupEntry | null> | null = null;

  const write = (): Promise<AutoBackupEntry | null> => {
    inFlight ??= (async () => {
      const at = deps.now();
      const ledger = await deps.readLedger();
      if (!ledgerHoldsRecords(ledger)) return null;
      return deps.autoBackups.write(await makeBackupBytes(ledger, at));
    })().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };

  return {
    async runIfDue() {
      if (inFlight) return inFlight;
      const { entries } = await deps.autoBackups.list();
      return isDailyBackupDue(entries, deps.now()) ? write() : null;
    },
    async runNow() {
      // A backup being written now already holds everything; wait for it and write the closing one.
      if (inFlight) await inFlight.catch(() => undefined);
      return write();
    },
  };
}
