// What a chosen backup holds, and the confirmation before it replaces the ledger.
import { Alert, Button, Popconfirm, Space, Spin } from 'antd';
import { BackupPreview } from './BackupPreview';
import type { ChosenBackup } from './use-restore-flow';

export function RestoreConfirm({ chosen, onRestore, onCancel }: { chosen: ChosenBackup; onRestore: () => Promise<void>; onCancel: () => void }) {
  if (chosen.kind === 'none') return null;
  if (chosen.kind === 'reading') return <Spin description={`正在读取并检查“${chosen.fileName}”…`}><div style={{ height: 48 }} /></Spin>;
  if (chosen.kind === 'refused') {
    return <Alert type="error" showIcon title={chosen.message} description={`所选文件：${chosen.fileName}。当前台账没有任何改动。`} />;
  }
  return (
    <>
      <BackupPreview fileName={chosen.fileName} summary={chosen.summary} />
      <Alert
        type="warning"
        showIcon
        title="恢复将替换当前台账"
        description="恢复后，当前台账中的全部委员、活动、出勤记录、附件、字典和本会信息都将被这份备份的内容替换，无法撤销。建议先点击上方的“备份整个台账”，保存一份当前台账的备份。"
      />
      <Space>
        <Popconfirm title="恢复后当前台账将被替换，确定吗？" okText="确定恢复" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={onRestore}>
          <Button type="primary" danger>
            确认恢复
          </Button>
        </Popconfirm>
        <Button onClick={onCancel}>取消</Button>
      </Space>
    </>
  );
}
