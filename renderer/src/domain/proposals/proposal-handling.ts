// After 立案: 交办 to one 主办 and any 协办 units with a due date (extensions recorded), each
// unit's reply (办复) per round, the proposer's feedback (评价) — 不满意 starts a second round of
// handling, and both rounds are kept — and 办结. Also the 重点提案 and 优秀提案 marks.
import type { FieldErrors } from '../common/validation';
import { notYetAt, type FeedbackRow, type Proposal, type ReplyRow } from './proposal';
import { addMonths, currentDueDate, replyClassesOf } from './proposal-settings';
import {
  assignInputSchema, closeInputSchema, excellentInputSchema, extendInputSchema, feedbackInputSchema, keyProposalInputSchema, replyInputSchema,
} from './proposal-inputs';
import { advance, DEFAULT_PROPOSAL_RULES, parseInput, refuse, stageRefusal, type ProposalRules, type StepBy, type TransitionResult } from './proposal-step';
import { newRow } from '../common/row-stamps';
import { formatChineseDate } from '../common/dates';
import { liveRows } from '../common/row-stamps';

export function assignProposal(p: Proposal, input: unknown, by: StepBy, rules: ProposalRules = DEFAULT_PROPOSAL_RULES): TransitionResult {
  const wrong = stageRefusal(p, 'assign', '只有已立案、尚未交办的提案才能交办');
  if (wrong) return wrong;
  const v = parseInput(assignInputSchema, input);
  if (!v.ok) return v.result;
  const { mainUnit, coUnits, assignedDate, note } = v.value;
  const errors: FieldErrors = {};
  if (!rules.units.includes(mainUnit)) errors.mainUnit = `“${mainUnit}”不在单位字典中，请先在设置中添加`;
  const seen = new Set([mainUnit]);
  coUnits.forEach((unit, i) => {
    if (seen.has(unit)) errors[`coUnits.${i}`] = `协办单位“${unit}”与主办单位或前面的协办单位重复`;
    else if (!rules.units.includes(unit)) errors[`coUnits.${i}`] = `“${unit}”不在单位字典中，请先在设置中添加`;
    seen.add(unit);
  });
  const dueDate = v.value.dueDate ?? addMonths(assignedDate, rules.settings.dueMonths);
  if (dueDate <= assignedDate) errors.dueDate = '办理期限应晚于交办日期';
  if (assignedDate < p.receivedDate) errors.assignedDate = '交办日期不能早于收到日期';
  if (Object.keys(errors).length) return refuse(errors);
  const units = [{ unit: mainUnit, role: '主办' as const }, ...coUnits.map((unit) => ({ unit, role: '协办' as const }))];
  const text = [`主办：${mainUnit}`, coUnits.length ? `协办：${coUnits.join('、')}` : '', `期限：${formatChineseDate(dueDate)}`, note].filter(Boolean).join('；');
  return { ok: true, proposal: advance(p, by, '交办', '已交办', text, { assignment: { assignedDate, dueDate, units, extensions: [] } }) };
}

export function extendDeadline(p: Proposal, input: unknown, by: StepBy): TransitionResult {
  const wrong = stageRefusal(p, 'extend', '只有办理中的提案才能延期');
  if (wrong) return wrong;
  const v = parseInput(extendInputSchema, input);
  if (!v.ok) return v.result;
  const { newDueDate, reason } = v.value;
  const due = currentDueDate(p);
  if (!p.assignment || due === null) return refuse({ _: '该提案尚未交办' });
  if (newDueDate <= due) return refuse({ newDueDate: `延期后的期限应晚于原期限${formatChineseDate(due)}` });
  const assignment = { ...p.assignment, extensions: [...p.assignment.extensions, { date: by.date, newDueDate, reason }] };
  return { ok: true, proposal: advance(p, by, '延期', p.stage, `期限延至${formatChineseDate(newDueDate)}；${reason}`, { assignment }) };
}

/** One reply per unit per round; the 主办 unit's reply makes the proposal 已办复. */
export function recordReply(p: Proposal, input: unknown, by: StepBy, rules: ProposalRules = DEFAULT_PROPOSAL_RULES): TransitionResult {
  if (p.deletedAt === null && notYetAt(p.stage, '已交办')) return refuse({ _: '提案尚未交办，不能登记答复' });
  const wrong = stageRefusal(p, 'reply', '该提案不在办理中，不能登记答复');
  if (wrong) return wrong;
  const v = parseInput(replyInputSchema, input);
  if (!v.ok) return v.result;
  const r = v.value;
  const assigned = p.assignment?.units.find((u) => u.unit === r.unit);
  if (!p.assignment || !assigned) return refuse({ unit: `“${r.unit}”不是本提案的承办单位` });
  const errors: FieldErrors = {};
  if (liveRows(p.replies).some((x) => x.round === p.round && x.unit === r.unit)) errors.unit = `本轮办理已登记过“${r.unit}”的答复`;
  const classes = replyClassesOf(rules.settings.replyScheme);
  if (!classes.includes(r.replyClass)) errors.replyClass = `答复类别只能是 ${classes.join('、')}`;
  if (r.date < p.assignment.assignedDate) errors.date = '答复日期不能早于交办日期';
  if (Object.keys(errors).length) return refuse(errors);
  const row: ReplyRow = newRow({ round: p.round, unit: r.unit, role: assigned.role, date: r.date, replyClass: r.replyClass, summary: r.summary, faceToFace: r.faceToFace }, by.at);
  const to = assigned.role === '主办' ? '已办复' : p.stage;
  const note = `${assigned.role}单位${r.unit}答复，${r.replyClass}类${r.faceToFace ? '，已面商' : ''}`;
  return { ok: true, proposal: advance(p, by, '办复', to, note, { replies: [...p.replies, row] }) };
}

