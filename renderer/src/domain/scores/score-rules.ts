// 履职积分 rules as data (docs/domain.md: scoring differs by place). Each rule says what it counts in
// the ledger (`source`), how many points one unit earns, and the most points the rule can give
// (`cap`); the grades are thresholds on the total. The office edits points, caps and thresholds
// in 设置 → 履职积分; what a rule counts is fixed by its source so a figure cannot be made up.
import { tooLong } from '../common/too-long';
import { z } from 'zod';
import { ACTIVITY_CATEGORIES } from '../dictionaries/dictionary-kinds';
import { ATTENDANCE_STATUSES } from '../activities/activity';
import { ACTIVITY_TYPES, isKnownTypeCode, type ActivityTypeCode } from '../dictionaries/activity-types';

export const SCORE_UNITS = ['半天', '次', '件', '篇', '项', '条'] as const;
export type ScoreUnit = (typeof SCORE_UNITS)[number];

/** A count or a score as the 履职档案 prints it: whole, or with one decimal (2.5). */
export const scoreNumber = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** A rule's count with its unit, as a clerk writes it: 3次, 2件, and half days as 6个半天 (not 6半天). */
export const scoreCountText = (count: number, unit: string) => `${scoreNumber(count)}${unit === '半天' ? '个' : ''}${unit}`;

/**
 * Attendance rows of activities chosen by type or category (an empty list matches any). Types are
 * named by code (dictionaries/activity-types.ts), so a type renamed in 设置 keeps its rules; rules
 * saved before codes existed named them and are read through scoreRulesWithCodes.
 */
export const attendanceSourceSchema = z.object({
  kind: z.literal('attendance'),
  status: z.enum(ATTENDANCE_STATUSES),
  activityTypes: z.array(z.string().min(1).max(100)).max(50),
  activityCategories: z.array(z.enum(ACTIVITY_CATEGORIES)).max(ACTIVITY_CATEGORIES.length),
  /** Types another rule counts already (全体会议 under its own rule, not again as 会议). */
  excludeTypes: z.array(z.string().min(1).max(100)).max(50),
});

/** Proposals the member leads (第一提案人) or co-signs (附议), all submitted / registered / key ones. */
export const proposalSourceSchema = z.object({
  kind: z.literal('proposal'),
  role: z.enum(['lead', 'coSigner']),
  only: z.enum(['submitted', 'registered', 'key']),
});

/** 社情民意信息 the member submitted, or those adopted. */
export const opinionSourceSchema = z.object({
  kind: z.literal('opinion'),
  only: z.enum(['submitted', 'adopted']),
});

export const scoreSourceSchema = z.discriminatedUnion('kind', [attendanceSourceSchema, proposalSourceSchema, opinionSourceSchema]);
export type ScoreSource = z.infer<typeof scoreSourceSchema>;

const POINTS_LIMIT = 1000;

export const scoreRuleSchema = z.object({
  id: z.string().min(1).max(40),
  category: z.string().trim().min(1, '请填写类别').max(20, tooLong('类别', 20)),
  item: z.string().trim().min(1, '请填写项目').max(40, tooLong('项目', 40)),
  points: z
    .number({ error: '分值应为数字' })
    .min(-POINTS_LIMIT, `分值不能小于-${POINTS_LIMIT}`)
    .max(POINTS_LIMIT, `分值不能大于${POINTS_LIMIT}`)
    .refine((n) => Number.isInteger(n * 2), '分值最多保留到0.5分'),
  /** The most points (in absolute value: a deduction is capped too) the rule can give; null: no cap. */
  cap: z
    .number({ error: '上限应为数字' })
    .positive('上限应大于0（不设上限请留空）')
    .max(POINTS_LIMIT, `上限不能大于${POINTS_LIMIT}`)
    .nullable(),
  unit: z.enum(SCORE_UNITS, { error: `计分单位只能是${SCORE_UNITS.join('、')}` }),
  source: scoreSourceSchema,
});
export type ScoreRule = z.infer<typeof scoreRuleSchema>;

