// From the ledger and a template to everything the 报告 screen shows and exports: the figures
// of the scope, the rendered document (what the .docx is written from), the runs that place
// each figure in its paragraph, and the blockers that refuse export. Pure, so the home screen's
// one-click report and the 报告 screen produce the very same document.
import type { Ledger } from '../../domain/ledger/ledger';
import { computeFigures, type FigureResult, type FigureScope } from '../../domain/report/figure-catalogue';
import { exportBlockers, renderReport, type ReportDocument, type ReportProblem } from '../../domain/report/render-report';
import { chartKeysOf, type ReportTemplate } from '../../domain/report/report-template';
import { computeReportCharts } from '../../domain/report/report-charts';
import { figureRunsOf, wrapFigurePlaceholders } from './preview/figure-runs';
import type { FlowRun } from './preview/paginate';
import { reportDateFor } from './report-scope';

export interface BuiltReport {
  figures: Map<string, FigureResult>;
  doc: ReportDocument;
  /** Per block of `doc`: its text in runs, figures marked with their keys. */
  runs: FlowRun<string>[][];
  blockers: ReportProblem[];
}

export function buildReport(ledger: Ledger, template: ReportTemplate, scope: FigureScope, today: string): BuiltReport {
  const figures = computeFigures(ledger, scope);
  // One committee's report in a city ledger is titled and issued in that committee's name.
  const name = scope.committee ?? ledger.settings?.committee.name ?? '';
  const context = { committeeName: name, issuer: name, date: reportDateFor(scope.year, scope.until, today), scope };
  const charts = computeReportCharts(ledger, scope, chartKeysOf(template));
  const doc = renderReport(template, figures, context, charts);
  const wrapped = renderReport(wrapFigurePlaceholders(template), figures, context, charts);
  return { figures, doc, runs: figureRunsOf(doc, wrapped), blockers: exportBlockers(doc) };
}

/** Why export is refused, in one sentence, or null when it is not. */
export function exportRefusal(blockers: readonly ReportProblem[]): string | null {
  if (blockers.length === 0) return null;
  const keys = [...new Set(blockers.map((b) => b.key))].map((k) => `“{{${k}}}”`).join('、');
  return `模板中有${blockers.length}处不是已有的统计数字（${keys}），请在“编辑模板”中改正后再导出`;
}
