// A 民主评议 (政风行风评议) round: in a year the committee evaluates some county departments (the
// units dictionary), by 测评会, 走访座谈 and/or 问卷, with raters of several kinds (常委, 委员, 乡镇干部,
// 群众 …) scoring them on dimensions (队伍建设, 工作作风 …). Each unit's result is either the
// shares of 满意 / 基本满意 / 不满意 or a score — the round says which — and the problems found in
// a unit are followed through 整改 to a 回头看 visit. The dimensions live in the round (defaults
// from docs/domain.md), so a round keeps the dimensions it was really held on when the office later
// changes its practice.
import { z } from 'zod';
import { baseRecordSchema, type BaseRecord } from '../common/record';
import { isIsoDate } from '../common/dates';

export const EVALUATION_METHODS = ['测评会', '走访座谈', '问卷'] as const;
export type EvaluationMethod = (typeof EVALUATION_METHODS)[number];

export const RATER_KINDS = ['常委', '委员', '乡镇干部', '群众', '企业代表', '农村基层组织代表', '其他'] as const;
export type RaterKind = (typeof RATER_KINDS)[number];

export const DEFAULT_DIMENSIONS = ['队伍建设', '工作作风', '办事效率', '服务质量', '廉洁自律', '工作实绩', '公众形象'] as const;

/** shares: 满意 / 基本满意 / 不满意 percentages adding up to 100; score: one number 0 – maxScore. */
export const RESULT_KINDS = ['shares', 'score'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];
export const RESULT_KIND_LABELS: Record<ResultKind, string> = { shares: '满意度（满意、基本满意、不满意占比）', score: '得分' };

export const RECTIFICATION_STATUSES = ['未整改', '整改中', '已整改'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

/** How many units the report names at the top (满意单位) and puts under 重点监督 at the bottom. */
export const DEFAULT_NAMED_COUNT = 3;

export interface Rater {
  kind: RaterKind;
  count: number;
}

export interface Revisit {
  date: string;
  finding: string;
}

export interface EvaluationProblem {
  id: string;
  text: string;
  foundDate: string;
  status: RectificationStatus;
  /** When 整改 began (整改中 or 已整改), or null. */
  startedDate: string | null;
  /** When it was rectified; only for 已整改. */
  rectifiedDate: string | null;
  /** The follow-up visit (回头看), or null while none was made. */
  revisit: Revisit | null;
}

export interface EvaluatedUnit {
  id: string;
  unit: string;
  /** Percentages for a shares round (all three null while not yet entered). */
  satisfied: number | null;
  basic: number | null;
  unsatisfied: number | null;
  /** For a score round; null while not yet entered. */
  score: number | null;
  problems: EvaluationProblem[];
}

/** What the round form edits. */
export interface EvaluationRoundFields {
  title: string;
  /** The day of the 测评会 (or of the round's close): the round counts for its year. */
  date: string;
  methods: EvaluationMethod[];
  raters: Rater[];
  dimensions: string[];
  resultKind: ResultKind;
  /** Highest score of a score round (usually 100). */
  maxScore: number;
  namedCount: number;
  note: string;
}

export interface EvaluationRound extends BaseRecord, EvaluationRoundFields {
  /** From `date`; derived, indexed. */
  year: number;
  units: EvaluatedUnit[];
  isSample: boolean;
}

const isoDate = z.string().refine(isIsoDate);
const percent = z.number().min(0).max(100).nullable();

export const evaluationProblemSchema = z.object({
  id: z.string().min(1).max(64),
  text: z.string().min(1).max(2000),
  foundDate: isoDate,
  status: z.enum(RECTIFICATION_STATUSES),
  startedDate: isoDate.nullable(),
  rectifiedDate: isoDate.nullable(),
  revisit: z.object({ date: isoDate, finding: z.string().max(2000) }).nullable(),
});

export const evaluatedUnitSchema = z.object({
  id: z.string().min(1).max(64),
  unit: z.string().min(1).max(60),
  satisfied: percent,
  basic: percent,
  unsatisfied: percent,
  score: z.number().min(0).max(1000).nullable(),
  problems: z.array(evaluationProblemSchema).max(200),
});

/** A stored round as a backup holds it. */
export const evaluationRoundSchema = baseRecordSchema.extend({
  title: z.string().min(1).max(200),
  date: isoDate,
  methods: z.array(z.enum(EVALUATION_METHODS)).max(EVALUATION_METHODS.length),
  raters: z.array(z.object({ kind: z.enum(RATER_KINDS), count: z.number().int().min(0).max(100000) })).max(RATER_KINDS.length),
  dimensions: z.array(z.string().min(1).max(30)).max(30),
  resultKind: z.enum(RESULT_KINDS),
  maxScore: z.number().positive().max(1000),
  namedCount: z.number().int().min(0).max(20),
  note: z.string().max(5000),
  year: z.number().int(),
  units: z.array(evaluatedUnitSchema).max(500),
  isSample: z.boolean(),
});

export function withDerivedEvaluationFields<T extends { date: string }>(r: T): T & { year: number } {
  return { ...r, year: Number(r.date.slice(0, 4)) };
}

/** A unit has a result once its shares (all three) or its score are entered. */
export function hasResult(u: Pick<EvaluatedUnit, 'satisfied' | 'basic' | 'unsatisfied' | 'score'>, kind: ResultKind): boolean {
  return kind === 'score' ? u.score !== null : u.satisfied !== null && u.basic !== null && u.unsatisfied !== null;
}

/** Raters in all: 参评人员×名. */
export function raterTotal(r: Pick<EvaluationRound, 'raters'>): number {
  return r.raters.reduce((n, x) => n + x.count, 0);
}
