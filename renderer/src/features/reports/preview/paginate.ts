// Lays a report out in pages the way the printed .docx will fall, closely enough for staff to
// see where pages break before printing: GB/T 9704 body text is 22 lines of 28 characters, the
// title (二号) fits 20 characters a line. Digits and Latin letters (Times New Roman) are half a
// character wide; a number is never split across lines, and closing punctuation never starts a
// line (Word and WPS squeeze it onto the line before); no paragraph leaves a single line at the
// foot or head of a page. It is an approximation: the real breaks
// are Word's, but a page here holds what a page there holds to within a line or so.

export const PAGE_LINES = 22;
export const LINE_CHARS = 28;
export const TITLE_LINE_CHARS = 20;

/** A piece of text; `mark` carries what the screen needs (which figure it shows, a problem). */
export interface FlowRun<M> {
  text: string;
  mark?: M;
}

export type FlowAlign = 'justify' | 'center' | 'right' | 'left';

export interface FlowBlock<M> {
  kind: 'flow';
  key: string;
  /** The CSS class the preview gives its lines (title, heading1 …, body). */
  style: string;
  runs: FlowRun<M>[];
  /** Characters the first line is indented by (2 for body text). */
  indentChars: number;
  /** Characters from the right edge (the issuer is 右空二字). */
  rightChars?: number;
  charsPerLine: number;
  align: FlowAlign;
  /** Headings stay on the page of the line that follows them. */
  keepWithNext?: boolean;
}

export interface TableBlock {
  kind: 'table';
  key: string;
  header: string[];
  rows: string[][];
}

/** Something drawn rather than set in type (a chart): a fixed number of lines, never split across pages. */
export interface PictureBlock {
  kind: 'picture';
  key: string;
  lines: number;
  /** Stays on the page of the line that follows it (its caption), as Word's keepNext does. */
  keepWithNext?: boolean;
}

export type PreviewBlock<M> = FlowBlock<M> | TableBlock | PictureBlock;

export interface PreviewLine<M> {
  kind: 'line';
  blockKey: string;
  style: string;
  runs: FlowRun<M>[];
  /** Indent of this line in characters (the first line of a paragraph only). */
  indentChars: number;
  rightChars: number;
  /** The last line of a justified paragraph is left-aligned, as in Word. */
  last: boolean;
  align: FlowAlign;
}

export interface PreviewTableSlice {
  kind: 'table';
  blockKey: string;
  header: string[];
  rows: string[][];
  lines: number;
}

export interface PreviewPicture {
  kind: 'picture';
  blockKey: string;
  lines: number;
}

export type PageItem<M> = PreviewLine<M> | PreviewTableSlice | PreviewPicture;

export interface PreviewPage<M> {
  number: number;
  items: PageItem<M>[];
}

/** Must not begin a line. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』”’〉】〕…—%,.;:?!)]}·']);

/** Width in characters of one character of 三号 text: CJK and full-width 1, ASCII half. */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x80 ? 0.5 : 1;
}

export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

interface Unit<M> {
  text: string;
  width: number;
  mark?: M;
}

/** Splits runs into the smallest pieces a line may break between: a number or Latin word stays whole. */
function unitsOf<M>(runs: readonly FlowRun<M>[]): Unit<M>[] {
  const units: Unit<M>[] = [];
  for (const run of runs) {
    for (const m of run.text.matchAll(/[A-Za-z0-9.%]+|[\s\S]/gu)) {
      units.push({ text: m[0], width: textWidth(m[0]), mark: run.mark });
    }
  }
  return units;
}

/** Joins neighbouring units of the same mark back into runs. */
function runsOf<M>(units: readonly Unit<M>[]): FlowRun<M>[] {
  const runs: FlowRun<M>[] = [];
  for (const u of units) {
    const last = runs.at(-1);
    if (last && last.mark === u.mark) last.text += u.text;
    else runs.push(u.mark === undefined ? { text: u.text } : { text: u.text, mark: u.mark });
  }
  return runs;
}

