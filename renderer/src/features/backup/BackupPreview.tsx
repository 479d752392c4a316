// What a chosen backup holds, shown before anything is written, so the user can tell it is the
// right file (the committee, when it was made, how much it holds).
import { Descriptions } from 'antd';
import type { BackupSummary } from '../../domain/backup/backup-parse';
import { formatBackupTime, formatYears } from './backup-view';

export function BackupPreview({ fileName, summary }: { fileName: string; summary: BackupSummary }) {
  const { counts } = summary;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      title="备份内容"
      items={[
        { key: 'file', label: '备份文件', children: fileName },
        { key: 'committee', label: '政协名称', children: summary.committee || '（未设置）' },
        { key: 'createdAt', label: '备份时间', children: formatBackupTime(summary.createdAt) },
        { key: 'members', label: '委员', children: `${counts.members} 人` },
        { key: 'activities', label: '活动', children: `${counts.activities} 项` },
        { key: 'attendance', label: '出勤记录', children: `${counts.attendance} 条` },
        { key: 'attachments', label: '附件', children: `${counts.attachments} 个` },
        { key: 'years', label: '年度', children: formatYears(summary.years) },
        { key: 'appVersion', label: '备份程序版本', children: summary.appVersion || '未知' },
      ]}
    />
  );
}
