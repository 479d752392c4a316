// Guesses the parts of an office's report from its paragraphs as offices really type them: the
// title (often over two centred lines), the speech header (——在…上, the speaker, 各位委员：),
// headings numbered by hand (一、（一）1.（1）) or by a 标题 style, run-in headings
// ("1.加强队伍建设。我区注重…"), the body, tables, and at the end the 落款 and the date.
import type { SectionLevel } from '../report-template';
import type { DocxBlock, DocxParagraph } from './docx-blocks';

export type SectionSlot = 'problems' | 'plans';

export interface LearnedBodyItem {
  kind: 'paragraph' | 'table';
  /** A paragraph's text; a table's rows. */
  text: string;
  rows?: string[][];
}

export interface LearnedSection {
  level: SectionLevel;
  /** Without its number (the program numbers headings); '' for the opening before any heading. */
  heading: string;
  /** The number as the document typed it (一、), for the side-by-side view. */
  typedNumber: string;
  /** 存在问题 / 下步打算: the year's own text goes there. */
  slot: SectionSlot | null;
  body: LearnedBodyItem[];
}

export interface LearnedStructure {
  titleLines: string[];
  occasion: string;
  speaker: string;
  salutation: string;
  sections: LearnedSection[];
  issuer: string;
  dateText: string;
}

const HEADING_MARKS: readonly { level: SectionLevel; mark: RegExp }[] = [
  { level: 1, mark: /^([一二三四五六七八九十]{1,3})[、．.]\s*/ },
  { level: 2, mark: /^[（(]([一二三四五六七八九十]{1,3})[）)]\s*/ },
  { level: 3, mark: /^(\d{1,2})[.．、](?!\d)\s*/ },
  { level: 4, mark: /^[（(](\d{1,2})[）)]\s*/ },
];

/** Longest heading a report types on its own line; a longer numbered paragraph is a list item. */
const MAX_HEADING = 40;
/** The date line, its day sometimes left out (2026年1月). */
const DATE_LINE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?$/;
const SALUTATION = /^各位[^。]{0,20}[：:]$/;
const ISSUER_WORDS = /政协|委员会|办公室|常委会|常务委员会/;

function styleLevel(p: DocxParagraph): SectionLevel | null {
  const m = /(?:heading|标题)\s*(\d)/i.exec(p.styleName ?? '');
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 4 ? (n as SectionLevel) : null;
}

function isTitleLike(p: DocxParagraph): boolean {
  if (/^title$|^标题$/i.test(p.styleName ?? '')) return true;
  return p.alignment === 'center' || (p.fontSizePt ?? 0) >= 18;
}

/** A heading line: its level, its text without the typed number, and the body run in after it. */
export function headingOf(p: DocxParagraph): { level: SectionLevel; heading: string; typedNumber: string; rest: string } | null {
  const text = p.text.trim();
  const fromStyle = styleLevel(p);
  for (const { level, mark } of HEADING_MARKS) {
    const m = mark.exec(text);
    if (!m) continue;
    const after = text.slice(m[0].length);
    const split = runInSplit(after);
    if (split) return { level: fromStyle ?? level, heading: split.heading, typedNumber: m[0].trim(), rest: split.rest };
    return null;
  }
  if (fromStyle && text.length <= MAX_HEADING * 2) return { level: fromStyle, heading: text.replace(/[。：:]$/, ''), typedNumber: '', rest: '' };
  if (p.numberingLevel !== null && p.bold && text.length <= MAX_HEADING && !/。$/.test(text)) {
    return { level: Math.min(4, p.numberingLevel + 1) as SectionLevel, heading: text, typedNumber: '', rest: '' };
  }
  return null;
}

