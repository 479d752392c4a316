// What no report may ever print, checked on a rendered document (and on the text of its .docx)
// independently of how the renderer numbers or leaves things out: "0年", a range from 0 to 0, a
// rate over an empty base, a paragraph whose every figure is 0, a placeholder left unfilled, a
// paragraph of punctuation only, a table without rows, a 一是/二是 sequence that skips or
// repeats (or a lone 一是), a gap in the 一、（一）1.（1） heading numbers (or a lone 一、 with no
// 二、: a heading alone at its level carries no number), a verb left doubled or dangling where
// the words after it went ("开展开展", "形成提出", "形成。"), a rate in the text with other
// decimals than the office's (29% beside 16.1%), and a 核对稿 that does not name every
// clause the 印发稿 left out. Each check returns the offending places as sentences, so a failing test says
// where. Used by report-partial-ledgers.test.ts.
import type { FigureResult } from '../../renderer/src/domain/report/figure-catalogue';
import { figureByKey } from '../../renderer/src/domain/report/figure-catalogue';
import type { ReportDocument } from '../../renderer/src/domain/report/render-report';
import { isEmptyBase } from '../../renderer/src/domain/report/report-style';

const DIGITS = '〇一二三四五六七八九';

export const NOTE = /【未写入：[^】]*】/g;

/** 一 → 1, 十二 → 12, 二十三 → 23: the numerals a report's ordinals and headings use. */
export function chineseNumber(text: string): number {
  const at = text.indexOf('十');
  if (at < 0) return DIGITS.indexOf(text);
  const tens = at === 0 ? 1 : DIGITS.indexOf(text.slice(0, at));
  const ones = at === text.length - 1 ? 0 : DIGITS.indexOf(text.slice(at + 1));
  return tens * 10 + ones;
}

/** A year, an age or a span printed as a bare 0: "从0年开始", "0年来". */
const ZERO_YEAR = /(?<![\d.])0\s*年/;
/** A range both of whose ends are 0: "0—0名", "0至0", "0-0". */
const ZERO_RANGE = /(?<![\d.])0\s*[—–－\-~～至]\s*0(?![\d.])/;
/** A rate that reads as nothing: 0%, 0.0%, 0.00%. */
const ZERO_RATE = /(?<![\d.])0(?:\.0+)?%/;

/** Verbs that lead into a list of counts in the templates: one of them doubled, or run into another, or right before a stop, lost its list. */
const LEAD_VERBS = '开展|组织|形成|召开|举办|提出|报送|收集|参加';
const DOUBLED_VERB = new RegExp(`(${LEAD_VERBS})\\1`);
const VERB_INTO_VERB = new RegExp(`(?:开展|组织|形成|召开|举办)(?:提出|形成|报送|获|被|召开|举办)`);
const VERB_BEFORE_STOP = /(?:开展|组织|形成|召开|举办)[。；，]/;

/** Problems in one piece of text: a paragraph, a table cell or a line of the .docx. */
export function textProblems(text: string, where: string): string[] {
  const out: string[] = [];
  const plain = text.replace(NOTE, '');
  if (DOUBLED_VERB.test(plain) || VERB_INTO_VERB.test(plain) || VERB_BEFORE_STOP.test(plain)) out.push(`${where}：动词重复或悬空：${text}`);
  if (ZERO_YEAR.test(text)) out.push(`${where}：出现“0年”：${text}`);
  if (ZERO_RANGE.test(text)) out.push(`${where}：出现0到0的范围：${text}`);
  if (/\{\{|\}\}/.test(text)) out.push(`${where}：占位符没有填入：${text}`);
  if (text.replace(NOTE, '').trim() !== '' && !/[\p{L}\p{N}]/u.test(text.replace(NOTE, ''))) out.push(`${where}：只有标点：${text}`);
  return out;
}

const ORDINAL = /(?:^|[。；：，、”])([一二三四五六七八九十]+)是/g;

/**
 * The 一是/二是 ordinals of a stretch of paragraphs (one section, between two headings) must run
 * 一、二、三… without a gap or a repeat. A paragraph may start a list of its own at 一是 (a
 * built-in passage with its own enumeration); a list of one (一是 with no 二是) is broken too.
 */
export function ordinalProblems(paragraphs: readonly string[], where: string): string[] {
  const out: string[] = [];
  const lists: number[][] = [];
  for (const p of paragraphs) {
    const found = [...p.matchAll(ORDINAL)].map((m) => chineseNumber(m[1]!));
    found.forEach((n, i) => {
      if (n === 1 && (i === 0 || lists.length === 0 || lists.at(-1)!.at(-1) !== 1)) lists.push([n]);
      else if (lists.length === 0) lists.push([n]);
      else lists.at(-1)!.push(n);
    });
  }
  for (const list of lists) {
    const expected = list.map((_, i) => i + 1);
    if (list.join() !== expected.join()) out.push(`${where}：一是/二是次序为${list.map((n) => `${DIGITS[n] ?? n}是`).join('、')}`);
    else if (list.length === 1) out.push(`${where}：只有“一是”，没有“二是”`);
  }
  return out;
}

const HEADING_PATTERNS: [RegExp, (m: RegExpExecArray) => number][] = [
  [/^([一二三四五六七八九十]+)、/, (m) => chineseNumber(m[1]!)],
  [/^（([一二三四五六七八九十]+)）/, (m) => chineseNumber(m[1]!)],
  [/^(\d+)\./, (m) => Number(m[1])],
  [/^（(\d+)）/, (m) => Number(m[1])],
];

