// Editing a proposal's own fields: the history row names what changed, the session is locked once
// the proposal is reviewed, and a date that contradicts the assignment is refused.
import { describe, expect, it } from 'vitest';
import { editProposal } from './proposal-edit';
import { assigned, proposalFields, step, submitted } from './proposal-fixtures';
import type { Proposal } from './proposal';
import type { TransitionResult } from './proposal-step';

function edited(r: TransitionResult): Proposal {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.proposal;
}

function errorsOf(r: TransitionResult): Record<string, string> {
  if (r.ok) throw new Error('expected a refusal');
  return r.errors;
}

describe('editing a proposal', () => {
  it('changes the fields, keeps the 案号 and stage, and writes a 修改 row naming the changes', () => {
    const p = step(submitted('p1', 4), 'accept', { note: '' });
    const next = edited(editProposal(p, proposalFields({ title: '关于建设城区停车场的建议', category: '社会', text: '补充内容' }), { operator: '韦小宝', date: '2025-02-03', at: '2025-02-03T08:00:00.000Z' }));
    expect(next).toMatchObject({ number: 4, stage: '已立案', title: '关于建设城区停车场的建议', category: '社会', text: '补充内容', sessionKey: '9-2' });
    expect(next.history.at(-1)).toMatchObject({
      action: '修改', from: '已立案', to: '已立案', date: '2025-02-03', operator: '韦小宝',
      note: '案由由“关于加快城区停车场建设的建议”改为“关于建设城区停车场的建议”；类别由“经济”改为“社会”；提案内容',
    });
    expect(next.history).toHaveLength(p.history.length + 1);
  });

  it('recomputes the proposers’ member ids when they change', () => {
    const p = submitted('p1', 1);
    const next = edited(editProposal(p, proposalFields({ proposerKind: '联名', leadMemberId: 'm2', coSignerIds: ['m3'] }), { operator: '韦小宝', date: '2025-01-12', at: '2025-01-12T08:00:00.000Z' }));
    expect(next.memberIds).toEqual(['m2', 'm3']);
    expect(next.history.at(-1)?.note).toBe('提案者类别；第一提案人；附议人');
  });

  it('moves a proposal under review to another session, but not a reviewed one', () => {
    const p = submitted('p1', 1);
    const moved = edited(editProposal(p, proposalFields({ session: 3, receivedDate: '2026-01-09' }), { operator: '韦小宝', date: '2026-01-10', at: '2026-01-10T08:00:00.000Z' }));
    expect([moved.sessionKey, moved.year]).toEqual(['9-3', 2026]);
    expect(moved.history.at(-1)?.note).toBe('届次会议；收到日期由2025年1月10日改为2026年1月9日');
    const registered = step(p, 'accept', { note: '' });
    expect(errorsOf(editProposal(registered, proposalFields({ session: 3 }), { operator: '韦小宝', date: '2025-02-02', at: '2025-02-02T08:00:00.000Z' })).session).toBe('提案已立案，届次会议不能再改（案号第1号已在本次会议使用）');
    const rejected = step(p, 'reject', { reason: '带有广告宣传性质', rejectedAs: '意见建议', note: '' });
    expect(errorsOf(editProposal(rejected, proposalFields({ term: null, session: null }), { operator: '韦小宝', date: '2025-02-02', at: '2025-02-02T08:00:00.000Z' })).session).toContain('届次会议不能再改');
    // A 平时提案 moved to another year changes session too.
    const between = step(submitted('r1', 1, { term: null, session: null, receivedDate: '2025-07-01' }), 'accept', { note: '' });
    expect(errorsOf(editProposal(between, proposalFields({ term: null, session: null, receivedDate: '2026-01-02' }), { operator: '韦小宝', date: '2026-01-03', at: '2026-01-03T08:00:00.000Z' })).receivedDate)
      .toBe('平时提案已审查，收到日期不能改到另一年');
    // Within the year it is a plain date correction.
    expect(edited(editProposal(between, proposalFields({ term: null, session: null, receivedDate: '2025-06-30' }), { operator: '韦小宝', date: '2025-07-03', at: '2025-07-03T08:00:00.000Z' })).sessionKey).toBe('平时-2025');
  });

  it('keeps a proposal others were merged into in its session', () => {
    expect(errorsOf(editProposal(submitted('p1', 1), proposalFields({ session: 3 }), { operator: '韦小宝', date: '2025-02-02', at: '2025-02-02T08:00:00.000Z' }, 2)).session).toBe('已有2件提案并入本提案，不能改到另一次会议');
  });

  it('refuses a received date after the assignment, an edit that changes nothing, and a deleted proposal', () => {
    const p = assigned('p1', 1, '县教育局');
    expect(errorsOf(editProposal(p, proposalFields({ receivedDate: '2025-02-11' }), { operator: '韦小宝', date: '2025-03-01', at: '2025-03-01T08:00:00.000Z' })).receivedDate).toBe('收到日期不能晚于交办日期');
    expect(errorsOf(editProposal(p, proposalFields(), { operator: '韦小宝', date: '2025-03-01', at: '2025-03-01T08:00:00.000Z' }))._).toBe('没有修改任何内容');
    expect(errorsOf(editProposal({ ...p, deletedAt: '2025-03-01T00:00:00.000Z' }, proposalFields({ title: '新案由' }), { operator: '韦小宝', date: '2025-03-01', at: '2025-03-01T08:00:00.000Z' }))._).toBe('该提案已被删除');
  });
});
