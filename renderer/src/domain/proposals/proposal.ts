// A 提案 through its whole life: who proposed it in which session, the review outcome, the
// units it was assigned to, their replies, the proposer's feedback and every step taken. As with
// an activity's participants, the history, replies and feedback rows live inside their proposal:
// IndexedDB pays per record, a merge between PCs keeps them with their parent, and a proposal's
// page needs all of them at once. The steps are in proposal-review.ts and proposal-handling.ts.
import { z } from 'zod';
import { baseRecordSchema, type BaseRecord } from '../common/record';
import { isIsoDate, yearOf } from '../common/dates';
import { plenarySessionLabel } from '../common/chinese-numerals';
import { instructionSchema, type Instruction } from '../instructions/instruction';
import { storedRowList } from '../common/row-stamps';

export const PROPOSER_KINDS = ['个人', '联名', '集体'] as const;
export type ProposerKind = (typeof PROPOSER_KINDS)[number];

/** Who a 集体 proposal comes from. */
export const COLLECTIVE_KINDS = ['党派', '界别', '专委会'] as const;
export type CollectiveKind = (typeof COLLECTIVE_KINDS)[number];

/**
 * 待审查 and 退回修改 are still under review; 已立案 onwards the proposal is registered (立案);
 * 不予立案, 已并案 and 已撤案 end the review without registration.
 */
export const PROPOSAL_STAGES = ['待审查', '退回修改', '已立案', '不予立案', '已并案', '已撤案', '已交办', '已办复', '已评价', '已办结'] as const;
export type ProposalStage = (typeof PROPOSAL_STAGES)[number];

export const REGISTERED_STAGES: readonly ProposalStage[] = ['已立案', '已交办', '已办复', '已评价', '已办结'];
export const PENDING_STAGES: readonly ProposalStage[] = ['待审查', '退回修改'];

/** The road of a proposal that is handled, in order: pending, then registered to 已办结. */
const HANDLING_ROAD: readonly ProposalStage[] = [...PENDING_STAGES, ...REGISTERED_STAGES];

/** Whether a proposal on the handling road has not reached `stage` yet (待审查 has not reached 已交办; 不予立案 is on no road). */
export function notYetAt(current: ProposalStage, stage: ProposalStage): boolean {
  const at = HANDLING_ROAD.indexOf(current);
  return at !== -1 && at < HANDLING_ROAD.indexOf(stage);
}

