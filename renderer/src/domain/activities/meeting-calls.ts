// Whom a meeting of each activity type calls (应到), as the office sets it in 设置 → 字典: 全体委员
// (every member serving on the date), 常委会组成人员, 主席会议成员 (主席、副主席、秘书长), the members of
// chosen 界别, or nobody (the people are picked by hand). Kept in the committee settings record,
// keyed by the type's stable code, so renaming a type keeps its setting; a type the office never
// set, and settings saved before this existed, follow the defaults, which are the program's
// behaviour before the setting: 全体会议 全体委员, 常委会议 常委会组成人员, 主席会议 主席会议成员.
import { z } from 'zod';
import type { ActivityTypeCode } from '../dictionaries/activity-types';

export const CALL_KINDS = ['all', 'standing', 'chairs', 'sectors', 'none'] as const;
export type CallKind = (typeof CALL_KINDS)[number];

export const CALL_KIND_LABELS: Record<CallKind, string> = {
  all: '全体委员',
  standing: '常委会组成人员',
  chairs: '主席会议成员（主席、副主席、秘书长）',
  sectors: '指定界别的委员',
  none: '不自动填入',
};

export type CallRule = { kind: Exclude<CallKind, 'sectors'> } | { kind: 'sectors'; sectors: string[] };

export const callRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['all', 'standing', 'chairs', 'none']) }),
  z.object({
    kind: z.literal('sectors'),
    sectors: z.array(z.string().trim().min(1).max(30)).min(1, '请选择至少一个界别').max(100),
  }),
], { error: '应到人员只能是全体委员、常委会组成人员、主席会议成员、指定界别的委员或不自动填入' });

/** Type code → its rule; only the types the office set are present. */
export const meetingCallsSchema = z.record(z.string().min(1).max(80), callRuleSchema)
  .refine((calls) => Object.keys(calls).length <= 500, '活动类型过多');
export type MeetingCalls = z.infer<typeof meetingCallsSchema>;

const DEFAULT_CALLS: Partial<Record<ActivityTypeCode, CallRule>> = {
  plenary: { kind: 'all' },
  standing: { kind: 'standing' },
  chairs: { kind: 'chairs' },
};

const NOBODY: CallRule = { kind: 'none' };

/** The rule in force for a type code (undefined: a type the dictionary does not know). */
export function callRuleFor(code: string | undefined, calls: MeetingCalls | undefined): CallRule {
  if (code === undefined) return NOBODY;
  return calls?.[code] ?? (DEFAULT_CALLS as Record<string, CallRule | undefined>)[code] ?? NOBODY;
}

/** 全体委员, or 指定界别的委员（教育界、医药卫生界）. */
export function callRuleLabel(rule: CallRule): string {
  return rule.kind === 'sectors' ? `${CALL_KIND_LABELS.sectors}（${rule.sectors.join('、')}）` : CALL_KIND_LABELS[rule.kind];
}

/** The settings with `code` set to `rule`; a rule equal to the type's default is not stored. */
export function withCallRule(calls: MeetingCalls | undefined, code: string, rule: CallRule): MeetingCalls {
  const rest = Object.fromEntries(Object.entries(calls ?? {}).filter(([c]) => c !== code));
  const fallback = callRuleFor(code, undefined);
  const same = fallback.kind === rule.kind && rule.kind !== 'sectors';
  return same ? rest : { ...rest, [code]: rule };
}
