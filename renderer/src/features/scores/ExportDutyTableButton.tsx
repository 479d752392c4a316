// 导出统计表: the year's 委员履职情况统计表 as .xlsx, saved where the user chooses. The Excel writer
// is loaded on the first click so exceljs stays out of the screen's bundle.
import { useState } from 'react';
import { App, Button } from 'antd';
import { appLedger } from '../../db/app-ledger';
import { getPlatform, XLSX_FILTERS } from '../../platform';
import { dutyTableTitle, rowsForExport } from '../../domain/scores/duty-table';


export function ExportDutyTableButton({ year }: { year: number }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const exportTable = async () => {
    setBusy(true);
    try {
      const [table, settings] = await Promise.all([appLedger.scores.loadDutyTable(year), appLedger.settings.getSettings()]);
      const { rows, onlySample, skipped } = rowsForExport(table.rows);
      if (rows.length === 0) {
        message.info(`${year}年度没有在任委员，没有可导出的内容`);
        return;
      }
      const { writeDutyTableXlsx } = await import('../../export/xlsx/write-duty-table');
      const bytes = await writeDutyTableXlsx({ title: dutyTableTitle(settings?.committee.name ?? '', year, onlySample), rows });
      const saved = await getPlatform().saveFile(`${settings?.committee.shortName ?? ''}${year}年度委员履职情况统计表.xlsx`, bytes, XLSX_FILTERS);
      if (saved) message.success(`已导出${rows.length}位委员的履职情况：${saved.fileName}${skipped ? `（未含${skipped}位示例委员）` : ''}`);
    } catch (e) {
      message.error(`导出统计表失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button loading={busy} onClick={() => void exportTable()}>
      导出统计表
    </Button>
  );
}
