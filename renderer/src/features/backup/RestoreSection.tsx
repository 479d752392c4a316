// 恢复: choose a backup file, see what it holds, and only then, after a confirmation, replace the
// whole ledger with it. A bad file is refused with the parser's message and nothing is written;
// the write itself is one transaction, so a failure half-way leaves the current ledger as it was.
import { useRef, type ChangeEvent } from 'react';
import { Button, Card, Space, Typography } from 'antd';
import { fileSizeProblem } from '../../platform/ipc-contract';
import { BACKUP_FILTERS } from './backup-view';
import { RestoreConfirm } from './RestoreConfirm';
import { checkBackupFile, useRestoreFlow, type ChosenBackup } from './use-restore-flow';

const ACCEPT = BACKUP_FILTERS.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',');

function readBackupFile(file: File): Promise<ChosenBackup> {
  const tooBig = fileSizeProblem(file.size);
  if (tooBig) return Promise.resolve({ kind: 'refused', fileName: file.name, message: `无法用这个文件恢复：${tooBig}` });
  return checkBackupFile(file.name, async () => new Uint8Array(await file.arrayBuffer()));
}

/** `before`: the advice the confirmation gives, naming what is on the screen that shows it. */
export function RestoreSection({ before }: { before: string }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const { chosen, offer, restore, cancel } = useRestoreFlow();

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it, say) is noticed.
    event.target.value = '';
    if (file) void offer(file.name, () => readBackupFile(file));
  };

  return (
    // The file button is on the card's title line: in view even when the card starts low on a small screen.
    <section aria-label="恢复">
      <Card title="恢复" style={{ marginBottom: 16 }} extra={(
        <Button onClick={() => inputRef.current?.click()} disabled={chosen.kind === 'reading'}>
          选择备份文件
        </Button>
      )}>
        <input
          ref={inputRef}
          type="file"
          accept={ACCEPT}
          data-testid="restore-file-input"
          aria-label="选择备份文件"
          style={{ display: 'none' }}
          onChange={onFileChosen}
        />
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            从备份文件恢复整个台账。选择文件后会先显示备份的内容，确认后才会恢复。
          </Typography.Paragraph>
          <RestoreConfirm chosen={chosen} onRestore={restore} onCancel={cancel} before={before} />
        </Space>
      </Card>
    </section>
  );
}
