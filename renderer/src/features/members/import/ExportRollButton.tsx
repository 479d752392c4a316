// 导出名册: the members in office as the office's .xlsx roll (domain/members/roll-export.ts), saved where the user chooses. The Excel
// writer is loaded on the first click so exceljs stays out of the first screen's bundle.
import { useState } from 'react';
import { App, Button } from 'antd';
import { appLedger } from '../../../db/app-ledger';
import { getPlatform, XLSX_FILTERS } from '../../../platform';
import { selectRollMembers } from '../../../domain/members/roll-export';


export function ExportRollButton() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const exportRoll = async () => {
    setBusy(true);
    try {
      const [everyone, settings] = await Promise.all([appLedger.members.listMembers(), appLedger.settings.getSettings()]);
      const committee = settings?.committee;
      const roll = selectRollMembers(everyone, committee?.name ?? '');
      if (roll.members.length === 0) {
        message.info('名册中还没有在任委员，没有可导出的内容');
        return;
      }
      const { writeRollXlsx } = await import('../../../export/xlsx/write-roll');
      const bytes = await writeRollXlsx({ title: roll.title, members: roll.members });
      // The platform makes the name safe for the file system; null means the user cancelled.
      const saved = await getPlatform().saveFile(`${committee?.shortName ?? ''}委员名册.xlsx`, bytes, XLSX_FILTERS);
      if (saved) message.success(`已导出${roll.members.length}位在任委员的名册：${saved.fileName}${roll.skippedSample ? `（未含${roll.skippedSample}位示例委员）` : ''}`);
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