/** The fixed reasons for 不予立案 (the proposer is told which). */
export const REJECTION_REASONS = [
  '涉及国家秘密',
  '涉及党派团体内部事务或人事安排',
  '属于司法机关正在处理的诉讼案件',
  '涉及提案者本人及亲属的个人事务',
  '带有广告宣传性质',
  '内容空泛、没有具体建议',
  '不属于本级政协提案范围',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** What a proposal that is not registered is handled as instead. */
export const REJECTED_AS = ['社情民意信息', '委员来信', '意见建议'] as const;
export type RejectedAs = (typeof REJECTED_AS)[number];

export const HISTORY_ACTIONS = ['提交', '立案', '不予立案', '并案', '撤案', '退回修改', '重新提交', '交办', '延期', '办复', '评价', '再次办理', '办结', '设为重点提案', '取消重点提案', '评为优秀提案', '取消优秀提案', '修改'] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export const UNIT_ROLES = ['主办', '协办'] as const;
export type UnitRole = (typeof UNIT_ROLES)[number];

export const REPLY_CLASSES = ['A', 'B', 'C', 'D'] as const;
export type ReplyClass = (typeof REPLY_CLASSES)[number];

export const RATINGS = ['满意', '基本满意', '不满意'] as const;
export type Rating = (typeof RATINGS)[number];

const isoDate = z.string().refine(isIsoDate);

// The steps taken, the replies and the feedback are rows with their own id and stamps
// (domain/common/row-stamps.ts), so two PCs' steps on one proposal are both kept by a merge.
export const historyRowSchema = baseRecordSchema.extend({
  date: isoDate,
  operator: z.string().max(40),
  action: z.enum(HISTORY_ACTIONS),
  from: z.enum(PROPOSAL_STAGES).nullable(),
  to: z.enum(PROPOSAL_STAGES),
  note: z.string().max(2000),
});
export type HistoryRow = z.infer<typeof historyRowSchema>;

export const assignedUnitSchema = z.object({ unit: z.string().min(1).max(60), role: z.enum(UNIT_ROLES) });
export type AssignedUnit = z.infer<typeof assignedUnitSchema>;

export const extensionSchema = z.object({ date: isoDate, newDueDate: isoDate, reason: z.string().max(500) });
export type Extension = z.infer<typeof extensionSchema>;

export const assignmentSchema = z.object({
  assignedDate: isoDate,
  dueDate: isoDate,
  units: z.array(assignedUnitSchema).min(1).max(30),
  extensions: z.array(extensionSchema).max(50),
});
export type Assignment = z.infer<typeof assignmentSchema>;

/** One unit's reply in one round of handling. */
export const replyRowSchema = baseRecordSchema.extend({
  round: z.number().int().min(1).max(2),
  unit: z.string().min(1).max(60),
  role: z.enum(UNIT_ROLES),
  date: isoDate,
  replyClass: z.enum(REPLY_CLASSES),
  summary: z.string().max(5000),
  faceToFace: z.boolean(),
});
export type ReplyRow = z.infer<typeof replyRowSchema>;

/** The proposer's 征询意见表 for one round; process and result only where the office rates them apart. */
export const feedbackRowSchema = baseRecordSchema.extend({
  round: z.number().int().min(1).max(2),
  date: isoDate,
  rating: z.enum(RATINGS),
  processRating: z.enum(RATINGS).nullable(),
  resultRating: z.enum(RATINGS).nullable(),
  note: z.string().max(2000),
});
export type FeedbackRow = z.infer<typeof feedbackRowSchema>;

export const keyProposalSchema = z.object({
  leaders: z.array(z.string().min(1).max(40)).max(20),
  activityIds: z.array(z.string().min(1).max(64)).max(50),
});
export type KeyProposal = z.infer<typeof keyProposalSchema>;

/** What the proposer wrote: the fields a form edits before review. */
export interface ProposalFields {
  /** The plenary session (届, 次) it was submitted to; both null for a 平时提案. */
  term: number | null;
  session: number | null;
  title: string;
  category: string;
  proposerKind: ProposerKind;
  leadMemberId: string | null;
  coSignerIds: string[];
  collectiveKind: CollectiveKind | null;
  collectiveName: string;
  receivedDate: string;
  text: string;
}

export interface Proposal extends BaseRecord, ProposalFields {
  /** `9-2` for 九届二次会议, `平时-2025` for 2025's 平时提案: 案号 count within it. Derived, indexed. */
  sessionKey: string;
  /** The year it counts for, from the received date. Derived, indexed. */
  year: number;
  /** 案号 within its session. */
  number: number;
  stage: ProposalStage;
  /** 1, or 2 once a 不满意 started 再次办理. */
  round: number;
  rejection: { reason: RejectionReason; rejectedAs: RejectedAs } | null;
  mergedIntoId: string | null;
  assignment: Assignment | null;
  replies: ReplyRow[];
  feedback: FeedbackRow[];
  history: HistoryRow[];
  keyProposal: KeyProposal | null;
  excellent: boolean;
  /** Leaders' 批示 on the proposal (since schema v2; older proposals get []). */
  instructions: Instruction[];
  isSample: boolean;
  /** The lead proposer and co-signers, derived, indexed (multiEntry) for a member's page. */
  memberIds: string[];
}

export const proposalSchema = baseRecordSchema.extend({
  term: z.number().int().min(1).max(30).nullable(),
  session: z.number().int().min(1).max(20).nullable(),
  title: z.string().min(1).max(200),
  category: z.string().max(60),
  proposerKind: z.enum(PROPOSER_KINDS),
  leadMemberId: z.string().min(1).max(64).nullable(),
  coSignerIds: z.array(z.string().min(1).max(64)).max(200),
  collectiveKind: z.enum(COLLECTIVE_KINDS).nullable(),
  collectiveName: z.string().max(60),
  receivedDate: isoDate,
  text: z.string().max(50000),
  sessionKey: z.string(),
  year: z.number().int(),
  number: z.number().int().min(1),
  stage: z.enum(PROPOSAL_STAGES),
  round: z.number().int().min(1).max(2),
  rejection: z.object({ reason: z.enum(REJECTION_REASONS), rejectedAs: z.enum(REJECTED_AS) }).nullable(),
  mergedIntoId: z.string().min(1).max(64).nullable(),
  assignment: assignmentSchema.nullable(),
  replies: storedRowList(replyRowSchema, 200),
  feedback: storedRowList(feedbackRowSchema, 10),
  history: storedRowList(historyRowSchema, 500),
  keyProposal: keyProposalSchema.nullable(),
  excellent: z.boolean(),
  // A format-1 backup was written before proposals had 批示: none.
  instructions: storedRowList(instructionSchema, 50).default([]),
  isSample: z.boolean(),
  memberIds: z.array(z.string()),
});

export function sessionKeyOf(term: number | null, session: number | null, receivedDate: string): string {
  return term !== null && session !== null ? `${term}-${session}` : `平时-${yearOf(receivedDate)}`;
}

/** 九届二次会议, or 2025年平时提案. */
export function sessionLabelOf(p: Pick<ProposalFields, 'term' | 'session' | 'receivedDate'>): string {
  return p.term !== null && p.session !== null ? plenarySessionLabel(p.term, p.session) : `${yearOf(p.receivedDate)}年平时提案`;
}

/** The derived fields, recomputed whenever the session, date or proposers change. */
export function withDerivedProposalFields<T extends ProposalFields>(p: T): T & { sessionKey: string; year: number; memberIds: string[] } {
  const memberIds = p.proposerKind === '集体' || p.leadMemberId === null ? [] : [p.leadMemberId, ...p.coSignerIds];
  return { ...p, sessionKey: sessionKeyOf(p.term, p.session, p.receivedDate), year: yearOf(p.receivedDate), memberIds };
}

/** The next 案号 of a session: one more than the highest used, deleted proposals included (a 案号 is never reused). */
export function nextProposalNumber(numbersInSession: readonly number[]): number {
  return numbersInSession.reduce((max, n) => Math.max(max, n), 0) + 1;
}

export function isRegistered(p: Pick<Proposal, 'stage'>): boolean {
  return REGISTERED_STAGES.includes(p.stage);
}
