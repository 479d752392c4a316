// What a rendered report left out and what to check before printing, as the home screen's
// one-click report and the 报告 screen both show it: the clauses not written (each with why) and
// the printed figures worth a look (kept at 0, or without records behind them). What refuses
// export is not a figure to check: the screen states it once, as the refusal.
import { Alert, Typography } from 'antd';
import { exportBlockers, omittedMessage, problemMessage, type ReportDocument } from '../../domain/report/render-report';
import type { FigureNaming } from './figure-naming';

/** `naming`: the built report's, so figures are named as the document names them. */
export function ReportSummary({ doc, naming }: { doc: ReportDocument; naming: FigureNaming }) {
  const omitted = doc.omitted ?? [];
  const blockers = new Set(exportBlockers(doc));
  const checks = [...new Set(doc.problems.filter((p) => !blockers.has(p)).map((p) => problemMessage(p, naming.dictionary, naming.unitName)))];
  return (
    <div aria-label="报告核对摘要">
      <Typography.Paragraph>{omitted.length ? `有${omitted.length}处因台账中没有数据未写入（核对稿中已注明）：` : '模板中的各句都已写入。'}</Typography.Paragraph>
      {omitted.length > 0 && (
        <ul style={{ maxHeight: 160, overflowY: 'auto', marginTop: 0 }} aria-label="未写入的内容">
          {[...new Set(omitted.map(omittedMessage))].map((m) => <li key={m}>{m}</li>)}
        </ul>
      )}
      {checks.length > 0 && (
        <Alert type="warning" showIcon title={`有${checks.length}个数字请核对`} description={<ul style={{ margin: 0, maxHeight: 120, overflowY: 'auto' }} aria-label="请核对的数字">{checks.map((m) => <li key={m}>{m}</li>)}</ul>} />
      )}
    </div>
  );
}
