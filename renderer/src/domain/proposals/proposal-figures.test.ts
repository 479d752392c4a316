// The proposal figures on a small ledger whose every answer is worked out by hand below.
import { describe, expect, it } from 'vitest';
import { computeProposalFigures, formatRate, PROPOSAL_RATES, proposalFigureLines } from './proposal-figures';
import { proposalBreakdowns } from './proposal-figure-breakdowns';
import { assigned, feedback, reply, step, submitted } from './proposal-fixtures';
import type { Proposal } from './proposal';
import { DEFAULT_PROPOSAL_CATEGORIES } from '../dictionaries/default-dictionaries';

const FGJ = '县发展和改革局';
const CZJ = '县财政局';
const JYJ = '县教育局';
const WJJ = '县卫生健康局';
const WLJ = '县文化广电体育和旅游局';
const STJ = '县生态环境局';

/**
 * 九届二次会议 (sessionKey 9-2), all received in 2025:
 *  1 个人 经济   立案 交办 发改局(主) 财政局(协) · 主办 A 面商, 协办 B · 满意 · 办结 · 重点 (王书记)
 *  2 联名 经济   立案 交办 教育局 · B · 基本满意
 *  3 个人 社会   立案 交办 卫健局 · C · 不满意 → 再次办理 · A 面商 · 满意
 *  4 集体 文化   立案 交办 文旅局 · A · no feedback
 *  5 个人 生态文明 立案 交办 生态环境局 · no reply yet
 *  6 个人 经济   立案 · not assigned · 重点 (张主席, 李县长)
 *  7 个人        不予立案 → 委员来信
 *  8 联名        不予立案 → 社情民意信息
 *  9 个人        并案 into 1
 * 10 个人        撤案
 * 11 个人        待审查
 * plus a deleted proposal of 9-2 (never counted), one of 九届一次会议 (2024) and a 2025 平时提案.
 */
function ledger(): Proposal[] {
  const p1 = assigned('p1', 1, FGJ, [CZJ]);
  const p1r = step(step(p1, 'reply', reply(FGJ, 'A', true)), 'reply', reply(CZJ, 'B'));
  const p1done = step(step(step(p1r, 'feedback', feedback('满意')), 'close', { note: '' }), 'key', { key: true, leaders: ['王书记'], activityIds: [] });
  const p2 = step(step(assigned('p2', 2, JYJ, [], { proposerKind: '联名', coSignerIds: ['m2'] }), 'reply', reply(JYJ, 'B')), 'feedback', feedback('基本满意'));
  const p3first = step(step(assigned('p3', 3, WJJ, [], { category: '社会' }), 'reply', reply(WJJ, 'C')), 'feedback', feedback('不满意'));
  const p3 = step(step(p3first, 'reply', reply(WJJ, 'A', true, '2025-06-01')), 'feedback', feedback('满意', '2025-06-20'));
  const p4 = step(assigned('p4', 4, WLJ, [], { category: '文化', proposerKind: '集体', leadMemberId: null, collectiveKind: '界别', collectiveName: '教育' }), 'reply', reply(WLJ, 'A'));
  const p5 = assigned('p5', 5, STJ, [], { category: '生态文明' });
  const p6 = step(step(submitted('p6', 6), 'accept', { note: '' }), 'key', { key: true, leaders: ['张主席', '李县长'], activityIds: [] });
  const p7 = step(submitted('p7', 7, { category: '其他' }), 'reject', { reason: '涉及提案者本人及亲属的个人事务', rejectedAs: '委员来信', note: '' });
  const p8 = step(submitted('p8', 8, { proposerKind: '联名', coSignerIds: ['m3'] }), 'reject', { reason: '内容空泛、没有具体建议', rejectedAs: '社情民意信息', note: '' });
  const p9 = step(submitted('p9', 9), 'merge', { targetId: 'p1', note: '' }, '2025-02-01', undefined, p1);
  const p10 = step(submitted('p10', 10), 'withdraw', { note: '提案人申请撤回' });
  const p11 = submitted('p11', 11);
  const deleted = { ...assigned('p12', 12, JYJ), deletedAt: '2025-03-01T00:00:00.000Z' };
  const lastSession = assigned('q1', 1, JYJ, [], { session: 1, receivedDate: '2024-01-08' });
  const between = submitted('r1', 1, { term: null, session: null, receivedDate: '2025-07-01' });
  return [p1done, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, deleted, lastSession, between];
}

