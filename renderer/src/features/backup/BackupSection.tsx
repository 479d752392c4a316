// 备份: the whole ledger — every record, the recycle bin and the attachments — written as one
// .cppcc-backup file where the user chooses (in a browser, a download).
import { useState } from 'react';
import { App, Button, Card, Typography } from 'antd';
import { appLedger } from '../../db/app-ledger';
import { backupFileName } from '../../domain/backup/backup-format';
import { getPlatform } from '../../platform';
import { BACKUP_FILTERS, errorText } from './backup-view';
import { makeBackupBytes } from './backup-bytes';
import { browserStorage, recordBackupDownload } from './backup-reminder';

export function BackupSection() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const backUp = async () => {
    setBusy(true);
    try {
      const ledger = await appLedger.backup.readWholeLedger();
      const createdAt = new Date();
      const name = backupFileName(ledger.settings?.committee.shortName ?? '', createdAt);
      const saved = await getPlatform().saveFile(name, await makeBackupBytes(ledger, createdAt), BACKUP_FILTERS);
      // null: the user closed the save dialog, which needs no message.
      if (saved) {
        recordBackupDownload(browserStorage(), createdAt);
        message.success(`备份已保存：${saved.fileName}`);
      }
    } catch (e) {
      message.error(`备份失败：${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="备份" style={{ marginBottom: 16 }}>
      <section aria-label="备份">
        <Typography.Paragraph>
          把整个台账（委员、活动、出勤记录、附件、字典、本会信息和回收站里的记录）保存为一个备份文件（.cppcc-backup）。
          建议每月备份一次，并把备份文件另存到U盘或其他电脑上。
        </Typography.Paragraph>
        <Button type="primary" loading={busy} onClick={() => void backUp()}>
          备份整个台账
        </Button>
      </section>
    </Card>
  );
}
