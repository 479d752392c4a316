// What a chosen backup holds, shown before anything is written, so the user can tell it is the
// right file (the committee, when it was made, how much it holds).
import { Descriptions } from 'antd';
import type { BackupSummary } from '../../domain/backup/backup-parse';
import { backupCountItems, formatBackupTime, formatYears } from './backup-view';

export function BackupPreview({ fileName, summary }: { fileName: string; summary: BackupSummary }) {
  const { counts } = summary;
  return (
    <Descriptions
      bordered
      size="small"
      column={3}
      title="备份内容"
      items={[
        { key: 'file', label: '备份文件', children: fileName },
        { key: 'committee', label: '政协名称', children: summary.committee || '（未设置）' },
        { key: 'createdAt', label: '备份时间', children: formatBackupTime(summary.createdAt) },
        // Every table the restore replaces, so nothing it brings back comes as a surprise.
        ...backupCountItems(counts).map((c) => ({ key: c.key, label: c.label, children: c.text })),
        { key: 'years', label: '年度', children: formatYears(summary.years) },
        { key: 'appVersion', label: '备份程序版本', children: summary.appVersion || '未知' },
      ]}
    />
  );
}
