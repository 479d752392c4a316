// The one side effect of a report: its charts drawn as pictures, the finished copies packed to
// .docx bytes and saved where the user chooses (in a browser, a download), named after the
// report and the year.
import type { ReportDocument } from '../../domain/report/render-report';
import type { ReportLayoutSettings } from '../../domain/settings/report-settings';
import { reportFileName, reportLayoutFrom, writeReportCopiesDocx, type ReportCopies } from '../../export/docx/write-report-docx';
import { getPlatform, type SavedFile, WORD_FILTERS } from '../../platform';
import { renderChartPngs } from './chart/chart-png';

/**
 * One click, two files: the 印发稿 and then the 核对稿 beside it (in a browser, two downloads; in
 * the desktop program, two save dialogs, the second offering the 核对稿's name). Both are packed
 * together first, sharing what they have in common; stops when the user cancels the first.
 */
export async function saveReportCopies(copies: ReportCopies<ReportDocument>, layout: ReportLayoutSettings, year: number): Promise<SavedFile[]> {
  // A document without clauses (a member's record) has no review copy of its own.
  const single = copies.review === copies.doc;
  const images = { doc: await renderChartPngs(copies.doc), ...(single ? {} : { review: await renderChartPngs(copies.review) }) };
  const bytes = await writeReportCopiesDocx(copies, reportLayoutFrom(layout), images);
  const printed = await getPlatform().saveFile(reportFileName(copies.doc, year), bytes.doc, WORD_FILTERS);
  if (!printed || !bytes.review) return printed ? [printed] : [];
  const review = await getPlatform().saveFile(reportFileName(copies.review, year), bytes.review, WORD_FILTERS);
  return review ? [printed, review] : [printed];
}
