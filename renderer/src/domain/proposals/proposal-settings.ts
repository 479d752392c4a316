// The parts of proposal handling that differ between offices: how many months a unit has to
// reply, whether replies are classed A/B/C or A/B/C/D, and whether the proposer rates process
// and result apart. Kept in the settings record; a ledger without them uses the defaults.
import { z } from 'zod';
import type { Proposal } from './proposal';
import { REPLY_CLASSES, type ReplyClass } from './proposal';

export const REPLY_SCHEMES = ['ABC', 'ABCD'] as const;
export type ReplyScheme = (typeof REPLY_SCHEMES)[number];

/**
 * 先进承办单位 are named per year (the office's 年度提案办理先进单位), so they live here, one list
 * per year, rather than on proposals: the award is the unit's for the year, whichever proposals
 * it handled. Optional so that settings saved before it existed still read.
 */
export const advancedUnitsSchema = z.array(z.object({
  year: z.number().int().min(1900).max(2200),
  units: z.array(z.string().min(1).max(60)).max(500),
})).max(200);
export type AdvancedUnits = z.infer<typeof advancedUnitsSchema>;

export const proposalSettingsSchema = z.object({
  dueMonths: z.number({ error: '办理期限应为数字' }).int('办理期限应为整数').min(1, '办理期限至少1个月').max(6, '办理期限最多6个月'),
  replyScheme: z.enum(REPLY_SCHEMES, { error: '答复分类只能是 A/B/C 或 A/B/C/D' }),
  separateRatings: z.boolean(),
  advancedUnits: advancedUnitsSchema.optional(),
});
export type ProposalSettings = z.infer<typeof proposalSettingsSchema>;

/** The 先进承办单位 of a year. */
export function advancedUnitsOf(s: Pick<ProposalSettings, 'advancedUnits'>, year: number): string[] {
  return s.advancedUnits?.find((a) => a.year === year)?.units ?? [];
}

/** The settings with `unit` named (or no longer named) 先进承办单位 of `year`; years kept in order. */
export function withAdvancedUnit(s: ProposalSettings, year: number, unit: string, advanced: boolean): ProposalSettings {
  const others = (s.advancedUnits ?? []).filter((a) => a.year !== year);
  const units = advancedUnitsOf(s, year).filter((u) => u !== unit);
  if (advanced) units.push(unit);
  const advancedUnits = [...others, ...(units.length ? [{ year, units }] : [])].sort((a, b) => a.year - b.year);
  return { ...s, advancedUnits };
}

export const DEFAULT_PROPOSAL_SETTINGS: ProposalSettings = { dueMonths: 3, replyScheme: 'ABC', separateRatings: false };

/** What each class means under each scheme (docs/domain.md). */
export const REPLY_CLASS_MEANINGS: Record<ReplyScheme, Partial<Record<ReplyClass, string>>> = {
  ABC: { A: '已经解决或基本解决', B: '正在解决或列入计划逐步解决', C: '因条件限制留作参考' },
  ABCD: { A: '已经解决', B: '正在解决', C: '列入计划逐步解决', D: '留作参考' },
};

export function replyClassesOf(scheme: ReplyScheme): ReplyClass[] {
  return REPLY_CLASSES.filter((c) => REPLY_CLASS_MEANINGS[scheme][c] !== undefined);
}

/** A date N months later; the 31st of a month becomes the last day of a shorter one. */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The due date in force: the last extension's, or the one set at assignment. */
export function currentDueDate(p: Pick<Proposal, 'assignment'>): string | null {
  if (!p.assignment) return null;
  return p.assignment.extensions.at(-1)?.newDueDate ?? p.assignment.dueDate;
}

/** Assigned, the 主办 unit has not replied in this round, and the due date has passed. */
export function isOverdue(p: Pick<Proposal, 'assignment' | 'stage'>, today: string): boolean {
  const due = currentDueDate(p);
  return p.stage === '已交办' && due !== null && today > due;
}
