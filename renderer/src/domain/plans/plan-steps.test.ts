import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, dueSteps, stepDueDate, stepStatus } from './plan-steps';
import { planItem } from './plan-test-support';

describe('the 1234 rule’s due dates', () => {
  it('counts 4, 3 and 2 weeks back from the activity, across months and years', () => {
    expect(stepDueDate('2025-03-20', 'scheme')).toBe('2025-02-20');
    expect(stepDueDate('2025-03-20', 'notice')).toBe('2025-02-27');
    expect(stepDueDate('2025-03-20', 'materials')).toBe('2025-03-06');
    expect(stepDueDate('2025-01-10', 'scheme')).toBe('2024-12-13');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('moves a date by days as the calendar does, over leap years, centuries and long spans', () => {
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    // Against the platform's own UTC calendar, on any date of four centuries and any shift of ±30 years.
    fc.assert(fc.property(fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }), fc.integer({ min: -11000, max: 11000 }), (date, days) => {
      const iso = date.toISOString().slice(0, 10);
      const expected = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days)).toISOString().slice(0, 10);
      expect(addDays(iso, days)).toBe(expected);
    }));
  });

  it('says how a step stands: on time up to the due day, late after it, missing once past due', () => {
    expect(stepStatus('2025-02-20', '2025-03-20', 'scheme', '2025-04-01')).toBe('按时');
    expect(stepStatus('2025-02-21', '2025-03-20', 'scheme', '2025-04-01')).toBe('逾期完成');
    expect(stepStatus(null, '2025-03-20', 'scheme', '2025-02-21')).toBe('逾期');
    expect(stepStatus(null, '2025-03-20', 'scheme', '2025-02-20')).toBe('未到期');
    expect(stepStatus(null, null, 'scheme', '2025-02-20')).toBe('未定日期');
  });
});

describe('dueSteps (the home screen’s list)', () => {
  it('lists steps due within three weeks and late ones while the activity is ahead, soonest first', () => {
    const items = [
      // Planned for 3月22日: 方案 was due 2月22日 (late), 通知 is due today, 材料 on 3月8日.
      planItem('q1', { plannedDate: '2025-03-22' }),
      // 5月1日: its first step falls due 4月3日, after the three weeks.
      planItem('q2', { plannedDate: '2025-05-01', plannedMonth: 5 }),
      // Its day has passed: a missed step is a figure now, not a to-do.
      planItem('q3', { plannedDate: '2025-02-25', plannedMonth: 2 }),
      // The held activity's date (3月10日) wins over the plan's; 材料 is done.
      planItem('q4', { plannedDate: '2025-06-01', plannedMonth: 6, activityId: 'a1', steps: { scheme: null, notice: null, materials: '2025-02-20' } }),
      planItem('q5', { plannedDate: '2025-03-22' }, true),
      planItem('q6'),
    ];
    const listed = dueSteps(items, (id) => (id === 'a1' ? '2025-03-10' : undefined), '2025-03-01');
    expect(listed.map((d) => [d.item.id, d.step, d.due, d.late])).toEqual([
      ['q4', 'scheme', '2025-02-10', true],
      ['q4', 'notice', '2025-02-17', true],
      ['q1', 'scheme', '2025-02-22', true],
      ['q1', 'notice', '2025-03-01', false],
      ['q1', 'materials', '2025-03-08', false],
    ]);
  });

  it('drops a step once it is marked done', () => {
    const item = planItem('q1', { plannedDate: '2025-03-22', steps: { scheme: '2025-02-20', notice: '2025-03-01', materials: null } });
    expect(dueSteps([item], () => undefined, '2025-03-01').map((d) => d.step)).toEqual(['materials']);
  });
});