/** The lines a block of text falls into; an empty block is one empty line. */
export function breakLines<M>(block: FlowBlock<M>): PreviewLine<M>[] {
  const units = unitsOf(block.runs);
  const lines: Unit<M>[][] = [[]];
  const right = block.rightChars ?? 0;
  let room = block.charsPerLine - block.indentChars - right;
  for (const unit of units) {
    const line = lines.at(-1)!;
    const squeezed = NO_LINE_START.has(unit.text) && line.length > 0;
    if (unit.width > room + 1e-9 && line.length > 0 && !squeezed) {
      lines.push([unit]);
      room = block.charsPerLine - right - unit.width;
    } else {
      line.push(unit);
      room -= unit.width;
    }
  }
  return lines.map((units, i) => ({
    kind: 'line',
    blockKey: block.key,
    style: block.style,
    runs: runsOf(units),
    indentChars: i === 0 ? block.indentChars : 0,
    rightChars: right,
    last: i === lines.length - 1,
    align: block.align,
  }));
}

/** Lines a table row takes: its tallest cell, with the width shared evenly between columns. */
function rowLines(cells: readonly string[], columns: number): number {
  const cellChars = Math.max(1, Math.floor(LINE_CHARS / Math.max(1, columns)) - 1);
  return Math.max(1, ...cells.map((c) => Math.ceil(textWidth(c) / cellChars)));
}

export function paginate<M>(blocks: readonly PreviewBlock<M>[], pageLines = PAGE_LINES): PreviewPage<M>[] {
  const pages: PreviewPage<M>[] = [{ number: 1, items: [] }];
  let used = 0;
  const newPage = () => {
    pages.push({ number: pages.length + 1, items: [] });
    used = 0;
  };
  const place = (item: PageItem<M>, lines: number) => {
    if (used + lines > pageLines && used > 0) newPage();
    pages.at(-1)!.items.push(item);
    used += lines;
  };
  blocks.forEach((block, index) => {
    if (block.kind === 'table') {
      placeTable(block, pageLines, () => pageLines - used, newPage, place);
      return;
    }
    if (block.kind === 'picture') {
      if (used > 0 && used + block.lines + (block.keepWithNext ? 1 : 0) > pageLines) newPage();
      place({ kind: 'picture', blockKey: block.key, lines: block.lines }, block.lines);
      return;
    }
    const lines = breakLines(block);
    // A heading with no room for the next block's first line goes to the next page with it.
    const next = blocks[index + 1];
    if (block.keepWithNext && next && used > 0 && used + lines.length + 1 > pageLines) newPage();
    // Widow and orphan control, on in Word, WPS and LibreOffice: a paragraph never leaves its
    // first line alone at the foot of a page nor its last line alone at the head of the next.
    const room = pageLines - used;
    let breakAfter = -1;
    if (lines.length > 1 && used > 0 && lines.length > room) {
      const widow = lines.length - room === 1;
      // Carrying one more line over would leave a single first line behind: the paragraph moves whole.
      if (room === 1 || (widow && room === 2)) newPage();
      else if (widow) breakAfter = room - 2;
    }
    lines.forEach((line, i) => {
      place(line, 1);
      if (i === breakAfter) newPage();
    });
  });
  return pages;
}

function placeTable<M>(
  block: TableBlock,
  pageLines: number,
  roomLeft: () => number,
  newPage: () => void,
  place: (item: PageItem<M>, lines: number) => void,
): void {
  const columns = block.header.length;
  const headerLines = rowLines(block.header, columns);
  let slice: string[][] = [];
  let sliceLines = headerLines;
  const flush = () => {
    place({ kind: 'table', blockKey: block.key, header: block.header, rows: slice, lines: sliceLines }, sliceLines);
    slice = [];
    sliceLines = headerLines;
  };
  // Start on a fresh page when not even the header and one row fit here.
  const firstRow = block.rows[0] ? rowLines(block.rows[0], columns) : 0;
  if (roomLeft() < headerLines + firstRow && roomLeft() < pageLines) newPage();
  let room = roomLeft();
  for (const row of block.rows) {
    const n = rowLines(row, columns);
    if (sliceLines + n > room && slice.length > 0) {
      flush();
      newPage();
      room = pageLines;
    }
    slice.push(row);
    sliceLines += n;
  }
  flush();
}