/** For each heading block, whether another heading of its level shares its parent (so it is numbered). */
function headingHasSibling(blocks: ReportDocument['blocks']): Map<number, boolean> {
  const headings = blocks.flatMap((b, i) => (b.kind === 'heading' ? [{ i, level: b.level }] : []));
  return new Map(headings.map((h, k) => {
    let siblings = 0;
    for (let j = k - 1; j >= 0 && headings[j]!.level >= h.level; j--) if (headings[j]!.level === h.level) siblings += 1;
    for (let j = k + 1; j < headings.length && headings[j]!.level >= h.level; j++) if (headings[j]!.level === h.level) siblings += 1;
    return [h.i, siblings > 0];
  }));
}

/**
 * A rate as printed: in a table column exactly the office's decimals (one by default: 29.0%, never
 * 29% beside 16.1%); in running text up to them, with no trailing zero (100%, 57.1%, never 100.0%).
 */
const RATE_TEXT = /^\d+(?:\.(\d+))?%$/;
function rateDecimalsProblem(text: string, decimals: number, where: string, inTable: boolean): string[] {
  const m = RATE_TEXT.exec(text);
  if (!m) return [];
  const places = m[1]?.length ?? 0;
  if (inTable) return places !== decimals ? [`${where}：表中比率“${text}”不是${decimals}位小数`] : [];
  if (places > decimals) return [`${where}：比率“${text}”多于${decimals}位小数`];
  return m[1]?.endsWith('0') ? [`${where}：比率“${text}”末尾多了0`] : [];
}

/** Everything wrong in a rendered document, in Chinese sentences naming the place. */
export function documentProblems(doc: ReportDocument, figures: ReadonlyMap<string, FigureResult>, name: string, rateDecimals = 1): string[] {
  const out: string[] = [];
  const numbered = headingHasSibling(doc.blocks);
  const counters = [0, 0, 0, 0];
  let section: string[] = [];
  let sectionName = `${name}开头`;
  const closeSection = () => out.push(...ordinalProblems(section, sectionName));
  out.push(...textProblems(doc.title, `${name}标题`));
  doc.blocks.forEach((block, i) => {
    const where = `${name}第${i + 1}段`;
    if (block.kind === 'heading') {
      closeSection();
      section = [];
      sectionName = `${name}“${block.text}”`;
      out.push(...textProblems(block.text, where));
      const [pattern, value] = HEADING_PATTERNS[block.level - 1]!;
      const m = pattern.exec(block.text);
      const n = m ? value(m) : NaN;
      counters[block.level - 1]! += 1;
      for (let deeper = block.level; deeper < 4; deeper++) counters[deeper] = 0;
      if (!numbered.get(i)) {
        if (m) out.push(`${where}：同级只有这一个标题，却编了号“${block.text}”`);
      } else if (n !== counters[block.level - 1]) out.push(`${where}：标题编号应为第${counters[block.level - 1]}个，实为“${block.text}”`);
      return;
    }
    if (block.kind === 'table') {
      if (block.rows.length === 0) out.push(`${where}：表格“${block.caption}”没有数据行`);
      block.rows.forEach((row, r) => row.forEach((cell, c) => {
        out.push(...textProblems(cell, `${where}表格第${r + 1}行第${c + 1}列`));
        if (ZERO_RATE.test(cell)) out.push(`${where}表格第${r + 1}行第${c + 1}列：0%（${cell}）`);
        out.push(...rateDecimalsProblem(cell, rateDecimals, `${where}表格第${r + 1}行第${c + 1}列`, true));
      }));
      return;
    }
    if (block.kind === 'chart') return;
    out.push(...textProblems(block.text, where));
    if (!block.note) section.push(block.text);
    const printed = (block.runs ?? []).flatMap((r) => (r.figure ? [figures.get(r.figure)?.value] : []));
    if (printed.length > 0 && printed.every((v) => v === 0)) out.push(`${where}：所写的数字都是0：${block.text}`);
    for (const run of block.runs ?? []) {
      if (!run.figure) {
        if (ZERO_RATE.test(run.text)) out.push(`${where}：文字中出现0%：${block.text}`);
        continue;
      }
      const result = figures.get(run.figure);
      if (figureByKey(run.figure)?.unit === '%') out.push(...rateDecimalsProblem(run.text, rateDecimals, where, false));
      if (figureByKey(run.figure)?.unit === '%' && result && isEmptyBase(result)) out.push(`${where}：比率“${run.figure}”的基数为0却印出了${run.text}：${block.text}`);
    }
  });
  closeSection();
  return out;
}

/**
 * The 印发稿 prints no note; the 核对稿 prints, for each clause the composer left out (its own
 * `omitted` list), that clause's note; both copies left out the same clauses.
 */
export function reviewProblems(print: ReportDocument, review: ReportDocument, name: string): string[] {
  const out: string[] = [];
  const textOf = (doc: ReportDocument) => doc.blocks.map((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? b.text : '')).join('\n');
  if (textOf(print).includes('【未写入')) out.push(`${name}印发稿中出现【未写入】`);
  const printed = (print.omitted ?? []).map((o) => o.clauseId).join();
  const reviewed = (review.omitted ?? []).map((o) => o.clauseId).join();
  if (printed !== reviewed) out.push(`${name}两稿略去的条目不同：${printed} / ${reviewed}`);
  const notes = [...textOf(review).matchAll(NOTE)].map((m) => m[0]);
  const left = [...notes];
  for (const o of review.omitted ?? []) {
    const note = `【未写入：${[...new Set(o.reasons)].join('；')}】`;
    const at = left.indexOf(note);
    if (at < 0) out.push(`${name}核对稿没有写明略去的“${o.clauseId}”（${note}）`);
    else left.splice(at, 1);
  }
  return out;
}
