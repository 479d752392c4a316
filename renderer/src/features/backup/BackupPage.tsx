// 备份与恢复: one file holds the whole ledger. Backing up writes it; restoring reads one back,
// shows what it holds and replaces the ledger only after the user confirms.
import { useEffect, useState } from 'react';
import { Alert, Typography } from 'antd';
import { getPlatform } from '../../platform';
import { BackupSection } from './BackupSection';
import { RestoreSection } from './RestoreSection';
import { AutoBackupsSection } from './AutoBackupsSection';
import { RestorePointCard } from './RestorePointCard';
import { BEFORE_RESTORE_ON_BACKUP_PAGE } from './backup-view';

export function BackupPage() {
  // In browser mode the browser may clear a site's data under disk pressure unless it granted
  // persistent storage; then a backup is the only safe copy, and the user must know.
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    const platform = getPlatform();
    if (platform.kind === 'browser') void platform.requestPersistentStorage().then(setPersisted);
  }, []);
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>备份与恢复</Typography.Title>
      {persisted === false && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="浏览器没有保证长期保存本台账：磁盘空间不足时，浏览器可能清除这里的数据。请定期备份，并把备份文件存到另一个磁盘或U盘。"
        />
      )}
      <RestorePointCard on="restore" />
      {/* 恢复 before the automatic backups' list, so that its file button is in view on a 1366×768 screen. */}
      <BackupSection />
      <RestoreSection before={BEFORE_RESTORE_ON_BACKUP_PAGE} />
      <AutoBackupsSection />
    </>
  );
}
