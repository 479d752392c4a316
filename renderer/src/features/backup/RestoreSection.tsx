// 恢复: choose a backup file, see what it holds, and only then, after a confirmation, replace the
// whole ledger with it. A bad file is refused with the parser's message and nothing is written;
// the write itself is one transaction, so a failure half-way leaves the current ledger as it was.
import { useRef, useState, type ChangeEvent } from 'react';
import { Alert, App, Button, Card, Popconfirm, Space, Spin, Typography } from 'antd';
import { appLedger } from '../../db/app-ledger';
import { parseBackup, type BackupSummary } from '../../domain/backup/backup-parse';
import type { Ledger } from '../../domain/ledger/ledger';
import { fileSizeProblem } from '../../platform/ipc-contract';
import { BackupPreview } from './BackupPreview';
import { useYearStore } from '../../app/stores/year-store';
import { BACKUP_FILTERS, errorText } from './backup-view';

type Chosen =
  | { kind: 'none' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; fileName: string; message: string }
  | { kind: 'ready'; fileName: string; ledger: Ledger; summary: BackupSummary };

const ACCEPT = BACKUP_FILTERS.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',');

async function readBackupFile(file: File): Promise<Chosen> {
  const tooBig = fileSizeProblem(file.size);
  if (tooBig) return { kind: 'refused', fileName: file.name, message: `无法用这个文件恢复：${tooBig}` };
  const parsed = await parseBackup(await file.text());
  return parsed.ok
    ? { kind: 'ready', fileName: file.name, ledger: parsed.ledger, summary: parsed.summary }
    : { kind: 'refused', fileName: file.name, message: parsed.message };
}

export function RestoreSection() {
  const { message } = App.useApp();
  const inputRef = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<Chosen>({ kind: 'none' });
  // Only the file chosen last may fill the preview, even if an earlier one finishes reading later.
  const latestPick = useRef(0);

  const onFileChosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it, say) is noticed.
    event.target.value = '';
    if (!file) return;
    const pick = ++latestPick.current;
    setChosen({ kind: 'reading', fileName: file.name });
    let next: Chosen;
    try {
      next = await readBackupFile(file);
    } catch (e) {
      next = { kind: 'refused', fileName: file.name, message: `无法读取这个文件：${errorText(e)}` };
    }
    if (pick === latestPick.current) setChosen(next);
  };

  const restore = async () => {
    if (chosen.kind !== 'ready') return;
    try {
      await appLedger.backup.replaceWholeLedger(chosen.ledger);
      // Show a year the restored ledger has, so its records are on screen at once.
      const { year, yearSelected } = useYearStore.getState();
      const newest = chosen.summary.years[0];
      if (newest !== undefined && !chosen.summary.years.includes(year)) yearSelected(newest);
      setChosen({ kind: 'none' });
      message.success('已从备份恢复台账');
    } catch (e) {
      message.error(`恢复失败，当前台账没有改动：${errorText(e)}`);
    }
  };

  return (
    <Card title="恢复">
      <section aria-label="恢复">
        <input
          ref={inputRef}
          type="file"
          accept={ACCEPT}
          data-testid="restore-file-input"
          aria-label="选择备份文件"
          style={{ display: 'none' }}
          onChange={(e) => void onFileChosen(e)}
        />
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            从备份文件恢复整个台账。选择文件后会先显示备份的内容，确认后才会恢复。
          </Typography.Paragraph>
          <Button onClick={() => inputRef.current?.click()} disabled={chosen.kind === 'reading'}>
            选择备份文件
          </Button>
          {chosen.kind === 'reading' && <Spin description={`正在读取并检查“${chosen.fileName}”…`}><div style={{ height: 48 }} /></Spin>}
          {chosen.kind === 'refused' && (
            <Alert
              type="error"
              showIcon
              title={chosen.message}
              description={`所选文件：${chosen.fileName}。当前台账没有任何改动。`}
            />
          )}
          {chosen.kind === 'ready' && (
            <>
              <BackupPreview fileName={chosen.fileName} summary={chosen.summary} />
              <Alert
                type="warning"
                showIcon
                title="恢复将替换当前台账"
                description="恢复后，当前台账中的全部委员、活动、出勤记录、附件、字典和本会信息都将被这份备份的内容替换，无法撤销。建议先点击上方的“备份整个台账”，保存一份当前台账的备份。"
              />
              <Space>
                <Popconfirm
                  title="恢复后当前台账将被替换，确定吗？"
                  okText="确定恢复"
                  okButtonProps={{ danger: true }}
                  cancelText="取消"
                  onConfirm={restore}
                >
                  <Button type="primary" danger>
                    确认恢复
                  </Button>
                </Popconfirm>
                <Button onClick={() => setChosen({ kind: 'none' })}>取消</Button>
              </Space>
            </>
          )}
        </Space>
      </section>
    </Card>
  );
}