export const gradeSchema = z.object({
  name: z.string().trim().min(1, '请填写等次名称').max(10, tooLong('等次名称', 10)),
  min: z.number({ error: '分数线应为数字' }).min(0, '分数线不能为负数'),
});
export type Grade = z.infer<typeof gradeSchema>;

export const scoreRulesSchema = z
  .object({
    rules: z.array(scoreRuleSchema).min(1, '至少保留一条积分规则').max(100, '积分规则不超过100条'),
    /** 满分: the total is never more than this (docs/domain.md: out of 100). */
    fullMarks: z.number({ error: '满分应为数字' }).int('满分应为整数').min(1, '满分至少为1').max(POINTS_LIMIT, `满分不能大于${POINTS_LIMIT}`),
    /** Upper grades, best first; a total below the last threshold gets `lowestGrade`. */
    grades: z.array(gradeSchema).min(1, '至少设一档分数线').max(10, '等次不超过10档'),
    lowestGrade: z.string().trim().min(1, '请填写最低等次名称').max(10, tooLong('等次名称', 10)),
  })
  .superRefine((s, ctx) => {
    const ids = new Set<string>();
    s.rules.forEach((r, i) => {
      if (ids.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `第${i + 1}条规则的编号重复` });
      ids.add(r.id);
    });
    const names = new Set<string>();
    s.grades.forEach((g, i) => {
      if (names.has(g.name)) ctx.addIssue({ code: 'custom', path: ['grades', i, 'name'], message: `等次“${g.name}”重复` });
      names.add(g.name);
      if (g.min > s.fullMarks) ctx.addIssue({ code: 'custom', path: ['grades', i, 'min'], message: `分数线不能高于满分${s.fullMarks}分` });
      const above = s.grades[i - 1];
      if (above && g.min >= above.min) ctx.addIssue({ code: 'custom', path: ['grades', i, 'min'], message: `应低于“${above.name}”的分数线${above.min}分` });
    });
    if (names.has(s.lowestGrade)) ctx.addIssue({ code: 'custom', path: ['lowestGrade'], message: `等次“${s.lowestGrade}”重复` });
  });
export type ScoreRules = z.infer<typeof scoreRulesSchema>;

/** The id of the settings-store record that holds the office's rules (beside 'committee'). */
export const SCORE_RULES_ID = 'score-rules';

export const scoreRulesRecordSchema = z.object({
  id: z.literal(SCORE_RULES_ID),
  rules: scoreRulesSchema,
  updatedAt: z.string().datetime({ offset: true }),
});
export type ScoreRulesRecord = z.infer<typeof scoreRulesRecordSchema>;

const attend = (types: ActivityTypeCode[], categories: (typeof ACTIVITY_CATEGORIES)[number][], excludeTypes: ActivityTypeCode[] = [], status: (typeof ATTENDANCE_STATUSES)[number] = '出席') =>
  ({ kind: 'attendance', status, activityTypes: types, activityCategories: categories, excludeTypes }) as const;

/**
 * docs/domain.md's example: plenary 5 points a half-day; a meeting, 视察 or 调研 5; proposal 立案 lead
 * 15, co-signer 3; 重点提案 +15 / +3; a 社情民意 10, +5 if adopted; out of 100, 优秀 ≥90, 良好
 * 80–89, 称职 60–79, 不称职 <60. The caps and the deduction for unexcused absence are this
 * program's starting values (docs/domain.md names the field, not the figure): the office sets its own.
 */
