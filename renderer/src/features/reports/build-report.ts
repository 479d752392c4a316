// From the ledger and a template to everything the 报告 screen shows and exports: the figures
// of the scope, the two rendered copies — the 印发稿 (what is printed) and the 核对稿 (every figure
// highlighted, every left-out clause a note) — the runs that place each figure in its paragraph
// for the preview, and the blockers that refuse export. Pure, so the home screen's one-click
// report and the 报告 screen produce the very same documents.
import type { Ledger } from '../../domain/ledger/ledger';
import { computeFigures, computeFiguresFor, type FigureResult, type FigureScope } from '../../domain/report/figure-catalogue';
import { exportBlockers, problemMessage, renderReportCopies, type ReportDocument, type ReportProblem } from '../../domain/report/render-report';
import { reportContextOf } from '../../domain/report/report-context';
import type { ReportTemplate } from '../../domain/report/report-template';
import { chartKeysOf, figureKeysOf } from '../../domain/report/template-keys';
import { computeReportCharts } from '../../domain/report/report-charts';
import { DEFAULT_REPORT_STYLE, type ReportStyle } from '../../domain/report/report-style';
import { stationUnitName } from '../../domain/stations/station-settings';
import { runsOfDocument } from './preview/figure-runs';
import type { FlowRun } from './preview/paginate';
import type { FigureNaming } from './figure-naming';

/**
 * A built report is also its naming (figure-naming.ts): the dictionary the figures were counted and
 * the document worded with, the office's 基层单位名称 and rate decimals — the screen labels and
 * prints the figures from these, so they read as the document does.
 */
export interface BuiltReport extends FigureNaming {
  figures: Map<string, FigureResult>;
  /** The 印发稿. */
  doc: ReportDocument;
  /** The 核对稿: the same document with its figures highlighted and a note for each clause left out. */
  review: ReportDocument;
  /** Per block of `doc` / `review`: its text in runs, figures marked with their keys. */
  runs: FlowRun<string>[][];
  reviewRuns: FlowRun<string>[][];
  blockers: ReportProblem[];
}

/**
 * What is counted: `catalogue`, every figure (the 报告 screen's picker lists them all), or
 * `template`, only those the template names (the home screen's one click, three times faster on
 * a big ledger). The documents are the same either way.
 */
export type CountedFigures = 'catalogue' | 'template';

/** `date`: the 成文日期 (ISO), the clerk's or `defaultReportDate` (report-context.ts). */
export function buildReport(
  ledger: Ledger, template: ReportTemplate, scope: FigureScope, date: string, style: ReportStyle = DEFAULT_REPORT_STYLE, counted: CountedFigures = 'catalogue',
): BuiltReport {
  const figures = counted === 'catalogue' ? computeFigures(ledger, scope) : computeFiguresFor(ledger, scope, figureKeysOf(template));
  const context = reportContextOf(ledger, scope, date, style);
  const charts = computeReportCharts(ledger, scope, chartKeysOf(template));
  const { print: doc, review } = renderReportCopies(template, figures, context, charts);
  return {
    figures, doc, review, runs: runsOfDocument(doc), reviewRuns: runsOfDocument(review), blockers: exportBlockers(doc),
    dictionary: ledger.dictionary, unitName: stationUnitName(ledger.settings), rateDecimals: style.rateDecimals,
  };
}

/** Why export is refused, in one sentence, or null when it is not. */
export function exportRefusal(blockers: readonly ReportProblem[]): string | null {
  if (blockers.length === 0) return null;
  const stated = blockers.find((b) => b.kind !== 'unknown-figure');
  if (stated) return problemMessage(stated);
  const keys = [...new Set(blockers.map((b) => b.key))].map((k) => `“{{${k}}}”`).join('、');
  return `模板中有${blockers.length}处不是已有的统计数字（${keys}），请在“编辑模板”中改正后再导出`;
}
