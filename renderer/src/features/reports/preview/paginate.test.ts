import { describe, expect, it } from 'vitest';
import { breakLines, paginate, textWidth, type FlowBlock, type PreviewLine, type PreviewBlock } from './paginate';

const body = (key: string, text: string, mark?: string): FlowBlock<string> => ({
  kind: 'flow', key, style: 'body', runs: [mark ? { text, mark } : { text }], indentChars: 2, charsPerLine: 28, align: 'justify',
});
const lineText = (l: PreviewLine<string>) => l.runs.map((r) => r.text).join('');

describe('breakLines', () => {
  it('fills 26 characters after the two-character indent, then 28 a line', () => {
    const lines = breakLines(body('p', '字'.repeat(26 + 28 + 5)));
    expect(lines.map(lineText).map((t) => t.length)).toEqual([26, 28, 5]);
    expect(lines.map((l) => l.indentChars)).toEqual([2, 0, 0]);
    expect(lines.map((l) => l.last)).toEqual([false, false, true]);
  });

  it('counts digits as half a character and never splits a number', () => {
    expect(textWidth('2025年')).toBe(3);
    // 25 characters leave room for one more; "86" is one character wide and fits; "2025" does not.
    const fits = breakLines(body('p', `${'字'.repeat(25)}86件`));
    expect(fits.map(lineText)).toEqual([`${'字'.repeat(25)}86`, '件']);
    const moved = breakLines(body('p', `${'字'.repeat(25)}2025年`));
    expect(moved.map(lineText)).toEqual(['字'.repeat(25), '2025年']);
  });

  it('keeps closing punctuation on the line before', () => {
    const lines = breakLines(body('p', `${'字'.repeat(26)}。下一句`));
    expect(lines.map(lineText)).toEqual([`${'字'.repeat(26)}。`, '下一句']);
  });

  it('keeps the marks of runs across a line break', () => {
    const block: FlowBlock<string> = { ...body('p', ''), runs: [{ text: '字'.repeat(25) }, { text: '立案86件', mark: 'filed' }] };
    const lines = breakLines(block);
    expect(lines[0]!.runs).toEqual([{ text: '字'.repeat(25) }, { text: '立', mark: 'filed' }]);
    expect(lines[1]!.runs).toEqual([{ text: '案86件', mark: 'filed' }]);
  });

  it('wraps a title at 20 characters and keeps the issuer two characters from the right', () => {
    const title: FlowBlock<string> = { kind: 'flow', key: 't', style: 'title', runs: [{ text: '题'.repeat(30) }], indentChars: 0, charsPerLine: 20, align: 'center' };
    expect(breakLines(title).map(lineText).map((t) => t.length)).toEqual([20, 10]);
    const issuer: FlowBlock<string> = { kind: 'flow', key: 'i', style: 'issuer', runs: [{ text: '县'.repeat(27) }], indentChars: 0, rightChars: 2, charsPerLine: 28, align: 'right' };
    expect(breakLines(issuer).map(lineText).map((t) => t.length)).toEqual([26, 1]);
  });
});

describe('paginate', () => {
  it('puts 22 lines on a page and carries a paragraph over to the next', () => {
    // 5 paragraphs of 4 lines = 20 lines, then one of 4: two lines fit on page 1, two go over.
    const four = (key: string) => body(key, '字'.repeat(26 + 28 * 2 + 10));
    const pages = paginate([...Array.from({ length: 5 }, (_, i) => four(`p${i}`)), four('split'), four('after')]);
    expect(pages.map((p) => p.items.length)).toEqual([22, 6]);
    expect(pages[0]!.items.at(-1)!.blockKey).toBe('split');
    expect(pages[1]!.items[0]!.blockKey).toBe('split');
    expect(pages.map((p) => p.number)).toEqual([1, 2]);
  });

  it('never leaves a paragraph’s first line alone at the foot of a page', () => {
    const filler = Array.from({ length: 21 }, (_, i) => body(`f${i}`, '字'));
    const pages = paginate([...filler, body('p', '字'.repeat(26 + 10))]);
    expect(pages.map((p) => p.items.length)).toEqual([21, 2]);
  });

  it('never leaves a paragraph’s last line alone at the head of a page', () => {
    // 19 lines used, a 4-line paragraph: 3 would fit, but then 1 would be alone; 2 and 2 instead.
    const filler = Array.from({ length: 19 }, (_, i) => body(`f${i}`, '字'));
    const pages = paginate([...filler, body('p', '字'.repeat(26 + 28 * 2 + 10))]);
    expect(pages.map((p) => p.items.length)).toEqual([21, 2]);
    // With two lines left, a three-line paragraph cannot split without one or the other: it moves whole.
    const twenty = Array.from({ length: 20 }, (_, i) => body(`f${i}`, '字'));
    expect(paginate([...twenty, body('p', '字'.repeat(26 + 28 + 10))]).map((p) => p.items.length)).toEqual([20, 3]);
  });

  it('moves a heading that would end a page onto the next page with its text', () => {
    const filler = Array.from({ length: 21 }, (_, i) => body(`f${i}`, '字'));
    const heading: FlowBlock<string> = { kind: 'flow', key: 'h', style: 'heading1', runs: [{ text: '一、强化常规监督' }], indentChars: 2, charsPerLine: 28, align: 'justify', keepWithNext: true };
    const pages = paginate([...filler, heading, body('after', '正文')]);
    expect(pages[0]!.items).toHaveLength(21);
    expect(pages[1]!.items.map((i) => i.blockKey)).toEqual(['h', 'after']);
  });

  it('splits a long table between pages by rows, repeating the header', () => {
    const filler = Array.from({ length: 18 }, (_, i) => body(`f${i}`, '字'));
    const table: PreviewBlock<string> = { kind: 'table', key: 'tbl', header: ['名次', '单位'], rows: Array.from({ length: 10 }, (_, i) => [String(i + 1), '县教育局']) };
    const pages = paginate([...filler, table]);
    const slices = pages.flatMap((p) => p.items.filter((i) => i.kind === 'table'));
    expect(slices.map((s) => (s.kind === 'table' ? s.rows.length : 0))).toEqual([3, 7]);
    expect(pages).toHaveLength(2);
  });
});
