// Every step of the lifecycle, and every refusal with its Chinese message at its field.
import { describe, expect, it } from 'vitest';
import { applyProposalTransition, type TransitionKind } from './proposal-transitions';
import { assign, assigned, feedback, reply, step, submitted, TEST_RULES } from './proposal-fixtures';
import { addMonths, currentDueDate, isOverdue } from './proposal-settings';
import { nextProposalNumber, sessionLabelOf, type Proposal } from './proposal';
import type { ProposalRules } from './proposal-step';

function refusal(p: Proposal, kind: TransitionKind, input: unknown, rules: ProposalRules = TEST_RULES, target?: Proposal) {
  const r = applyProposalTransition(p, { kind, input }, { operator: '韦小宝', date: '2025-02-01', at: '2025-02-01T08:00:00.000Z' }, rules, target);
  if (r.ok) throw new Error(`${kind} should have been refused`);
  return r.errors;
}

const FGJ = '县发展和改革局';
const CZJ = '县财政局';

describe('review', () => {
  it('enters a proposal 待审查 with its 提交 row, derived session and members', () => {
    const p = submitted('p1', 3, { proposerKind: '联名', coSignerIds: ['m2', 'm3'] });
    expect(p).toMatchObject({ stage: '待审查', number: 3, sessionKey: '9-2', year: 2025, memberIds: ['m1', 'm2', 'm3'], round: 1 });
    expect(p.history).toEqual([expect.objectContaining({ action: '提交', from: null, to: '待审查', operator: '韦小宝', date: '2025-01-10' })]);
    expect(sessionLabelOf(p)).toBe('九届二次会议');
    expect(sessionLabelOf(submitted('p2', 1, { term: null, session: null }))).toBe('2025年平时提案');
    expect(nextProposalNumber([1, 5, 2])).toBe(6);
    expect(nextProposalNumber([])).toBe(1);
  });

  it('立案 keeps a history row with operator, date and stages', () => {
    const p = step(submitted('p1', 1), 'accept', { note: '符合立案条件' }, '2025-01-20');
    expect(p.stage).toBe('已立案');
    expect(p.history.at(-1)).toMatchObject({ action: '立案', from: '待审查', to: '已立案', date: '2025-01-20', operator: '韦小宝', note: '符合立案条件' });
    expect(refusal(p, 'accept', { note: '' })._).toContain('只有待审查的提案才能立案');
  });

  it('不予立案 needs a reason from the fixed list and what it became', () => {
    const p = submitted('p1', 1);
    expect(refusal(p, 'reject', { reason: '我不喜欢', rejectedAs: '委员来信', note: '' }).reason).toBe('请选择不予立案的理由');
    expect(refusal(p, 'reject', { reason: '带有广告宣传性质', rejectedAs: '废纸', note: '' }).rejectedAs).toContain('社情民意信息');
    const r = step(p, 'reject', { reason: '带有广告宣传性质', rejectedAs: '意见建议', note: '' });
    expect(r).toMatchObject({ stage: '不予立案', rejection: { reason: '带有广告宣传性质', rejectedAs: '意见建议' } });
  });

  it('并案 only into another live proposal of the same session', () => {
    const p = submitted('p1', 1);
    const other = submitted('p2', 2);
    expect(refusal(p, 'merge', { targetId: 'p1', note: '' }, TEST_RULES, p).targetId).toBe('提案不能并入它自己');
    expect(refusal(p, 'merge', { targetId: 'x', note: '' }).targetId).toBe('要并入的提案不存在或已被删除');
    expect(refusal(p, 'merge', { targetId: '', note: '' }).targetId).toBe('请选择并入的提案');
    const lastSession = submitted('q1', 1, { session: 1, receivedDate: '2024-01-08' });
    expect(refusal(p, 'merge', { targetId: 'q1', note: '' }, TEST_RULES, lastSession).targetId).toContain('只能并入同一次会议');
    const withdrawn = step(other, 'withdraw', { note: '撤回' });
    expect(refusal(p, 'merge', { targetId: 'p2', note: '' }, TEST_RULES, withdrawn).targetId).toContain('不能并入');
    const deleted = { ...other, deletedAt: '2025-01-11T00:00:00.000Z' };
    expect(refusal(p, 'merge', { targetId: 'p2', note: '' }, TEST_RULES, deleted).targetId).toBe('要并入的提案不存在或已被删除');
    const merged = step(p, 'merge', { targetId: 'p2', note: '' }, '2025-02-01', TEST_RULES, other);
    expect(merged).toMatchObject({ stage: '已并案', mergedIntoId: 'p2' });
    expect(merged.history.at(-1)?.note).toContain('并入第2号提案');
  });

  it('撤案 needs a reason and is only possible under review', () => {
    expect(refusal(submitted('p1', 1), 'withdraw', { note: ' ' }).note).toBe('请填写撤案理由');
    expect(refusal(step(submitted('p1', 1), 'accept', { note: '' }), 'withdraw', { note: '撤回' })._).toContain('只有审查中的提案才能撤案');
  });

  it('退回修改 and 重新提交 keep the 案号 and change the text', () => {
    const p = submitted('p1', 4);
    expect(refusal(p, 'return', { note: '' }).note).toBe('请填写退回修改的意见');
    expect(refusal(p, 'resubmit', { title: '新案由', text: '', note: '' })._).toContain('只有退回修改的提案才能重新提交');
    const back = step(p, 'return', { note: '请补充具体建议' });
    expect(back.stage).toBe('退回修改');
    expect(refusal(back, 'resubmit', { title: '', text: '', note: '' }).title).toBe('请填写案由');
    const again = step(back, 'resubmit', { title: '关于改建城区停车场的建议', text: '一、……', note: '' });
    expect(again).toMatchObject({ stage: '待审查', number: 4, title: '关于改建城区停车场的建议' });
    expect(again.history.map((h) => h.action)).toEqual(['提交', '退回修改', '重新提交']);
  });
});

