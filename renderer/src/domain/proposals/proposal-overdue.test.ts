// Lateness and the per-unit table on proposals whose due dates are worked out by hand: assigned
// 2025-02-10 with the default 3 months, so due 2025-05-10 unless extended.
import { describe, expect, it } from 'vitest';
import { daysBetween, dueDateOn, latenessLabel, proposalLateness } from './proposal-overdue';
import { computeUnitTable } from './proposal-units';
import { assigned, feedback, reply, step, submitted } from './proposal-fixtures';
import { isOverdue } from './proposal-settings';

const FGJ = '县发展和改革局';
const CZJ = '县财政局';
const JYJ = '县教育局';

describe('lateness', () => {
  it('counts days from the due date to today while the 主办 unit has not replied', () => {
    const p = assigned('p1', 1, FGJ);
    expect(daysBetween('2025-05-10', '2025-05-22')).toBe(12);
    expect(proposalLateness(p, '2025-05-10')).toEqual({ kind: 'none' });
    expect(proposalLateness(p, '2025-05-22')).toEqual({ kind: 'open', days: 12 });
    expect(latenessLabel(proposalLateness(p, '2025-05-22'))).toBe('逾期12天');
    // The filter's isOverdue says the same.
    expect([isOverdue(p, '2025-05-10'), isOverdue(p, '2025-05-22')]).toEqual([false, true]);
    expect(proposalLateness(submitted('p2', 2), '2026-01-01')).toEqual({ kind: 'none' });
  });

  it('uses the extension in force and judges a reply by its own date', () => {
    const extended = step(assigned('p1', 1, FGJ), 'extend', { newDueDate: '2025-06-30', reason: '涉及多部门' }, '2025-05-01');
    expect(dueDateOn(extended, '2025-04-30')).toBe('2025-05-10');
    expect(dueDateOn(extended, '2025-05-01')).toBe('2025-06-30');
    expect(proposalLateness(extended, '2025-06-30')).toEqual({ kind: 'none' });
    expect(proposalLateness(extended, '2025-07-03')).toEqual({ kind: 'open', days: 3 });
    const lateReply = step(assigned('p2', 2, FGJ), 'reply', reply(FGJ, 'A', false, '2025-05-15'));
    expect(proposalLateness(lateReply, '2025-12-31')).toEqual({ kind: 'replied-late', days: 5 });
    expect(latenessLabel(proposalLateness(lateReply, '2025-12-31'))).toBe('逾期5天办复');
    expect(proposalLateness(step(assigned('p3', 3, FGJ), 'reply', reply(FGJ, 'A', false, '2025-05-10')), '2025-12-31')).toEqual({ kind: 'none' });
  });

  it('gives 再次办理 its own due date', () => {
    // 不满意 on 2025-04-20 starts round 2, due 2025-07-20.
    const again = step(step(assigned('p1', 1, FGJ), 'reply', reply(FGJ, 'C')), 'feedback', feedback('不满意'));
    expect(proposalLateness(again, '2025-07-20')).toEqual({ kind: 'none' });
    expect(proposalLateness(again, '2025-07-25')).toEqual({ kind: 'open', days: 5 });
  });
});

describe('the per-unit table', () => {
  it('counts each unit’s proposals, answers, lateness and classes', () => {
    // p1: 发改局 主办 replies A on time (04-01), 财政局 协办 replies B late (05-20, 10 days).
    // p2: 财政局 主办, not yet replied. p3: 教育局 主办 replied C then, after 不满意, A in round 2
    //     on 06-01 (due 07-20): its latest reply A, on time. p4: 发改局 主办 deleted (not counted).
    // p5: another session (not counted).
    const p1 = step(step(assigned('p1', 1, FGJ, [CZJ]), 'reply', reply(FGJ, 'A')), 'reply', reply(CZJ, 'B', false, '2025-05-20'));
    const p2 = assigned('p2', 2, CZJ);
    const p3 = step(step(step(step(assigned('p3', 3, JYJ), 'reply', reply(JYJ, 'C')), 'feedback', feedback('不满意')), 'reply', reply(JYJ, 'A', false, '2025-06-01')), 'feedback', feedback('满意', '2025-06-10'));
    const p4 = { ...assigned('p4', 4, FGJ), deletedAt: '2025-03-01T00:00:00.000Z' };
    const p5 = assigned('q1', 1, FGJ, [], { session: 1, receivedDate: '2024-01-08' });
    // 财政局 has two proposals, so it comes first; then 发改局 before 教育局 by name.
    const table = computeUnitTable([p1, p2, p3, p4, p5, submitted('p6', 6)], { kind: 'session', sessionKey: '9-2' });
    expect(table).toEqual([
      { unit: CZJ, main: 1, co: 1, replied: 1, onTime: 0, late: 1, notReplied: 1, byClass: { B: 1 } },
      { unit: FGJ, main: 1, co: 0, replied: 1, onTime: 1, late: 0, notReplied: 0, byClass: { A: 1 } },
      { unit: JYJ, main: 1, co: 0, replied: 1, onTime: 1, late: 0, notReplied: 0, byClass: { A: 1 } },
    ]);
    for (const row of table) {
      expect(row.onTime + row.late).toBe(row.replied);
      expect(row.replied + row.notReplied).toBe(row.main + row.co);
    }
    expect(computeUnitTable([p1, p5], { kind: 'year', year: 2024 })).toEqual([
      { unit: FGJ, main: 1, co: 0, replied: 0, onTime: 0, late: 0, notReplied: 1, byClass: {} },
    ]);
  });
});
