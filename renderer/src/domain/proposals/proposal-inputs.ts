// The zod schemas of everything a form sends for a proposal: its fields, and the input of each
// review or handling step. Messages are in Chinese and keyed by field so a form can show them
// beside the right input; the rules across fields and records are in proposal-review.ts and proposal-handling.ts.
import { tooLong } from '../common/too-long';
import { z } from 'zod';
import { isIsoDate } from '../common/dates';
import { textField } from '../common/text';
import { checkInDictionary, validateWith, type FieldErrors, type Validated } from '../common/validation';
import { COLLECTIVE_KINDS, PROPOSER_KINDS, RATINGS, REJECTED_AS, REJECTION_REASONS, REPLY_CLASSES, type ProposalFields } from './proposal';

const text = (max: number, label: string) => z.preprocess(textField, z.string().max(max, tooLong(label, max)));
const required = (max: number, label: string, verb = '填写') =>
  z.preprocess(textField, z.string().min(1, `请${verb}${label}`).max(max, tooLong(label, max)));
const isoDate = (label: string) => z.string({ error: `请填写${label}` }).refine(isIsoDate, `请填写正确的${label}，格式如 2025-03-05`);

export const proposalFieldsSchema = z
  .object({
    term: z.number({ error: '届次应为数字' }).int('届次应为整数').min(1, '届次至少为1').max(30, '届次不超过30').nullable(),
    session: z.number({ error: '次会议应为数字' }).int('次会议应为整数').min(1, '次会议至少为1').max(20, '次会议不超过20').nullable(),
    title: required(200, '案由'),
    category: required(60, '类别', '选择'),
    proposerKind: z.enum(PROPOSER_KINDS, { error: '提案者类型只能是个人、联名或集体' }),
    leadMemberId: z.string().min(1, '请选择第一提案人').max(64).nullable(),
    coSignerIds: z.array(z.string().min(1).max(64)).max(200, '附议人不超过200人'),
    collectiveKind: z.enum(COLLECTIVE_KINDS, { error: '集体提案者只能是党派、界别或专委会' }).nullable(),
    collectiveName: text(60, '集体提案者名称'),
    receivedDate: isoDate('收到日期'),
    text: text(50000, '提案内容'),
  })
  .superRefine((p, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if ((p.term === null) !== (p.session === null)) issue('session', '请同时填写届次和次会议，平时提案两者都不填');
    if (p.proposerKind === '集体') {
      if (!p.collectiveKind) issue('collectiveKind', '请选择集体提案者的类别');
      if (!p.collectiveName) issue('collectiveName', '请填写集体提案者名称');
      if (p.leadMemberId !== null || p.coSignerIds.length) issue('leadMemberId', '集体提案不填写提案人和附议人');
      return;
    }
    if (p.leadMemberId === null) issue('leadMemberId', '请选择第一提案人');
    if (p.collectiveKind !== null || p.collectiveName) issue('collectiveName', '个人或联名提案不填写集体提案者');
    if (p.proposerKind === '个人' && p.coSignerIds.length) issue('coSignerIds', '个人提案没有附议人，有附议人请选“联名”');
    if (p.proposerKind === '联名' && !p.coSignerIds.length) issue('coSignerIds', '联名提案请至少选择一位附议人');
    const seen = new Set<string>(p.leadMemberId ? [p.leadMemberId] : []);
    p.coSignerIds.forEach((id, i) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['coSignerIds', i], message: `第${i + 1}位附议人与提案人或前面的附议人重复` });
      seen.add(id);
    });
  });

/**
 * Shape, the 类别 and 集体 names against the dictionaries, and the proposers against the roll.
 * `dicts` carries the lists the names must come from.
 */
export function validateProposalFields(
  input: unknown,
  dicts: { proposalCategory: readonly string[]; party: readonly string[]; sector: readonly string[]; committee: readonly string[] },
  knownMemberIds: ReadonlySet<string>,
): Validated<ProposalFields> {
  const shaped = validateWith(proposalFieldsSchema, input);
  if (!shaped.ok) return shaped;
  const p = shaped.value;
  const errors: FieldErrors = {};
  checkInDictionary(errors, 'category', '类别', p.category, dicts.proposalCategory);
  if (p.collectiveKind === '党派') checkInDictionary(errors, 'collectiveName', '党派', p.collectiveName, dicts.party);
  if (p.collectiveKind === '界别') checkInDictionary(errors, 'collectiveName', '界别', p.collectiveName, dicts.sector);
  if (p.collectiveKind === '专委会') checkInDictionary(errors, 'collectiveName', '专门委员会', p.collectiveName, dicts.committee);
  if (p.leadMemberId !== null && !knownMemberIds.has(p.leadMemberId)) errors.leadMemberId = '第一提案人不在委员名单中';
  p.coSignerIds.forEach((id, i) => {
    if (!knownMemberIds.has(id)) errors[`coSignerIds.${i}`] = `第${i + 1}位附议人不在委员名单中`;
  });
  return Object.keys(errors).length ? { ok: false, errors } : shaped;
}

const note = text(2000, '说明');

export const acceptInputSchema = z.object({ note });
export const rejectInputSchema = z.object({
  reason: z.enum(REJECTION_REASONS, { error: '请选择不予立案的理由' }),
  rejectedAs: z.enum(REJECTED_AS, { error: '请选择转为社情民意信息、委员来信或意见建议' }),
  note,
});
export const mergeInputSchema = z.object({ targetId: z.string({ error: '请选择并入的提案' }).min(1, '请选择并入的提案'), note });
export const withdrawInputSchema = z.object({ note: required(2000, '撤案理由') });
export const returnInputSchema = z.object({ note: required(2000, '退回修改的意见') });
export const resubmitInputSchema = z.object({ title: required(200, '案由'), text: text(50000, '提案内容'), note });
export const assignInputSchema = z.object({
  mainUnit: required(60, '主办单位', '选择'),
  coUnits: z.array(z.preprocess(textField, z.string().min(1, '协办单位不能为空'))).max(29, '协办单位不超过29个'),
  assignedDate: isoDate('交办日期'),
  /** Left out, it is the assigned date plus the months the settings give. */
  dueDate: isoDate('办理期限').optional(),
  note,
});
export const extendInputSchema = z.object({ newDueDate: isoDate('延期后的期限'), reason: required(500, '延期理由') });
export const replyInputSchema = z.object({
  unit: required(60, '答复单位', '选择'),
  date: isoDate('答复日期'),
  replyClass: z.enum(REPLY_CLASSES, { error: '请选择答复类别' }),
  summary: text(5000, '答复摘要'),
  faceToFace: z.boolean({ error: '请选择是否面商' }),
});
const rating = z.enum(RATINGS, { error: '评价只能是满意、基本满意或不满意' });
export const feedbackInputSchema = z.object({
  date: isoDate('反馈日期'),
  rating,
  processRating: rating.nullable().optional(),
  resultRating: rating.nullable().optional(),
  note,
});
export const closeInputSchema = z.object({ note });
export const keyProposalInputSchema = z.object({
  key: z.boolean(),
  leaders: z.array(z.preprocess(textField, z.string().min(1, '督办领导姓名不能为空').max(40, tooLong('督办领导', 40)))).max(20, '督办领导不超过20人'),
  activityIds: z.array(z.string().min(1)).max(50, '督办活动不超过50项'),
});
export const excellentInputSchema = z.object({ excellent: z.boolean() });

export type AssignInput = z.infer<typeof assignInputSchema>;
export type ReplyInput = z.infer<typeof replyInputSchema>;
export type FeedbackInput = z.infer<typeof feedbackInputSchema>;
