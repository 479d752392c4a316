// Mounted once the ledger is set up. In the desktop program: the daily automatic backup (at
// start and checked hourly, for a PC left on overnight) and the closing backup when the window
// closes. A failure is shown, never silent, and leaves the earlier backups as they were. A clock
// that disagrees with the backups' dates is said once at start.
import { useEffect } from 'react';
import { App } from 'antd';
import { getPlatform } from '../../platform';
import { appAutoBackupRunner } from './auto-backup-now';
import { errorText } from './backup-view';
import { clockProblem } from './backup-clock';

const HOUR_MS = 60 * 60 * 1000;

export function AutomaticBackups() {
  const { notification } = App.useApp();
  useEffect(() => {
    const { autoBackups } = getPlatform();
    if (!autoBackups) return undefined;
    const runner = appAutoBackupRunner(autoBackups);
    const daily = () =>
      void runner.runIfDue().catch((e: unknown) => {
        notification.warning({ key: 'auto-backup-failed', title: '自动备份没有成功', description: `之前的备份不受影响。原因：${errorText(e)}`, duration: 0 });
      });
    daily();
    // Once a start: the PC's clock against the dates of the backups it wrote before.
    autoBackups.list().then(
      (listing) => {
        const problem = clockProblem(listing.entries.map((e) => e.stamp), new Date());
        if (problem) notification.warning({ key: 'clock-problem', title: '电脑时钟可能不准', description: problem, duration: 0 });
      },
      () => undefined,
    );
    const timer = setInterval(daily, HOUR_MS);
    autoBackups.onBeforeClose(async () => {
      await runner.runNow();
    });
    return () => clearInterval(timer);
  }, [notification]);
  return null;
}