describe('proposal figures of a session', () => {
  const f = computeProposalFigures(ledger(), { kind: 'session', sessionKey: '9-2' }, { categories: DEFAULT_PROPOSAL_CATEGORIES, scheme: 'ABC' });

  it('counts what was received and how the review ended', () => {
    // 11 received: 个人 1,3,5,6,7,9,10,11 = 8; 联名 2,8 = 2; 集体 4 = 1.
    expect(f.received).toBe(11);
    expect(f.byProposerKind).toEqual({ 个人: 8, 联名: 2, 集体: 1 });
    // 立案 1–6 = 6, 立案率 6 / 11 = 54.5454…%.
    expect(f.registered).toBe(6);
    expect(f.registrationRate).toBeCloseTo(54.545, 2);
    expect(formatRate(PROPOSAL_RATES.registrationRate(f))).toBe('54.5%');
    // 不予立案 7 (委员来信) and 8 (社情民意信息); 并案 9; 撤案 10; 待审查 11.
    expect(f.rejected).toBe(2);
    expect(f.rejectedAs).toEqual({ 社情民意信息: 1, 委员来信: 1, 意见建议: 0 });
    expect([f.merged, f.withdrawn, f.pending]).toEqual([1, 1, 1]);
    // 立案 + 不予立案 + 并案 + 撤案 + 待审 = received: 6 + 2 + 1 + 1 + 1 = 11.
    expect(f.registered + f.rejected + f.merged + f.withdrawn + f.pending).toBe(f.received);
  });

  it('counts 类别 among the registered, in the dictionary’s order', () => {
    // Of 6 registered: 经济 1,2,6 = 3 (50%); 文化 4, 社会 3, 生态文明 5 = 1 each (16.67%); 政治, 其他 0
    // (7 is 其他 but was not registered).
    expect(f.byCategory.map((c) => [c.name, c.count])).toEqual([['经济', 3], ['政治', 0], ['文化', 1], ['社会', 1], ['生态文明', 1], ['其他', 0]]);
    expect(f.byCategory[0]!.share).toBe(50);
    expect(f.byCategory[2]!.share).toBeCloseTo(16.667, 2);
  });

  it('counts assignment, replies, classes and 面商', () => {
    // 交办 1–5; units 发改局, 财政局, 教育局, 卫健局, 文旅局, 生态环境局 = 6.
    expect(f.assigned).toBe(5);
    expect(f.unitsAssigned).toBe(6);
    // 办复 1, 2, 3, 4 (主办 replied) = 4; 办复率 4 / 6 = 66.67%.
    expect(f.replied).toBe(4);
    expect(f.replyRate).toBeCloseTo(66.667, 2);
    // Final 主办 replies: 1 A, 2 B, 3 A (second round; its first was C), 4 A → A 3 (75%), B 1 (25%), C 0.
    expect(f.byClass).toEqual([{ name: 'A', count: 3, base: 4, share: 75 }, { name: 'B', count: 1, base: 4, share: 25 }, { name: 'C', count: 0, base: 4, share: 0 }]);
    expect(f.byClass.reduce((n, c) => n + c.count, 0)).toBe(f.replied);
    // 面商: 1 (A) and 3 (second round A) = 2 of 4 replied = 50%.
    expect([f.faceToFace, f.faceToFaceRate]).toEqual([2, 50]);
  });

  it('counts feedback by each proposal’s last form', () => {
    // Forms: 1 满意, 2 基本满意, 3 满意 (its first round's 不满意 was followed by a second) = 3.
    expect(f.feedbackReturned).toBe(3);
    expect([f.satisfied, f.basicallySatisfied, f.dissatisfied]).toEqual([2, 1, 0]);
    // 满意率 2 / 3 = 66.67%; 满意和基本满意率 3 / 3 = 100%.
    expect(f.satisfactionRate).toBeCloseTo(66.667, 2);
    expect(f.satisfiedOrBasicRate).toBe(100);
  });

  it('lists key proposals by 案号 and their 督办 leaders', () => {
    expect(f.keyProposals).toEqual([
      { number: 1, title: '关于加快城区停车场建设的建议', leaders: ['王书记'] },
      { number: 6, title: '关于加快城区停车场建设的建议', leaders: ['张主席', '李县长'] },
    ]);
    expect(f.keyLeaders).toEqual(['王书记', '张主席', '李县长']);
    expect(f.keyCount).toBe(2);
  });

  it('counts 优秀提案 among the registered', () => {
    // None in the ledger; then 2 (立案) and 4 (交办) are awarded, and 8 (不予立案) cannot be.
    expect(f.excellent).toBe(0);
    const awarded = ledger().map((p) => (p.id === 'p2' || p.id === 'p4' ? step(p, 'excellent', { excellent: true }) : p));
    expect(computeProposalFigures(awarded, { kind: 'session', sessionKey: '9-2' }).excellent).toBe(2);
  });

  it('labels every part of the breakdowns, with shares where reports quote them', () => {
    const [kinds, rejectedAs, categories, classes] = proposalBreakdowns(f, 'ABC');
    // 个人 8 of 11 = 72.7%, 联名 2 = 18.2%, 集体 1 = 9.1%.
    expect(kinds).toMatchObject({ label: '收到提案按提案者', base: '收到提案11件' });
    expect(kinds!.parts.map((p) => [p.label, p.text])).toEqual([['个人提案', '8件（占72.7%）'], ['联名提案', '2件（占18.2%）'], ['集体提案', '1件（占9.1%）']]);
    expect(rejectedAs!.parts.map((p) => [p.label, p.text])).toEqual([['转为社情民意信息', '1件'], ['转为委员来信', '1件'], ['转为意见建议', '0件']]);
    expect(categories!.parts[0]).toMatchObject({ label: '经济', text: '3件（占50%）' });
    expect(classes).toMatchObject({ base: '办复4件' });
    expect(classes!.parts.map((p) => [p.label, p.text])).toEqual([
      ['A类（已经解决或基本解决）', '3件（占75%）'], ['B类（正在解决或列入计划逐步解决）', '1件（占25%）'], ['C类（因条件限制留作参考）', '0件（占0%）'],
    ]);
  });

  it('gives every scalar figure a Chinese label and unit', () => {
    const lines = proposalFigureLines(f);
    expect(lines.find((l) => l.key === 'registered')).toEqual({ key: 'registered', label: '立案', text: '6件' });
    expect(lines.find((l) => l.key === 'replyRate')?.text).toBe('66.7%');
    expect(lines.find((l) => l.key === 'satisfiedOrBasicRate')).toMatchObject({ label: '满意和基本满意率', text: '100%' });
    expect(lines.find((l) => l.key === 'keyCount')).toEqual({ key: 'keyCount', label: '重点提案', text: '2件' });
  });
});

describe('proposal figures of a year and of an empty scope', () => {
  it('takes every session of the year, 平时提案 included', () => {
    // 2025: the 11 of 九届二次会议 and the 平时提案 r1 (pending); 九届一次会议's q1 was in 2024.
    const f = computeProposalFigures(ledger(), { kind: 'year', year: 2025 });
    expect([f.received, f.pending, f.registered]).toEqual([12, 2, 6]);
    expect(computeProposalFigures(ledger(), { kind: 'year', year: 2024 }).assigned).toBe(1);
  });

  it('gives 0, never NaN, where nothing was received', () => {
    const f = computeProposalFigures([], { kind: 'session', sessionKey: '9-3' }, { scheme: 'ABCD' });
    expect([f.registrationRate, f.replyRate, f.satisfactionRate, f.faceToFaceRate]).toEqual([0, 0, 0, 0]);
    expect(f.byClass.map((c) => c.name)).toEqual(['A', 'B', 'C', 'D']);
  });
});
