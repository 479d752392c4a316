// On the first-run screen of the desktop program: if the automatic backups folder holds backups
// (the ledger was lost, or this is a new PC pointed at the old folder), offer them — the newest
// whole one in one click, or any of them chosen by its date and contents. Empty backups and ones
// dated after now (a clock that was wrong) are marked, and never taken as "the newest whole one".
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { backupHoldsRecords, getPlatform, type AutoBackupEntry, type AutoBackups } from '../../platform';
import { BEFORE_RESTORE_AT_FIRST_RUN, describeBackupCounts, formatBackupStamp } from './backup-view';
import { clockProblem, isFromTheFuture } from './backup-clock';
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
  const now = new Date();
  // Newest first, but a backup dated in the future goes after the others: its date is not true.
  const candidates = [...entries.filter((e) => backupHoldsRecords(e.header) && !isFromTheFuture(e.stamp, now)), ...entries.filter((e) => backupHoldsRecords(e.header) && isFromTheFuture(e.stamp, now))];
  const newest = candidates[0];
  const readEntry = (entry: AutoBackupEntry) => checkBackupFile(entry.name, () => autoBackups.read(entry.name));

  const restoreNewestGood = () =>
    void offer(newest?.name ?? '', async () => {
      const found = await findNewestGoodBackup(candidates, readEntry);
      setSkipped(found.skipped);
      setSearched(true);
      return found.chosen ?? { kind: 'refused', fileName: newest?.name ?? '', message: '自动备份文件夹中没有完好的备份可以恢复。' };
    });
  const clock = clockProblem(entries.map((e) => e.stamp), now);

  return (
    <Card style={{ marginBottom: 16 }}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert
          type="info"
          showIcon
          title={`自动备份文件夹中有 ${entries.length} 份备份`}
          description={newest ? `最新的完好备份：${formatBackupStamp(newest.stamp)}，${describeBackupCounts(newest.header?.counts)}。如果这台电脑上的台账丢失了，可以从自动备份恢复，也可以在下面按时间和内容挑一份。` : '其中没有含有记录的备份。'}
        />
        {clock && <Alert type="warning" showIcon title="电脑时钟可能不准" description={clock} />}
        {newest && <Button type="primary" onClick={restoreNewestGood}>恢复最新的完好备份</Button>}
        <Table<AutoBackupEntry>
          size="small"
          rowKey="name"
          pagination={{ pageSize: 5, hideOnSinglePage: true }}
          dataSource={[...entries]}
          aria-label="自动备份列表"
          columns={[
            {
              title: '备份时间', key: 'time', render: (_, e) => (
                <>
                  {formatBackupStamp(e.stamp)}
                  {isFromTheFuture(e.stamp, now) && <Tag color="orange" style={{ marginLeft: 8 }}>晚于现在，时钟当时可能不准</Tag>}
                </>
              ),
            },
            { title: '本会', key: 'committee', render: (_, e) => e.header?.committee || '—' },
            { title: '内容', key: 'contents', render: (_, e) => (backupHoldsRecords(e.header) ? describeBackupCounts(e.header?.counts) : <Typography.Text type="secondary">{e.header ? '空台账' : describeBackupCounts(undefined)}</Typography.Text>) },
            { title: '操作', key: 'restore', render: (_, e) => <Button size="small" onClick={() => void offer(e.name, () => readEntry(e))}>用这份恢复</Button> },
          ]}
        />
        {searched && skipped.length > 0 && (
          <Typography.Paragraph type="warning">
            已跳过损坏的备份：{skipped.map((s) => `${s.name}（${s.message}）`).join('；')}
          </Typography.Paragraph>
        )}
        <RestoreConfirm chosen={chosen} onRestore={restore} onCancel={cancel} before={BEFORE_RESTORE_AT_FIRST_RUN} />
      </Space>
    </Card>
  );
}

export function StartupRestoreOffer() {
  const { autoBackups } = getPlatform();
  return autoBackups ? <Offer autoBackups={autoBackups} /> : null;
}
