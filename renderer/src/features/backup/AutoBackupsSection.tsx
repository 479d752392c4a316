// 自动备份: in the desktop program, the folder the automatic backups go to (which the user may
// move to a second drive), the backups in it with their dates and contents, and restoring any of
// them through the same preview and confirmation as a file. In a browser there is no such folder:
// the section says so and when the last backup was downloaded.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { App, Button, Card, Space, Table, Typography } from 'antd';
import { getPlatform, type AutoBackupEntry, type AutoBackups } from '../../platform';
import { backupReminder, browserStorage, lastBackupDownload, reminderVersion, subscribeToReminder } from './backup-reminder';
import { BEFORE_RESTORE_ON_BACKUP_PAGE, describeBackupCounts, errorText, formatBackupStamp, formatBackupTime, formatFileSize } from './backup-view';
import { writeAutoBackupNow } from './auto-backup-now';
import { RestoreConfirm } from './RestoreConfirm';
import { checkBackupFile, useRestoreFlow } from './use-restore-flow';

function BrowserBackupNote() {
  useSyncExternalStore(subscribeToReminder, reminderVersion);
  const last = lastBackupDownload(browserStorage());
  const { due } = backupReminder(last, new Date());
  return (
    <Card title="自动备份" style={{ marginBottom: 16 }}>
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        浏览器模式不能自动把备份写到磁盘上，请定期点击上方的“备份整个台账”下载备份文件。
        {last ? `上次下载备份：${formatBackupTime(last.toISOString())}。` : '还没有下载过备份。'}
        {due && <Typography.Text type="warning">建议现在备份一次。</Typography.Text>}
      </Typography.Paragraph>
    </Card>
  );
}

function DesktopAutoBackups({ autoBackups }: { autoBackups: AutoBackups }) {
  const { message } = App.useApp();
  const [listing, setListing] = useState<{ folder: string; entries: readonly AutoBackupEntry[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const { chosen, offer, restore, cancel } = useRestoreFlow();

  // Bumped to read the folder again after a backup is written or the folder is changed.
  const [readCount, setReadCount] = useState(0);
  const reload = () => setReadCount((n) => n + 1);
  useEffect(() => {
    let current = true;
    autoBackups.list().then(
      (next) => current && setListing(next),
      (e: unknown) => current && message.error(`无法读取自动备份文件夹：${errorText(e)}`),
    );
    return () => {
      current = false;
    };
  }, [autoBackups, message, readCount]);

  const changeFolder = async () => {
    const folder = await autoBackups.chooseFolder();
    if (folder) {
      message.success(`自动备份将保存到：${folder}`);
      reload();
    }
  };

  const backUpNow = async () => {
    setBusy(true);
    try {
      const entry = await writeAutoBackupNow(autoBackups);
      if (entry) message.success(`已写入自动备份：${entry.name}`);
      else message.info('台账里还没有任何记录，没有写自动备份。');
      reload();
    } catch (e) {
      message.error(`自动备份失败，之前的备份不受影响：${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const offerEntry = (entry: AutoBackupEntry) =>
    void offer(entry.name, () => checkBackupFile(entry.name, () => autoBackups.read(entry.name)));

  return (
    <Card title="自动备份" style={{ marginBottom: 16 }}>
      <section aria-label="自动备份">
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            程序每天和关闭时自动备份整个台账，保留最近 30 天每天一份、最近 12 个月每月一份，每份附有校验文件。
            保存位置：<Typography.Text code>{listing?.folder ?? '…'}</Typography.Text>
          </Typography.Paragraph>
          <Space>
            <Button onClick={() => void changeFolder()}>更改保存位置</Button>
            <Button loading={busy} onClick={() => void backUpNow()}>立即自动备份一次</Button>
          </Space>
          <Table<AutoBackupEntry>
            size="small"
            rowKey="name"
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            dataSource={listing ? [...listing.entries] : []}
            locale={{ emptyText: '还没有自动备份' }}
            columns={[
              { title: '备份时间', key: 'time', render: (_, e) => formatBackupStamp(e.stamp) },
              { title: '内容', key: 'contents', render: (_, e) => describeBackupCounts(e.header?.counts) },
              { title: '大小', key: 'size', render: (_, e) => formatFileSize(e.size) },
              { title: '操作', key: 'restore', render: (_, e) => <Button size="small" onClick={() => offerEntry(e)}>用这份恢复</Button> },
            ]}
          />
          <RestoreConfirm chosen={chosen} onRestore={restore} onCancel={cancel} before={BEFORE_RESTORE_ON_BACKUP_PAGE} />
        </Space>
      </section>
    </Card>
  );
}

export function AutoBackupsSection() {
  const { autoBackups } = getPlatform();
  return autoBackups ? <DesktopAutoBackups autoBackups={autoBackups} /> : <BrowserBackupNote />;
}
