// On the first-run screen of the desktop program: if the automatic backups folder holds backups
// (the ledger was lost, or this is a new PC pointed at the old folder), offer the newest whole one.
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { getPlatform, type AutoBackupEntry, type AutoBackups } from '../../platform';
import { describeBackupCounts, formatBackupStamp } from './backup-view';
import { findNewestGoodBackup } from './newest-good-backup';
import { RestoreConfirm } from './RestoreConfirm';
import { checkBackupFile, useRestoreFlow } from './use-restore-flow';

function Offer({ autoBackups }: { autoBackups: AutoBackups }) {
  const [entries, setEntries] = useState<readonly AutoBackupEntry[]>([]);
  const [skipped, setSkipped] = useState<{ name: string; message: string }[]>([]);
  const [searched, setSearched] = useState(false);
  const { chosen, offer, restore, cancel } = useRestoreFlow();

  useEffect(() => {
    autoBackups.list().then((listing) => setEntries(listing.entries), () => setEntries([]));
  }, [autoBackups]);
  if (entries.length === 0) return null;
  const newest = entries[0]!;

  const restoreNewestGood = () =>
    void offer(newest.name, async () => {
      const found = await findNewestGoodBackup(entries, (entry) =>
        checkBackupFile(entry.name, () => autoBackups.read(entry.name)),
      );
      setSkipped(found.skipped);
      setSearched(true);
      return found.chosen ?? { kind: 'refused', fileName: newest.name, message: '自动备份文件夹中没有完好的备份可以恢复。' };
    });

  return (
    <Card style={{ marginBottom: 16 }}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert
          type="info"
          showIcon
          title={`自动备份文件夹中有 ${entries.length} 份备份`}
          description={`最新一份：${formatBackupStamp(newest.stamp)}，${describeBackupCounts(newest.header?.counts)}。如果这台电脑上的台账丢失了，可以从自动备份恢复。`}
        />
        <Button type="primary" onClick={restoreNewestGood}>恢复最新的完好备份</Button>
        {searched && skipped.length > 0 && (
          <Typography.Paragraph type="warning">
            已跳过损坏的备份：{skipped.map((s) => `${s.name}（${s.message}）`).join('；')}
          </Typography.Paragraph>
        )}
        <RestoreConfirm chosen={chosen} onRestore={restore} onCancel={cancel} />
      </Space>
    </Card>
  );
}

export function StartupRestoreOffer() {
  const { autoBackups } = getPlatform();
  return autoBackups ? <Offer autoBackups={autoBackups} /> : null;
}
