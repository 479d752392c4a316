// Heading numbers are the program's, not the template's (GB/T 9704 7.3.3): 一、 then （一）
// then 1. then （1）, each level counting from one again under a new heading above it. Hidden
// sections are never numbered, so hiding one leaves no gap. A heading alone at its level under
// its parent (a report whose body is one section, one （一） under its 一、) is no sequence and
// carries no number: a real report does not write "一、" with no "二、" after it.
import { fromChineseNumeral, toChineseNumeral } from '../common/chinese-numerals';
import type { SectionLevel } from './report-template';

export function headingNumber(level: SectionLevel, n: number): string {
  switch (level) {
    case 1:
      return `${toChineseNumeral(n)}、`;
    case 2:
      return `（${toChineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/**
 * A line of the office's own text that numbers itself 一、 or （一）: GB/T 9704 sets such a line in
 * that level's face (黑体, 楷体), as a reader and the layout check read it, so it is printed as a
 * heading of that level, its number as typed. `length`: how much of the line the heading is — the
 * whole line, or a run-in heading's lead ("（一）加强学习。" of "（一）加强学习。今年要……"), which
 * is printed as the heading and the rest as the paragraph under it. 1. and （1） lines are set in
 * the body face anyway and stay paragraphs.
 */
export interface TypedHeading {
  level: 1 | 2;
  length: number;
}

/**
 * The longest run-in lead still read as a heading: what the first line of an indented paragraph
 * holds (28 characters less the two of the indent). A numbered line whose first sentence runs
 * longer is a numbered paragraph ("（一）今年以来，我们……。"), set wholly in the body face.
 */
const RUN_IN_LEAD_MAX = 26;

const LEVEL_1 = /^([一二三四五六七八九十百]+)、/;
const LEVEL_2 = /^[（(][一二三四五六七八九十百]+[）)]/;

/**
 * "一、二季度完成……", "三、四月份", "一、二、三等奖": 一、 followed by the next numeral and a unit
 * is a list of quarters, months, ranks (一、二 = the first and the second), not heading 一 over
 * text beginning 二季度. Only the next numeral counts, so a heading whose text begins with a
 * number ("一、三个聚焦", "一、五年来的工作回顾") stays a heading; so does a span ("…年来").
 */
const ENUMERATION = /^((?:[一二三四五六七八九十]+、)+)[一二三四五六七八九十]+(?:季度|季|月份|月|年级|年度|年|等奖|等|级|类|批|期|轮|届|号|档|线|产业|个|次|名|人|项|件|家|天|周|旬|条|点)(?!来|以来)/;

function enumeratesFrom(line: string): boolean {
  const listed = ENUMERATION.exec(line);
  if (!listed) return false;
  const numbers = (listed[0].match(/[一二三四五六七八九十]+/g) ?? []).map(fromChineseNumeral);
  return numbers.every((n, i) => i === 0 || (n !== undefined && n === numbers[i - 1]! + 1));
}

export function typedHeadingOf(line: string): TypedHeading | undefined {
  const level = LEVEL_1.test(line) ? 1 : LEVEL_2.test(line) ? 2 : undefined;
  if (!level || (level === 1 && enumeratesFrom(line))) return undefined;
  const stop = line.indexOf('。');
  if (stop < 0 || line.slice(stop + 1).trim() === '') return { level, length: line.length };
  return stop + 1 <= RUN_IN_LEAD_MAX ? { level, length: stop + 1 } : undefined;
}

/** The numbers of a document's visible headings, given their levels in order: '' for a heading alone at its level under its parent. */
export function headingNumbers(levels: readonly SectionLevel[]): string[] {
  const counters = [0, 0, 0, 0];
  return levels.map((level, i) => {
    counters[level - 1]! += 1;
    for (let deeper = level; deeper < counters.length; deeper++) counters[deeper] = 0;
    return counters[level - 1] === 1 && !hasSiblingAfter(levels, i) ? '' : headingNumber(level, counters[level - 1]!);
  });
}

/** Whether another heading of the same level follows before one of a higher level (its parent's next sibling). */
function hasSiblingAfter(levels: readonly SectionLevel[], index: number): boolean {
  const level = levels[index]!;
  for (let i = index + 1; i < levels.length && levels[i]! >= level; i++) if (levels[i] === level) return true;
  return false;
}
