// Which stretch of a rendered paragraph is which figure, so the preview can make each number
// clickable ("why is 立案 86?") and show the review copy's notes: the renderer gives each
// paragraph as runs (render-report.ts), a printed figure marked with its key and a note marked as
// one; here they become the paginator's runs.
import type { ReportDocument } from '../../../domain/report/render-report';
import type { FlowRun } from './paginate';

/** The mark a review note's run carries instead of a figure key (no key starts with a space). */
export const NOTE_MARK = ' note';

export function runsOfDocument(doc: ReportDocument): FlowRun<string>[][] {
  return doc.blocks.map((b) => {
    if (b.kind === 'table' || b.kind === 'chart') return [{ text: '' }];
    if (b.kind === 'heading' || !b.runs) return [{ text: b.text }];
    return b.runs.map((r) => (r.figure ? { text: r.text, mark: r.figure } : r.note ? { text: r.text, mark: NOTE_MARK } : { text: r.text }));
  });
}
