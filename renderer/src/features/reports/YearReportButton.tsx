// 生成年度报告 on the home screen: the chosen year's 民主监督工作情况汇报 in one click, with the
// office's template, layout and number style. Before saving it names the report, its 截至 date
// and 成文日期, and shows what the 报告 screen shows — how many clauses were left out (and why)
// and which printed figures are worth a check — with a way through to 报告; saving writes the
// 印发稿 and the 核对稿. When the running year has nothing for the report yet and the year before
// has (January, when last year's report is written), it offers that year. When the report cannot
// be made it says why and points to 报告 and to the year switcher.
import { useState } from 'react';
import { App, Button, Typography } from 'antd';
import { navigate } from '../../app/router';
import { useYearStore } from '../../app/stores/year-store';
import { formatChineseDate } from '../../domain/common/dates';
import { REPORT_KIND_LABELS, type ReportKind } from '../../domain/report/report-template';
import { ReportSummary } from './ReportSummary';

/** The report the home screen makes: the yearly 民主监督 汇报 (other kinds are on 报告). */
const HOME_KIND: ReportKind = 'supervision';

/** `committee`: the committee chosen on the home screen of a city ledger, if any. */
export function YearReportButton({ year, committee }: { year: number; committee?: string | undefined }) {
  const { message, modal } = App.useApp();
  const yearSelected = useYearStore((s) => s.yearSelected);
  const [busy, setBusy] = useState(false);
  const label = REPORT_KIND_LABELS[HOME_KIND];
  const make = async (target: number, offerEarlier: boolean) => {
    setBusy(true);
    try {
      // The Word writer is loaded on the first click, so the home screen opens without it.
      const { prepareYearReport, saveYearReport } = await import('./make-report');
      const result = await prepareYearReport(HOME_KIND, target, committee, offerEarlier);
      if (result.outcome === 'earlier') {
        modal.confirm({
          title: `${target}年尚无记录`,
          content: `${target}年度还没有${label}可写的记录，${result.year}年度的记录已登记。要生成${result.year}年度的${label}吗？（将切换到${result.year}年度；年度也可在右上角的“年度”中选择）`,
          okText: `生成${result.year}年度报告`,
          cancelText: '取消',
          onOk: () => {
            yearSelected(result.year);
            void make(result.year, false);
          },
        });
        return;
      }
      if (result.outcome === 'refused') {
        modal.error({
          title: '报告未生成',
          content: `${target}年度的${label}：${result.refusal}。其他年度的报告请在右上角的“年度”中选择。`,
          okText: '到“报告”页查看',
          onOk: () => navigate({ name: 'reports' }),
        });
        return;
      }
      const { prepared } = result;
      modal.confirm({
        title: `${target}年度${label}（截至${formatChineseDate(prepared.until)}）`,
        width: 560,
        content: (
          <>
            <Typography.Paragraph>成文日期{formatChineseDate(prepared.reportDate)}。要改报告类型、截至日期或成文日期，请到“报告”页。</Typography.Paragraph>
            <ReportSummary doc={prepared.built.doc} naming={prepared.built} />
          </>
        ),
        okText: '保存印发稿和核对稿',
        cancelText: '到“报告”页查看',
        onCancel: () => navigate({ name: 'reports' }),
        onOk: async () => {
          const saved = await saveYearReport(prepared);
          if (saved.length) message.success(`${target}年度报告已生成：${saved.map((f) => f.fileName).join('、')}`);
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
  return <Button type="primary" loading={busy} onClick={() => void make(year, true)}>生成年度报告</Button>;
}
