// A rendered report as the blocks the paginator lays out, in the order and with the measures of
// the printed page (GB/T 9704): the title in lines the program broke, one blank line, the
// speech-style header when chosen, the body (headings and paragraphs indented two characters),
// then one blank line, the issuer and the date (7.3.5.2).
import type { ReportDocument } from '../../../domain/report/render-report';
import { GBT_CHART } from '../../../export/docx/gbt-layout';
import { LINE_CHARS, TITLE_LINE_CHARS, textWidth, type FlowBlock, type FlowRun, type PreviewBlock } from './paginate';

/** Key of the block for `doc.blocks[i]`; problems point at blocks by that index. */
export const bodyBlockKey = (i: number) => `b${i}`;
export const TITLE_BLOCK_KEY_PREFIX = 'title';

const line = (key: string, style: string, text: string, patch: Partial<FlowBlock<string>> = {}): FlowBlock<string> => ({
  kind: 'flow', key, style, runs: text ? [{ text }] : [], indentChars: 0, charsPerLine: LINE_CHARS, align: 'left', ...patch,
});

export function previewBlocksOf(doc: ReportDocument, runs: readonly FlowRun<string>[][]): PreviewBlock<string>[] {
  const out: PreviewBlock<string>[] = doc.titleLines.map((text, i) =>
    line(`${TITLE_BLOCK_KEY_PREFIX}${i}`, 'title', text, { charsPerLine: TITLE_LINE_CHARS, align: 'center' }),
  );
  out.push(line('after-title', 'body', ''));
  if (doc.header) {
    if (doc.header.occasion) out.push(line('occasion', 'occasion', doc.header.occasion, { align: 'center' }));
    if (doc.header.speaker) out.push(line('speaker', 'speaker', doc.header.speaker, { align: 'center' }));
    out.push(line('after-header', 'body', ''));
    out.push(line('salutation', 'body', doc.header.salutation));
  }
  doc.blocks.forEach((block, i) => {
    const key = bodyBlockKey(i);
    if (block.kind === 'table') {
      if (block.caption) out.push(line(`${key}-caption`, 'caption', block.caption, { align: 'center', keepWithNext: true }));
      out.push({ kind: 'table', key, header: block.columns, rows: block.rows });
      return;
    }
    if (block.kind === 'chart') {
      // As the .docx lays it: the picture's lines, then the caption centred below in the body face.
      out.push({ kind: 'picture', key, lines: GBT_CHART.lines, keepWithNext: true });
      out.push(line(`${key}-caption`, 'body', block.caption, { align: 'center' }));
      return;
    }
    const style = block.kind === 'heading' ? `heading${block.level}` : 'body';
    out.push({
      kind: 'flow', key, style, runs: runs[i] ?? [{ text: block.text }], indentChars: 2, charsPerLine: LINE_CHARS,
      align: 'justify', keepWithNext: block.kind === 'heading',
    });
  });
  out.push(line('before-issuer', 'body', ''));
  const { issuerRight, dateRight } = signatureInsets(doc.issuer, doc.dateText);
  if (doc.issuer) out.push(line('issuer', 'body', doc.issuer, { align: 'right', rightChars: issuerRight }));
  out.push(line('date', 'body', doc.dateText, { align: 'right', rightChars: dateRight }));
  return out;
}

/**
 * GB/T 9704 7.3.5.2 without a seal, as the .docx writer places it: the issuer 右空二字, the
 * date's first character two to the right of the issuer's; a date wider than that keeps
 * 右空二字 itself and the issuer is centred over it.
 */
export function signatureInsets(issuer: string, dateText: string): { issuerRight: number; dateRight: number } {
  if (!issuer) return { issuerRight: 2, dateRight: 2 };
  const i = textWidth(issuer);
  const d = textWidth(dateText);
  return i - d < 2 ? { issuerRight: 2 + (d - i) / 2, dateRight: 2 } : { issuerRight: 2, dateRight: i - d };
}
