// The automatic backup of this program's ledger, written now; shared by the scheduler and the
// 立即自动备份一次 button.
import { appLedger } from '../../db/app-ledger';
import type { AutoBackupEntry, AutoBackups } from '../../platform';
import { createAutoBackupRunner, type AutoBackupRunner } from './auto-backup-runner';

const runners = new WeakMap<AutoBackups, AutoBackupRunner>();

/** One runner per folder service, so the scheduler, the close and the button never write at once. */
export function appAutoBackupRunner(autoBackups: AutoBackups): AutoBackupRunner {
  let runner = runners.get(autoBackups);
  if (!runner) {
    runner = createAutoBackupRunner({ readLedger: () => appLedger.backup.readWholeLedger(), autoBackups, now: () => new Date() });
    runners.set(autoBackups, runner);
  }
  return runner;
}

export function writeAutoBackupNow(autoBackups: AutoBackups): Promise<AutoBackupEntry | null> {
  return appAutoBackupRunner(autoBackups).runNow();
}