/** 抓好规范建设，强化常规监督 → all heading; 加强队伍建设。我区注重… → heading + body; a long item → null. */
function runInSplit(after: string): { heading: string; rest: string } | null {
  const stop = after.search(/[。：:]/);
  if (stop >= 0 && stop <= MAX_HEADING) {
    const rest = after.slice(stop + 1).trim();
    return { heading: after.slice(0, stop), rest };
  }
  // An item of a list ends with ；, a heading with nothing.
  if (after.length <= MAX_HEADING && !/[；;，,]$/.test(after)) return { heading: after, rest: '' };
  return null;
}

function slotOf(heading: string): SectionSlot | null {
  if (/存在.{0,4}问题|不足/.test(heading)) return 'problems';
  // A 常委会工作报告 closes with the coming year's 工作建议 / 工作安排.
  if (/下一?步|打算|工作思路|明年|今后|工作建议|\d{4}年工作安排/.test(heading)) return 'plans';
  return null;
}

export function guessStructure(blocks: readonly DocxBlock[]): LearnedStructure {
  const items = blocks.filter((b) => b.kind === 'table' || b.text.trim() !== '');
  let i = 0;
  const paragraphAt = (k: number) => (items[k]?.kind === 'paragraph' ? items[k] : undefined);

  // The title: leading centred or large lines; without formatting, one short first line.
  const titleLines: string[] = [];
  while (paragraphAt(i) && isTitleLike(paragraphAt(i)!) && !headingOf(paragraphAt(i)!) && !/^——|^[（(]|^各位/.test(paragraphAt(i)!.text.trim()) && titleLines.length < 4) {
    titleLines.push(paragraphAt(i)!.text.trim());
    i++;
  }
  if (titleLines.length === 0 && paragraphAt(i) && paragraphAt(i)!.text.trim().length <= 60 && !/[。：:]$/.test(paragraphAt(i)!.text.trim()) && !headingOf(paragraphAt(i)!)) {
    titleLines.push(paragraphAt(i)!.text.trim());
    i++;
  }
  let occasion = '';
  let speaker = '';
  let salutation = '';
  for (let guard = 0; guard < 4 && paragraphAt(i); guard++) {
    const text = paragraphAt(i)!.text.trim();
    if (/^——/.test(text)) occasion = text;
    else if (SALUTATION.test(text)) salutation = text;
    else if ((occasion || titleLines.length) && !salutation && text.length <= 30 && !/。$/.test(text) && !headingOf(paragraphAt(i)!) && (paragraphAt(i)!.alignment === 'center' || /^[（(].*[）)]$/.test(text))) speaker = speaker ? `${speaker} ${text}` : text;
    else break;
    i++;
  }

  // The closing: a date line, and the issuer just above it.
  let end = items.length;
  let dateText = '';
  let issuer = '';
  const last = paragraphAt(end - 1);
  if (last && DATE_LINE.test(last.text.trim())) {
    dateText = last.text.trim();
    end--;
    const above = paragraphAt(end - 1);
    if (above && above.text.trim().length <= 30 && !/[。；]$/.test(above.text.trim()) && (above.alignment === 'right' || ISSUER_WORDS.test(above.text))) {
      issuer = above.text.trim();
      end--;
    }
  }

  const sections: LearnedSection[] = [];
  let current: LearnedSection | undefined;
  const open = (level: SectionLevel, heading: string, typedNumber: string) => {
    current = { level, heading, typedNumber, slot: slotOf(heading), body: [] };
    sections.push(current);
  };
  for (; i < end; i++) {
    const block = items[i]!;
    if (block.kind === 'table') {
      if (!current) open(1, '', '');
      current!.body.push({ kind: 'table', text: block.rows.map((r) => r.join(' | ')).join('\n'), rows: block.rows });
      continue;
    }
    const heading = headingOf(block);
    if (heading) {
      open(heading.level, heading.heading, heading.typedNumber);
      if (heading.rest) current!.body.push({ kind: 'paragraph', text: heading.rest });
      continue;
    }
    if (!current) open(1, '', '');
    current!.body.push({ kind: 'paragraph', text: block.text.trim() });
  }
  return { titleLines, occasion, speaker, salutation, sections, issuer, dateText };
}
