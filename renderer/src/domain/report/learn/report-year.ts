// Which year a learned report is about, from all it says: a year in its title (关于2025年度…的报告,
// 2025年民主监督工作情况汇报) names it; else the date it was given or signed (the date line, or the
// date in ——2026年1月15日在…会议上): a report given in January or February is the year before's work
// (the plenary reports on the past year), one given later is the year so far, unless its body speaks
// only of the year before; else the year its body most names as the work done. A year named for what
// the office means to do (2026年，我们将…; 三、2026年工作打算) is not evidence of the report's year, nor
// is anything in the 存在问题 / 下步打算 sections. Session names (四届四次会议) are ordinals, never years.
import type { LearnedStructure } from './document-structure';
import { findNumbers, type NumberMention } from './find-numbers';

/** The last month of the new year in which the past year is still reported on (plenaries sit in January–February). */
const LAST_MONTH_REPORTING_PAST_YEAR = 2;

/** A heading or sentence naming a year for its plans: 2026年工作打算, 2026年主要任务, 2026年，我们将…. */
const PLAN_AFTER_YEAR = /^年?度?(?:的)?(?:工作)?(?:打算|建议|主要任务|重点任务|任务|安排|思路|计划|展望)|^年?[，,]?[^，,。；;！？]{0,12}(?:将|计划|拟|力争|打算|争取|预计|要|开局)/;

/** The year a mention names (a year, or a date written with its year). */
const yearOf = (m: NumberMention): number | undefined => (m.kind === 'year' ? m.value : m.date?.year);

/** The year a mention names when it is about work done, not plans; undefined otherwise. */
export function workYear(text: string, m: NumberMention): number | undefined {
  const y = yearOf(m);
  if (y === undefined) return undefined;
  return PLAN_AFTER_YEAR.test(text.slice(m.numberEnd)) ? undefined : y;
}

/** The date the report was given or signed: its date line, else a date in its occasion or speaker line. */
export function givenOn(structure: LearnedStructure): { year: number; month: number } | null {
  for (const line of [structure.dateText, structure.occasion, structure.speaker]) {
    const d = findNumbers(line).find((m) => m.kind === 'date' && m.date?.year !== undefined)?.date;
    if (d) return { year: d.year!, month: d.month };
  }
  return null;
}

/** The texts the body's evidence comes from: every paragraph and heading outside the 存在问题 / 下步打算 sections. */
function workTexts(structure: LearnedStructure): string[] {
  const out: string[] = [];
  let slotLevel = 0;
  for (const s of structure.sections) {
    if (s.slot) slotLevel = s.level;
    else if (slotLevel && s.level <= slotLevel) slotLevel = 0;
    if (slotLevel) continue;
    out.push(s.heading, ...s.body.filter((b) => b.kind === 'paragraph').map((b) => b.text));
  }
  return out;
}

/** How often the body names each year as the year of work done. */
function bodyYears(structure: LearnedStructure): Map<number, number> {
  const counts = new Map<number, number>();
  for (const text of workTexts(structure)) {
    for (const m of findNumbers(text)) {
      const y = workYear(text, m);
      if (y !== undefined) counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  return counts;
}

export function reportYear(structure: LearnedStructure): number | null {
  const inTitle = findNumbers(structure.titleLines.join('')).map(yearOf).find((y) => y !== undefined);
  if (inTitle !== undefined) return inTitle;
  const body = bodyYears(structure);
  // On a tie the earlier year: a report on 2025 also names 2026 in what it looks forward to.
  const mostNamed = [...body].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  const given = givenOn(structure);
  if (!given) return mostNamed ?? null;
  if (given.month <= LAST_MONTH_REPORTING_PAST_YEAR) return given.year - 1;
  // Given later in the year: the year so far, unless the body names only the year before as its work.
  const before = given.year - 1;
  return body.has(before) && !body.has(given.year) ? before : given.year;
}

/** A 截至 date's year fits the report's: its own year, or the next year's first months (截至2026年1月5日 in a report on 2025). */
export function untilYearFits(untilYear: number | undefined, untilMonth: number, year: number | null): boolean {
  if (untilYear === undefined || year === null) return untilYear === undefined;
  return untilYear === year || (untilYear === year + 1 && untilMonth <= LAST_MONTH_REPORTING_PAST_YEAR);
}
