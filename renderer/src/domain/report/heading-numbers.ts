// Heading numbers are the program's, not the template's (GB/T 9704 7.3.3): 一、 then （一）
// then 1. then （1）, each level counting from one again under a new heading above it. Hidden
// sections are never numbered, so hiding one leaves no gap.
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

/** A numberer for one document: call it with each visible heading's level, in order. */
export function headingNumberer(): (level: SectionLevel) => string {
  const counters = [0, 0, 0, 0];
  return (level) => {
    counters[level - 1]! += 1;
    for (let deeper = level; deeper < counters.length; deeper++) counters[deeper] = 0;
    return headingNumber(level, counters[level - 1]!);
  };
}
