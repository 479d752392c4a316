// Browser mode only: a banner on every screen when no backup was downloaded in the last week.
// "明天再提醒" hides it for a day; downloading a backup hides it for a week.
import { useSyncExternalStore } from 'react';
import { Alert, Button, Space } from 'antd';
import { getPlatform } from '../../platform';
import { backupReminder, browserStorage, lastBackupDownload, reminderSnoozed, reminderVersion, snoozeReminder, subscribeToReminder } from './backup-reminder';

export function BackupReminderBanner({ onGoToBackup }: { onGoToBackup: () => void }) {
  useSyncExternalStore(subscribeToReminder, reminderVersion);
  if (getPlatform().autoBackups) return null;
  const storage = browserStorage();
  const now = new Date();
  const { due, daysSince } = backupReminder(lastBackupDownload(storage), now);
  if (!due || reminderSnoozed(storage, now)) return null;
  return (
    <Alert
      type="info"
      banner
      title={daysSince === null ? '这个浏览器里的台账还没有下载过备份。浏览器模式不会自动备份，请下载一份备份文件存到U盘或另一个磁盘。' : `距上次下载备份已有 ${daysSince} 天，请再下载一份备份文件。`}
      action={
        <Space>
          <Button size="small" type="primary" onClick={onGoToBackup}>去备份</Button>
          <Button size="small" onClick={() => snoozeReminder(storage, now)}>明天再提醒</Button>
        </Space>
      }
    />
  );
}
