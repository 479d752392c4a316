// 生成年度报告 on the home screen: the chosen year's 民主监督工作情况汇报 in one click, with the
// office's template, layout and number style. Before saving it shows what the 报告 screen shows —
// how many clauses were left out (and why) and which printed figures are worth a check — with a
// way through to 报告; saving writes the 印发稿 and the 核对稿. When the template cannot print (a
// placeholder names no figure) it says why and points to 报告.
import { useState } from 'react';
import { App, Button } from 'antd';
import { navigate } from '../../app/router';
import { formatChineseDate } from '../../domain/common/dates';
import { ReportSummary } from './ReportSummary';

/** `committee`: the committee chosen on the home screen of a city ledger, if any. */
export function YearReportButton({ year, committee }: { year: number; committee?: string | undefined }) {
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);
  const make = async () => {
    setBusy(true);
    try {
      // The Word writer is loaded on the first click, so the home screen opens without it.
      const { prepareYearReport, saveYearReport } = await import('./make-report');
      const prepared = await prepareYearReport('supervision', year, committee);
      modal.confirm({
        title: `${year}年度报告（截至${formatChineseDate(prepared.until)}）`,
        width: 560,
        content: <ReportSummary doc={prepared.built.doc} naming={prepared.built} />,
        okText: '保存印发稿和核对稿',
        cancelText: '到“报告”页查看',
        onCancel: () => navigate({ name: 'reports' }),
        onOk: async () => {
          const saved = await saveYearReport(prepared);
          if (saved.length) message.success(`${year}年度报告已生成：${saved.map((f) => f.fileName).join('、')}`);
        },
      });
    } catch (e) {
      modal.error({
        title: '报告未生成',
        content: e instanceof Error ? e.message : String(e),
        okText: '到“报告”页查看',
        onOk: () => navigate({ name: 'reports' }),
      });
    } finally {
      setBusy(false);
    }
  };
  return <Button type="primary" loading={busy} onClick={() => void make()}>生成年度报告</Button>;
}
