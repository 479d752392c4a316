// 导出名册: every live member as the office's .xlsx roll, saved where the user chooses. The Excel
// writer is loaded on the first click so exceljs stays out of the first screen's bundle.
import { useState } from 'react';
import { App, Button } from 'antd';
import { appLedger } from '../../../db/app-ledger';
import { getPlatform } from '../../../platform';

const XLSX_FILTERS = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

export function ExportRollButton() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const exportRoll = async () => {
    setBusy(true);
    try {
      const [everyone, settings] = await Promise.all([appLedger.members.listMembers(), appLedger.settings.getSettings()]);
      // Fictional sample members never go into a roll the office sends out; a ledger holding only
      // the sample exports it under a title that says so.
      const real = everyone.filter((m) => !m.isSample);
      const onlySample = real.length === 0 && everyone.length > 0;
      const members = onlySample ? everyone : real;
      const skipped = everyone.length - members.length;
      if (members.length === 0) {
        message.info('名册中还没有委员，没有可导出的内容');
        return;
      }
      const { writeRollXlsx } = await import('../../../export/xlsx/write-roll');
      const committee = settings?.committee;
      const bytes = await writeRollXlsx({ title: `${committee?.name ?? ''}委员名册${onlySample ? '（示例数据）' : ''}`, members });
      // The platform makes the name safe for the file system; null means the user cancelled.
      const saved = await getPlatform().saveFile(`${committee?.shortName ?? ''}委员名册.xlsx`, bytes, XLSX_FILTERS);
      if (saved) message.success(`已导出${members.length}位委员的名册：${saved.fileName}${skipped ? `（未含${skipped}位示例委员）` : ''}`);
    } catch (e) {
      message.error(`导出名册失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button loading={busy} onClick={() => void exportRoll()}>
      导出名册
    </Button>
  );
}