export const DEFAULT_SCORE_RULES: ScoreRules = {
  rules: [
    { id: 'plenary', category: '会议', item: '出席全体会议', points: 5, cap: null, unit: '半天', source: attend(['plenary'], []) },
    { id: 'meetings', category: '会议', item: '出席常委会议、主席会议等其他会议', points: 5, cap: 30, unit: '次', source: attend([], ['会议'], ['plenary']) },
    { id: 'inspection', category: '视察调研', item: '参加视察、调研', points: 5, cap: 30, unit: '次', source: attend([], ['视察', '调研']) },
    { id: 'activities', category: '履职活动', item: '参加协商、监督、培训等其他活动', points: 5, cap: 30, unit: '次', source: attend([], ['协商', '监督', '学习培训', '履职实践', '联谊交流', '其他']) },
    { id: 'absent', category: '会议', item: '无故缺席会议（扣分）', points: -5, cap: 20, unit: '次', source: attend([], ['会议'], [], '缺席') },
    { id: 'proposal-lead', category: '提案', item: '提案立案（第一提案人）', points: 15, cap: null, unit: '件', source: { kind: 'proposal', role: 'lead', only: 'registered' } },
    { id: 'proposal-cosigner', category: '提案', item: '提案立案（附议人）', points: 3, cap: null, unit: '件', source: { kind: 'proposal', role: 'coSigner', only: 'registered' } },
    { id: 'key-lead', category: '提案', item: '重点提案加分（第一提案人）', points: 15, cap: null, unit: '件', source: { kind: 'proposal', role: 'lead', only: 'key' } },
    { id: 'key-cosigner', category: '提案', item: '重点提案加分（附议人）', points: 3, cap: null, unit: '件', source: { kind: 'proposal', role: 'coSigner', only: 'key' } },
    { id: 'opinion', category: '社情民意', item: '报送社情民意信息', points: 10, cap: null, unit: '条', source: { kind: 'opinion', only: 'submitted' } },
    { id: 'opinion-adopted', category: '社情民意', item: '社情民意信息被采用加分', points: 5, cap: null, unit: '条', source: { kind: 'opinion', only: 'adopted' } },
  ],
  fullMarks: 100,
  grades: [
    { name: '优秀', min: 90 },
    { name: '良好', min: 80 },
    { name: '称职', min: 60 },
  ],
  lowestGrade: '不称职',
};

/**
 * What a rule counts, in words, for the editor and the 履职档案 (出席“全体会议”的半天数). Types
 * are shown by the ledger's names (`nameOf`: code → name, dictionary-codes.ts nameByCode).
 */
export function describeSource(source: ScoreSource, unit: ScoreUnit, nameOf: ReadonlyMap<string, string> = DEFAULT_TYPE_NAMES): string {
  if (source.kind === 'proposal') {
    const role = source.role === 'lead' ? '作为第一提案人' : '作为附议人';
    const which = { submitted: '提交的提案', registered: '立案的提案', key: '被列为重点提案的提案' }[source.only];
    return `${role}${which}件数`;
  }
  if (source.kind === 'opinion') return source.only === 'adopted' ? '报送并被采用的社情民意信息条数' : '报送的社情民意信息条数';
  const name = (code: string) => `“${nameOf.get(code) ?? code}”`;
  const scope = [...source.activityTypes.map(name), ...source.activityCategories.map((c) => `${c}类活动`)].join('、') || '各类活动';
  const except = source.excludeTypes.length ? `（不含${source.excludeTypes.map(name).join('、')}）` : '';
  const measure = unit === '半天' ? '半天数（会期天数×2）' : '次数';
  return `${source.status}${scope}${except}的${measure}`;
}

const DEFAULT_TYPE_NAMES: ReadonlyMap<string, string> = new Map(ACTIVITY_TYPES.map((t) => [t.code, t.name]));

/**
 * Rules as saved before activity types had codes named the types (出席“全体会议”): each name
 * becomes its code through the ledger's dictionary (codeByName: live, deleted, then default
 * names). A value that is a code already is kept, so this is idempotent; a name no entry has is
 * kept as it was (it counted nothing then and counts nothing now), never dropped.
 */
export function scoreRulesWithCodes(rules: ScoreRules, codeOf: ReadonlyMap<string, string>): ScoreRules {
  const toCode = (v: string) => (isKnownTypeCode(v) ? v : codeOf.get(v) ?? v);
  return {
    ...rules,
    rules: rules.rules.map((r) =>
      r.source.kind === 'attendance'
        ? { ...r, source: { ...r.source, activityTypes: r.source.activityTypes.map(toCode), excludeTypes: r.source.excludeTypes.map(toCode) } }
        : r,
    ),
  };
}

/** The grade of a total: the first threshold it reaches, else the lowest grade. */
export function gradeOf(total: number, rules: Pick<ScoreRules, 'grades' | 'lowestGrade'>): string {
  return rules.grades.find((g) => total >= g.min)?.name ?? rules.lowestGrade;
}