/**
 * The proposer's 征询意见表 for this round. 不满意 in the first round starts 再次办理 with a new
 * due date; after the second round the proposal is closed whatever the rating.
 */
export function recordFeedback(p: Proposal, input: unknown, by: StepBy, rules: ProposalRules = DEFAULT_PROPOSAL_RULES): TransitionResult {
  if (p.deletedAt === null && notYetAt(p.stage, '已办复')) return refuse({ _: '提案尚未办复，不能评价' });
  const wrong = stageRefusal(p, 'feedback', '该提案本轮已评价或已办结，不能再评价');
  if (wrong) return wrong;
  const v = parseInput(feedbackInputSchema, input);
  if (!v.ok) return v.result;
  const f = v.value;
  const errors: FieldErrors = {};
  const separate = rules.settings.separateRatings;
  if (separate && !f.processRating) errors.processRating = '请评价办理过程';
  if (separate && !f.resultRating) errors.resultRating = '请评价办理结果';
  const mainReply = liveRows(p.replies).find((x) => x.round === p.round && x.role === '主办');
  if (mainReply && f.date < mainReply.date) errors.date = '反馈日期不能早于主办单位的答复日期';
  if (Object.keys(errors).length) return refuse(errors);
  const row: FeedbackRow = newRow({
    round: p.round, date: f.date, rating: f.rating,
    processRating: separate ? (f.processRating ?? null) : null, resultRating: separate ? (f.resultRating ?? null) : null, note: f.note,
  }, by.at);
  const rated = advance(p, by, '评价', '已评价', [f.rating, f.note].filter(Boolean).join('；'), { feedback: [...p.feedback, row] });
  if (f.rating !== '不满意' || p.round >= 2 || !p.assignment) return { ok: true, proposal: rated };
  const newDueDate = addMonths(f.date, rules.settings.dueMonths);
  const assignment = { ...p.assignment, extensions: [...p.assignment.extensions, { date: f.date, newDueDate, reason: '提案者不满意，再次办理' }] };
  return { ok: true, proposal: advance(rated, by, '再次办理', '已交办', `第二轮办理，期限${formatChineseDate(newDueDate)}`, { round: 2, assignment }) };
}

/** Offices close a proposal once rated, or once replied when no feedback form came back. */
export function closeProposal(p: Proposal, input: unknown, by: StepBy): TransitionResult {
  const wrong = stageRefusal(p, 'close', '只有已办复或已评价的提案才能办结');
  if (wrong) return wrong;
  const v = parseInput(closeInputSchema, input);
  if (!v.ok) return v.result;
  return { ok: true, proposal: advance(p, by, '办结', '已办结', v.value.note) };
}

export function setKeyProposal(p: Proposal, input: unknown, by: StepBy, rules: ProposalRules = DEFAULT_PROPOSAL_RULES): TransitionResult {
  const wrong = stageRefusal(p, 'key', '只有已立案的提案才能设为重点提案');
  if (wrong) return wrong;
  const v = parseInput(keyProposalInputSchema, input);
  if (!v.ok) return v.result;
  const { key, leaders, activityIds } = v.value;
  if (!key) {
    if (!p.keyProposal) return refuse({ _: '该提案不是重点提案' });
    return { ok: true, proposal: advance(p, by, '取消重点提案', p.stage, '', { keyProposal: null }) };
  }
  if (!leaders.length) return refuse({ leaders: '请填写领衔督办的领导' });
  const unknown = activityIds.findIndex((id) => rules.activityIds !== undefined && !rules.activityIds.has(id));
  if (unknown >= 0) return refuse({ [`activityIds.${unknown}`]: `第${unknown + 1}项督办活动不在活动台账中` });
  const keyProposal = { leaders: [...new Set(leaders)], activityIds: [...new Set(activityIds)] };
  return { ok: true, proposal: advance(p, by, '设为重点提案', p.stage, `督办领导：${keyProposal.leaders.join('、')}`, { keyProposal }) };
}

export function setExcellent(p: Proposal, input: unknown, by: StepBy): TransitionResult {
  const wrong = stageRefusal(p, 'excellent', '只有已立案的提案才能评为优秀提案');
  if (wrong) return wrong;
  const v = parseInput(excellentInputSchema, input);
  if (!v.ok) return v.result;
  if (v.value.excellent === p.excellent) return refuse({ excellent: p.excellent ? '该提案已是优秀提案' : '该提案不是优秀提案' });
  const action = v.value.excellent ? '评为优秀提案' : '取消优秀提案';
  return { ok: true, proposal: advance(p, by, action, p.stage, '', { excellent: v.value.excellent }) };
}
