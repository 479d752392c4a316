// What a chosen backup holds, and the confirmation before it replaces the ledger.
import { useEffect, useRef } from 'react';
import { Alert, Button, Popconfirm, Space, Spin } from 'antd';
import { BackupPreview } from './BackupPreview';
import type { ChosenBackup } from './use-restore-flow';

export interface RestoreConfirmProps {
  chosen: ChosenBackup;
  onRestore: () => Promise<void>;
  onCancel: () => void;
  /** What to do first, naming what is on this screen (the 备份 page has its 备份整个台账 button; the first run has nothing to lose). */
  before: string;
}

export function RestoreConfirm({ chosen, onRestore, onCancel, before }: RestoreConfirmProps) {
  const top = useRef<HTMLDivElement>(null);
  // The preview opens below the button that asked for it, often below the window's edge: bring it up.
  useEffect(() => {
    if (chosen.kind === 'ready' || chosen.kind === 'refused') top.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [chosen.kind]);
  if (chosen.kind === 'none') return null;
  if (chosen.kind === 'reading') return <Spin description={`正在读取并检查“${chosen.fileName}”…`}><div style={{ height: 48 }} /></Spin>;
  if (chosen.kind === 'refused') {
    return <div ref={top}><Alert type="error" showIcon title={chosen.message} description={`所选文件：${chosen.fileName}。当前台账没有任何改动。`} /></div>;
  }
  return (
    <div ref={top} style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <BackupPreview fileName={chosen.fileName} summary={chosen.summary} />
      <Alert
        type="warning"
        showIcon
        title="恢复将替换当前台账"
        description={`恢复后，当前台账的全部内容（上面列出的各项、字典和本会信息）都将被这份备份的内容替换，无法撤销。${before}`}
      />
      <Space>
        <Popconfirm title="恢复后当前台账将被替换，确定吗？" okText="确定恢复" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={onRestore}>
          <Button type="primary" danger>
            确认恢复
          </Button>
        </Popconfirm>
        <Button onClick={onCancel}>取消</Button>
      </Space>
    </div>
  );
}
