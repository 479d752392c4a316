// 导出一览表 / 导入一览表 on the proposals list: the 提案办理情况一览表 of the chosen session or of
// its whole year as .xlsx, saved where the user chooses, and the import of an office's existing
// table. The Excel writer is loaded on the first click so exceljs stays out of the first screen.
import { useState } from 'react';
import { App, Button, Dropdown, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { formatChineseDate, toIsoDate } from '../../domain/common/dates';
import type { ProposalScope } from '../../domain/proposals/proposal-figures';
import { buildProposalTable } from '../../domain/proposals/proposal-table-rows';
import { getPlatform, XLSX_FILTERS } from '../../platform';
import { ProposalImportDialog } from './import/ProposalImportDialog';


export function ProposalExcelActions({ sessionKey }: { sessionKey: string | undefined }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [importing, setImporting] = useState(false);
  const sessions = useLiveQuery(() => appLedger.proposals.listProposalSessions(), []);
  const chosen = sessions?.find((s) => s.sessionKey === sessionKey);

  const exportTable = async (scope: ProposalScope, label: string) => {
    setBusy(true);
    try {
      const data = await appLedger.proposalImport.loadProposalTableData(scope);
      // 九届二次会议提案… and 2025年平时提案… (not 平时提案提案…); a year's table by its year.
      const what = `${label.replace(/提案$/, '')}提案办理情况一览表`;
      const table = buildProposalTable(data.proposals, data.names, `${data.committeeName}${what}`);
      if (table.rows.length === 0) {
        message.info('没有可导出的提案');
        return;
      }
      const { writeProposalTableXlsx } = await import('../../export/xlsx/write-proposal-table');
      const subtitle = `共${table.rows.length}件（截至${formatChineseDate(toIsoDate(new Date()))}）`;
      const bytes = await writeProposalTableXlsx({ title: table.title, subtitle, rows: table.rows });
      // The platform makes the name safe for the file system; null means the user cancelled.
      const saved = await getPlatform().saveFile(`${data.shortName}${what}.xlsx`, bytes, XLSX_FILTERS);
      if (saved) {
        const skipped = table.skippedSample ? `（未含${table.skippedSample}件示例提案）` : '';
        message.success(`已导出${table.rows.length}件提案的一览表：${saved.fileName}${skipped}`);
      }
    } catch (e) {
      message.error(`导出一览表失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const items = chosen
    ? [
        { key: 'session', label: `导出${chosen.label}` },
        { key: 'year', label: `导出${chosen.year}年全部提案` },
      ]
    : [];

  return (
    <Space>
      <Dropdown
        disabled={!chosen}
        trigger={['click']}
        menu={{
          items,
          onClick: ({ key }) => {
            if (!chosen) return;
            if (key === 'session') void exportTable({ kind: 'session', sessionKey: chosen.sessionKey }, chosen.label);
            else void exportTable({ kind: 'year', year: chosen.year }, `${chosen.year}年`);
          },
        }}
      >
        <Button loading={busy}>导出一览表</Button>
      </Dropdown>
      <Button onClick={() => setImporting(true)}>导入一览表</Button>
      <ProposalImportDialog open={importing} onClose={() => setImporting(false)} />
    </Space>
  );
}
