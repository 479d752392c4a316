// Which stretch of a rendered paragraph is which figure, so the preview can make each number
// clickable ("why is 立案 86?"). The report renderer gives a paragraph's text and the keys it
// used, not where each number landed; so the template is rendered a second time with every
// figure placeholder wrapped in private-use characters, which no text cleaning touches and no
// report ever contains, and the wrapped spans are read back as runs. If the two renderings ever
// disagree once the wrappers are removed, that paragraph is shown unmarked rather than wrongly.
import { CONTEXT_PLACEHOLDERS, PLACEHOLDER, type ReportTemplate } from '../../../domain/report/report-template';
import type { ReportBlock, ReportDocument } from '../../../domain/report/render-report';
import type { FlowRun } from './paginate';

const OPEN = '\uE000';
const MIDDLE = '\uE001';
const CLOSE = '\uE002';
const WRAPPED = /\uE000([^\uE001]*)\uE001([^\uE002]*)\uE002/g;
const WRAPPERS = /\uE000[^\uE001]*\uE001|\uE002/g;

function isFigureKey(key: string): boolean {
  return !(key in CONTEXT_PLACEHOLDERS) && !key.startsWith('table:') && !key.startsWith('chart:');
}

function wrap(text: string): string {
  return text.replace(PLACEHOLDER, (whole: string, key: string) => (isFigureKey(key) ? `${OPEN}${key}${MIDDLE}${whole}${CLOSE}` : whole));
}

/** The template with every figure placeholder in its headings and paragraphs wrapped. */
export function wrapFigurePlaceholders(t: ReportTemplate): ReportTemplate {
  return { ...t, sections: t.sections.map((s) => ({ ...s, heading: wrap(s.heading), paragraphs: s.paragraphs.map(wrap) })) };
}

export function unwrapped(text: string): string {
  return text.replace(WRAPPERS, '');
}

/** A wrapped text as runs: plain text unmarked, each figure's printed value marked with its key. */
export function runsOfWrapped(text: string): FlowRun<string>[] {
  const runs: FlowRun<string>[] = [];
  let at = 0;
  for (const m of text.matchAll(WRAPPED)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index) });
    runs.push({ text: m[2]!, mark: m[1]! });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

function blockText(b: ReportBlock | undefined): string | undefined {
  return b && b.kind !== 'table' && b.kind !== 'chart' ? b.text : undefined;
}

/**
 * Runs for each block of `plain`, taken from `wrapped` (the same template rendered after
 * wrapFigurePlaceholders). A block whose texts disagree gets one unmarked run.
 */
export function figureRunsOf(plain: ReportDocument, wrapped: ReportDocument): FlowRun<string>[][] {
  const aligned = wrapped.blocks.length === plain.blocks.length;
  return plain.blocks.map((block, i) => {
    const text = blockText(block) ?? '';
    const marked = aligned ? blockText(wrapped.blocks[i]) : undefined;
    if (marked === undefined || unwrapped(marked) !== text) return [{ text }];
    return runsOfWrapped(marked);
  });
}