describe('assignment and handling', () => {
  const accepted = () => step(submitted('p1', 1), 'accept', { note: '' });

  it('交办 to dictionary units with a due date 3 months on by default', () => {
    expect(refusal(submitted('p1', 1), 'assign', assign(FGJ))._).toContain('只有已立案、尚未交办的提案才能交办');
    expect(refusal(accepted(), 'assign', assign('县外星人局')).mainUnit).toContain('不在单位字典中');
    expect(refusal(accepted(), 'assign', assign(FGJ, [CZJ, FGJ]))['coUnits.1']).toContain('重复');
    expect(refusal(accepted(), 'assign', { ...assign(FGJ), dueDate: '2025-02-01' }).dueDate).toBe('办理期限应晚于交办日期');
    expect(refusal(accepted(), 'assign', { ...assign(FGJ), assignedDate: '2025-01-01' }).assignedDate).toBe('交办日期不能早于收到日期');
    const p = step(accepted(), 'assign', assign(FGJ, [CZJ]));
    expect(p.assignment).toEqual({ assignedDate: '2025-02-10', dueDate: '2025-05-10', units: [{ unit: FGJ, role: '主办' }, { unit: CZJ, role: '协办' }], extensions: [] });
    const six = step(accepted(), 'assign', assign(FGJ), '2025-02-10', { ...TEST_RULES, settings: { ...TEST_RULES.settings, dueMonths: 6 } });
    expect(six.assignment?.dueDate).toBe('2025-08-10');
  });

  it('延期 records the new due date, which must be later', () => {
    const p = assigned('p1', 1, FGJ);
    expect(refusal(p, 'extend', { newDueDate: '2025-05-10', reason: '需协调资金' }).newDueDate).toContain('应晚于原期限2025年5月10日');
    expect(refusal(p, 'extend', { newDueDate: '2025-07-10', reason: '' }).reason).toBe('请填写延期理由');
    const later = step(p, 'extend', { newDueDate: '2025-07-10', reason: '需协调资金' });
    expect(currentDueDate(later)).toBe('2025-07-10');
    expect(isOverdue(later, '2025-06-01')).toBe(false);
    expect(isOverdue(later, '2025-07-11')).toBe(true);
    expect(refusal(submitted('p2', 2), 'extend', { newDueDate: '2025-07-10', reason: 'x' })._).toContain('只有办理中的提案才能延期');
  });

  it('refuses a reply before assignment, from a unit not assigned, twice in a round, of a class outside the scheme', () => {
    expect(refusal(submitted('p1', 1), 'reply', reply(FGJ, 'A'))._).toBe('提案尚未交办，不能登记答复');
    expect(refusal(accepted(), 'reply', reply(FGJ, 'A'))._).toBe('提案尚未交办，不能登记答复');
    const p = assigned('p1', 1, FGJ, [CZJ]);
    expect(refusal(p, 'reply', reply('县林业局', 'A')).unit).toBe('“县林业局”不是本提案的承办单位');
    expect(refusal(p, 'reply', reply(FGJ, 'D')).replyClass).toBe('答复类别只能是 A、B、C');
    expect(refusal(p, 'reply', reply(FGJ, 'E')).replyClass).toBe('请选择答复类别');
    expect(refusal(p, 'reply', reply(FGJ, 'A', false, '2025-02-01')).date).toBe('答复日期不能早于交办日期');
    const abcd = { ...TEST_RULES, settings: { ...TEST_RULES.settings, replyScheme: 'ABCD' as const } };
    expect(step(p, 'reply', reply(FGJ, 'D'), '2025-04-01', abcd).replies[0]?.replyClass).toBe('D');
    const co = step(p, 'reply', reply(CZJ, 'B'));
    expect(co.stage).toBe('已交办');
    const main = step(co, 'reply', reply(FGJ, 'A', true));
    expect(main.stage).toBe('已办复');
    expect(main.replies.map((r) => [r.unit, r.role, r.round])).toEqual([[CZJ, '协办', 1], [FGJ, '主办', 1]]);
    expect(refusal(main, 'reply', reply(FGJ, 'B')).unit).toBe(`本轮办理已登记过“${FGJ}”的答复`);
  });

  it('refuses a rating before a reply; 不满意 starts a second round and both rounds are kept', () => {
    const p = assigned('p1', 1, FGJ, [CZJ]);
    expect(refusal(p, 'feedback', feedback('满意'))._).toBe('提案尚未办复，不能评价');
    expect(refusal(step(p, 'reply', reply(CZJ, 'B')), 'feedback', feedback('满意'))._).toBe('提案尚未办复，不能评价');
    const replied = step(p, 'reply', reply(FGJ, 'C'));
    expect(refusal(replied, 'feedback', feedback('很好')).rating).toContain('满意、基本满意或不满意');
    expect(refusal(replied, 'feedback', feedback('满意', '2025-03-01')).date).toBe('反馈日期不能早于主办单位的答复日期');
    const again = step(replied, 'feedback', feedback('不满意', '2025-04-20'));
    expect(again).toMatchObject({ stage: '已交办', round: 2 });
    expect(currentDueDate(again)).toBe('2025-07-20');
    expect(again.history.slice(-2).map((h) => [h.action, h.from, h.to])).toEqual([['评价', '已办复', '已评价'], ['再次办理', '已评价', '已交办']]);
    const second = step(step(again, 'reply', reply(FGJ, 'A', false, '2025-06-01')), 'feedback', feedback('不满意', '2025-06-10'));
    // After the second round there is no third: the proposal stays rated, ready to close.
    expect(second).toMatchObject({ stage: '已评价', round: 2 });
    expect(second.replies.map((r) => [r.round, r.replyClass])).toEqual([[1, 'C'], [2, 'A']]);
    expect(second.feedback.map((f) => [f.round, f.rating])).toEqual([[1, '不满意'], [2, '不满意']]);
    expect(refusal(second, 'feedback', feedback('满意'))._).toContain('不能再评价');
    expect(refusal(second, 'reply', reply(CZJ, 'A'))._).toContain('不在办理中');
    expect(step(second, 'close', { note: '' }).stage).toBe('已办结');
  });

  it('asks for process and result ratings where the office rates them apart', () => {
    const rules = { ...TEST_RULES, settings: { ...TEST_RULES.settings, separateRatings: true } };
    const replied = step(assigned('p1', 1, FGJ), 'reply', reply(FGJ, 'A'));
    const errors = refusal(replied, 'feedback', feedback('满意'), rules);
    expect(errors).toEqual({ processRating: '请评价办理过程', resultRating: '请评价办理结果' });
    const rated = step(replied, 'feedback', { ...feedback('满意'), processRating: '满意', resultRating: '基本满意' }, '2025-04-20', rules);
    expect(rated.feedback[0]).toMatchObject({ rating: '满意', processRating: '满意', resultRating: '基本满意' });
    expect(step(replied, 'feedback', { ...feedback('满意'), processRating: '满意' }).feedback[0]?.processRating).toBeNull();
  });

  it('办结 only once replied or rated', () => {
    expect(refusal(assigned('p1', 1, FGJ), 'close', { note: '' })._).toContain('只有已办复或已评价的提案才能办结');
  });
});

