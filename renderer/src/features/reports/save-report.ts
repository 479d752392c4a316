// The one side effect of a report: its charts drawn as pictures, the finished document packed to
// .docx bytes and saved where the user chooses (in a browser, a download), named after the
// report and the year.
import type { ReportDocument } from '../../domain/report/render-report';
import type { ReportLayoutSettings } from '../../domain/settings/report-settings';
import { reportFileName, reportLayoutFrom, writeReportDocx } from '../../export/docx/write-report-docx';
import { getPlatform, type SavedFile, WORD_FILTERS } from '../../platform';
import { renderChartPngs } from './chart/chart-png';


export async function saveReportDocx(doc: ReportDocument, layout: ReportLayoutSettings, year: number): Promise<SavedFile | null> {
  const bytes = await writeReportDocx(doc, reportLayoutFrom(layout), await renderChartPngs(doc));
  return getPlatform().saveFile(reportFileName(doc, year), bytes, WORD_FILTERS);
}

/**
 * One click, two files: the 印发稿 and then the 核对稿 beside it (in a browser, two downloads; in
 * the desktop program, two save dialogs, the second offering the 核对稿's name). Stops when the
 * user cancels the first.
 */
export async function saveReportCopies(copies: { doc: ReportDocument; review: ReportDocument }, layout: ReportLayoutSettings, year: number): Promise<SavedFile[]> {
  const printed = await saveReportDocx(copies.doc, layout, year);
  // A document without clauses (a member's record) has no review copy of its own.
  if (!printed || copies.review === copies.doc) return printed ? [printed] : [];
  const review = await saveReportDocx(copies.review, layout, year);
  return review ? [printed, review] : [printed];
}
