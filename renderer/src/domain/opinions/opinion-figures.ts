// 社情民意 figures for a year up to a date (docs/domain.md: collected → issues compiled → adopted by
// level → 批示 by level), each with its Chinese label. Each figure counts by the date of its own
// event: an item received in December, compiled in January and adopted in March counts as
// collected in the first year and compiled and adopted in the second — as the yearly reports do.
import { INSTRUCTION_LEVELS, type InstructionLevel } from '../instructions/instruction';
import { countInstructionsByLevel, type InstructionLevelCounts } from '../instructions/instruction-ledger';
import { ADOPTION_LEVELS, NATIONAL_ADOPTION_MODES, type AdoptionLevel, type NationalAdoptionMode, type Opinion } from './opinion';
import { liveRows } from '../common/row-stamps';

export interface OpinionFigures {
  year: number;
  until: string;
  /** Items received (条). */
  collected: number;
  /** Issues (期) compiled. */
  issuesCompiled: number;
  /** Items in those issues (条). */
  itemsCompiled: number;
  /** Items adopted at each level (条); one item can count at several levels. */
  adoptedByLevel: Record<AdoptionLevel, number>;
  /** 全国政协's adoptions split 单篇采用 / 转送采用. */
  nationalByMode: Record<NationalAdoptionMode, number>;
  /** Items adopted at any level, each once. */
  adoptedItems: number;
  /** Leaders' 批示 on items, by the leader's level. */
  instructionsByLevel: InstructionLevelCounts;
}

export const OPINION_FIGURE_LABELS = {
  collected: '收集社情民意信息',
  issuesCompiled: '编发社情民意信息',
  itemsCompiled: '编入期刊的信息',
  adoptedItems: '被采用的信息',
  instructions: '获领导批示',
} as const;

export const OPINION_FIGURE_UNITS = { collected: '条', issuesCompiled: '期', itemsCompiled: '条', adoptedItems: '条', instructions: '次' } as const;

/** 被市政协采用, 被全国政协单篇采用. */
export function adoptedFigureLabel(level: AdoptionLevel, mode?: NationalAdoptionMode): string {
  return mode ? `被${level}政协${mode}` : `被${level}政协采用`;
}

/** 获市级领导批示, 获全国领导批示. */
export function instructionFigureLabel(level: InstructionLevel | null): string {
  return level === null ? '获领导批示（级别未注明）' : `获${level === '全国' ? '全国' : `${level}级`}领导批示`;
}

/** Whether a date falls in the year up to `until`; made once per count, as a report's ledger holds every earlier year's items too. */
const windowOf = (year: number, until: string) => {
  const prefix = `${year}-`;
  return (date: string) => date.startsWith(prefix) && date <= until;
};

export function computeOpinionFigures(opinions: readonly Opinion[], year: number, until = `${year}-12-31`): OpinionFigures {
  const inWindow = windowOf(year, until);
  const live = opinions.filter((o) => o.deletedAt === null);
  const issues = new Set<number>();
  let itemsCompiled = 0;
  for (const o of live) {
    if (o.issue && o.issue.year === year && o.issue.date <= until) {
      issues.add(o.issue.number);
      itemsCompiled++;
    }
  }
  const adoptedByLevel = Object.fromEntries(ADOPTION_LEVELS.map((l) => [l, 0])) as Record<AdoptionLevel, number>;
  const nationalByMode = Object.fromEntries(NATIONAL_ADOPTION_MODES.map((m) => [m, 0])) as Record<NationalAdoptionMode, number>;
  let adoptedItems = 0;
  for (const o of live) {
    let adopted = false;
    for (const a of o.adoptions) {
      if (!inWindow(a.date)) continue;
      adopted = true;
      adoptedByLevel[a.level]++;
      if (a.level === '全国' && a.nationalMode) nationalByMode[a.nationalMode]++;
    }
    if (adopted) adoptedItems++;
  }
  const instructions = live.flatMap((o) => liveRows(o.instructions)).filter((i) => inWindow(i.date));
  return {
    year,
    until,
    collected: live.filter((o) => inWindow(o.receivedDate)).length,
    issuesCompiled: issues.size,
    itemsCompiled,
    adoptedByLevel,
    nationalByMode,
    adoptedItems,
    instructionsByLevel: countInstructionsByLevel(instructions),
  };
}

/** The figures as labelled lines, in the order a report lists them. */
export function opinionFigureLines(f: OpinionFigures): { key: string; label: string; value: number; unit: string }[] {
  return [
    { key: 'collected', label: OPINION_FIGURE_LABELS.collected, value: f.collected, unit: '条' },
    { key: 'issuesCompiled', label: OPINION_FIGURE_LABELS.issuesCompiled, value: f.issuesCompiled, unit: '期' },
    { key: 'itemsCompiled', label: OPINION_FIGURE_LABELS.itemsCompiled, value: f.itemsCompiled, unit: '条' },
    { key: 'adoptedItems', label: OPINION_FIGURE_LABELS.adoptedItems, value: f.adoptedItems, unit: '条' },
    ...[...ADOPTION_LEVELS].reverse().flatMap((l) => [
      { key: `adopted.${l}`, label: adoptedFigureLabel(l), value: f.adoptedByLevel[l], unit: '条' },
      ...(l === '全国' ? NATIONAL_ADOPTION_MODES.map((m) => ({ key: `adopted.全国.${m}`, label: adoptedFigureLabel(l, m), value: f.nationalByMode[m], unit: '条' })) : []),
    ]),
    { key: 'instructions', label: OPINION_FIGURE_LABELS.instructions, value: f.instructionsByLevel.total, unit: '次' },
    ...[...INSTRUCTION_LEVELS].reverse().map((l) => ({ key: `instructions.${l}`, label: instructionFigureLabel(l), value: f.instructionsByLevel[l], unit: '次' })),
  ];
}
