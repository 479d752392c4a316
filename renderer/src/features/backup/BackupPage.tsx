// 备份与恢复: one file holds the whole ledger. Backing up writes it; restoring reads one back,
// shows what it holds and replaces the ledger only after the user confirms.
import { Typography } from 'antd';
import { BackupSection } from './BackupSection';
import { RestoreSection } from './RestoreSection';

export function BackupPage() {
  return (
    <>
      <Typography.Title level={4}>备份与恢复</Typography.Title>
      <BackupSection />
      <RestoreSection />
    </>
  );
}
