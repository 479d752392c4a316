// Heading numbers are the program's, not the template's (GB/T 9704 7.3.3): 一、 then （一）
// then 1. then （1）, each level counting from one again under a new heading above it. Hidden
// sections are never numbered, so hiding one leaves no gap. A heading alone at its level under
// its parent (a report whose body is one section, one （一） under its 一、) is no sequence and
// carries no number: a real report does not write "一、" with no "二、" after it.
import { toChineseNumeral } from '../common/chinese-numerals';
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
 * The heading level a line of the office's own text numbers itself at, when it opens with 一、 or
 * （一）: GB/T 9704 sets such a line in that level's face (黑体, 楷体), as a reader and the layout
 * check read it, so it is printed as a heading of that level, its number as typed. 1. and （1）
 * lines are set in the body face anyway and stay paragraphs.
 */
export function typedHeadingLevel(line: string): 1 | 2 | undefined {
  if (/^[一二三四五六七八九十百]+、/.test(line)) return 1;
  if (/^[（(][一二三四五六七八九十百]+[）)]/.test(line)) return 2;
  return undefined;
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