describe('重点提案 and 优秀提案', () => {
  it('marks only registered proposals, with leaders and known 督办 activities', () => {
    const key = { key: true, leaders: ['张主席'], activityIds: ['a1'] };
    expect(refusal(submitted('p1', 1), 'key', key)._).toContain('只有已立案的提案才能设为重点提案');
    const p = step(submitted('p1', 1), 'accept', { note: '' });
    expect(refusal(p, 'key', { ...key, leaders: [] }).leaders).toBe('请填写领衔督办的领导');
    const rules = { ...TEST_RULES, activityIds: new Set(['a1']) };
    expect(refusal(p, 'key', { ...key, activityIds: ['a1', 'a9'] }, rules)['activityIds.1']).toBe('第2项督办活动不在活动台账中');
    const marked = step(p, 'key', key, '2025-03-01', rules);
    expect(marked.keyProposal).toEqual({ leaders: ['张主席'], activityIds: ['a1'] });
    expect(step(marked, 'key', { key: false, leaders: [], activityIds: [] }).keyProposal).toBeNull();
    expect(refusal(p, 'key', { key: false, leaders: [], activityIds: [] })._).toBe('该提案不是重点提案');
  });

  it('优秀提案 is a flag with its history row', () => {
    expect(refusal(submitted('p1', 1), 'excellent', { excellent: true })._).toContain('只有已立案的提案才能评为优秀提案');
    const p = step(step(submitted('p1', 1), 'accept', { note: '' }), 'excellent', { excellent: true });
    expect(p.excellent).toBe(true);
    expect(p.history.at(-1)?.action).toBe('评为优秀提案');
    expect(refusal(p, 'excellent', { excellent: true }).excellent).toBe('该提案已是优秀提案');
  });

  it('refuses every step on a deleted proposal', () => {
    const p = { ...submitted('p1', 1), deletedAt: '2025-01-11T00:00:00.000Z' };
    expect(refusal(p, 'accept', { note: '' })._).toBe('该提案已被删除');
    expect(refusal(p, 'reply', reply(FGJ, 'A'))._).toBe('该提案已被删除');
  });
});

describe('due dates', () => {
  it('adds months, keeping the day or the month’s last day', () => {
    expect(addMonths('2025-02-10', 3)).toBe('2025-05-10');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
  });
});
