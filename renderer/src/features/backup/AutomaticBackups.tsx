// Mounted once the ledger is set up. In the desktop program: the daily automatic backup (at
// start and checked hourly, for a PC left on overnight) and the closing backup when the window
// closes. A failure is shown, never silent, and leaves the earlier backups as they were.
import { useEffect } from 'react';
import { App } from 'antd';
import { getPlatform } from '../../platform';
import { appAutoBackupRunner } from './auto-backup-now';
import { errorText } from './backup-view';

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
    const timer = setInterval(daily, HOUR_MS);
    autoBackups.onBeforeClose(async () => {
      await runner.runNow();
    });
    return () => clearInterval(timer);
  }, [notification]);
  return null;
}
