// A 2025 worked out by hand, up to 2025-11-30. Due dates: 视察 a1 on 3月20日 → 方案 2月20日, 通知
// 2月27日, 材料 3月6日; 调研 a2 on 5月10日 → 4月12日, 4月19日, 4月26日; 培训 a5 on 7月1日 → 6月3日,
// 6月10日, 6月17日.
import { describe, expect, it } from 'vitest';
import { activityCategoryMap } from '../dictionaries/dictionary-kinds';
import { defaultDictionaryEntries } from '../dictionaries/default-dictionaries';
import { computePlanFigures } from './plan-figures';
import { heldActivity, planItem } from './plan-test-support';

const categoryOf = activityCategoryMap(defaultDictionaryEntries('2025-01-01T00:00:00.000Z'));

const ACTIVITIES = [
  heldActivity('a1', '视察', '2025-03-20'),
  heldActivity('a2', '调研', '2025-05-10'),
  // A 视察 with no item: the rule applies, every step missing.
  heldActivity('a3', '视察', '2025-06-15'),
  // A meeting with no item: the rule does not apply.
  heldActivity('a4', '常委会议', '2025-04-01'),
  // 培训 is not a kind the rule covers, but its steps were recorded (an unplanned item).
  heldActivity('a5', '培训', '2025-07-01'),
  // Held after the 截至 date.
  heldActivity('a6', '调研', '2025-12-10'),
  heldActivity('a7', '民主评议', '2025-08-08', true),
];

const PLANS = [
  planItem('p1', {
    kind: '视察', plannedMonth: 3, activityId: 'a1', steps: { scheme: '2025-02-20', notice: '2025-02-28', materials: null },
    followUp: { date: '2025-04-01', note: '' }, report: { date: '2025-04-10', to: ['县委'] },
  }),
  planItem('p2', {
    kind: '调研', plannedMonth: 5, activityId: 'a2', steps: { scheme: '2025-04-01', notice: '2025-04-19', materials: '2025-04-26' },
    report: { date: '2025-12-05', to: ['县政府'] },
  }),
  planItem('p3', { kind: '调研', plannedMonth: 12, activityId: 'a6' }),
  // Its activity was deleted: not done.
  planItem('p4', { kind: '民主评议', plannedMonth: 8, activityId: 'a7' }),
  planItem('p5', { kind: '提案办理协商', plannedMonth: 9 }),
  planItem('p6', { kind: '视察', plannedMonth: 10 }, true),
  planItem('p7', { year: 2024, kind: '视察', plannedMonth: 10 }),
  planItem('u1', { kind: '培训', plannedMonth: 7, unplanned: true, activityId: 'a5', steps: { scheme: '2025-06-01', notice: null, materials: '2025-06-20' } }),
];

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

describe('the plan’s figures', () => {
  const f = computePlanFigures(PLANS, ACTIVITIES, categoryOf, 2025, '2025-11-30');

  it('counts items planned, by kind, done and not yet done', () => {
    expect(ids(f.planned)).toEqual(['p1', 'p2', 'p4', 'p5', 'p3']);
    expect(ids(f.done)).toEqual(['p1', 'p2']);
    expect(ids(f.notDone)).toEqual(['p4', 'p5', 'p3']);
    expect(f.byKind).toEqual([
      { kind: '视察', planned: 1, done: 1 },
      { kind: '调研', planned: 2, done: 1 },
      { kind: '民主评议', planned: 1, done: 0 },
      { kind: '提案办理协商', planned: 1, done: 0 },
    ]);
  });

  it('counts the activities the rule applies to, with and without an item, and each step on time, late and missing', () => {
    expect(ids(f.ruleActivities)).toEqual(['a1', 'a2', 'a3', 'a5']);
    expect(ids(f.withoutItem)).toEqual(['a3']);
    expect({ onTime: ids(f.steps.scheme.onTime), late: ids(f.steps.scheme.late), missing: ids(f.steps.scheme.missing) }).toEqual({ onTime: ['a1', 'a2', 'a5'], late: [], missing: ['a3'] });
    expect({ onTime: ids(f.steps.notice.onTime), late: ids(f.steps.notice.late), missing: ids(f.steps.notice.missing) }).toEqual({ onTime: ['a2'], late: ['a1'], missing: ['a3', 'a5'] });
    expect({ onTime: ids(f.steps.materials.onTime), late: ids(f.steps.materials.late), missing: ids(f.steps.materials.missing) }).toEqual({ onTime: ['a2'], late: ['a5'], missing: ['a1', 'a3'] });
    expect(ids(f.allOnTime)).toEqual(['a2']);
    expect(ids(f.followedUp)).toEqual(['a1']);
    // a2's report came on 12月5日, after the 截至 date.
    expect(ids(f.reported)).toEqual(['a1']);
  });

  it('counts the whole year when no date is given', () => {
    const y = computePlanFigures(PLANS, ACTIVITIES, categoryOf, 2025);
    expect(ids(y.done)).toEqual(['p1', 'p2', 'p3']);
    expect(ids(y.ruleActivities)).toEqual(['a1', 'a2', 'a3', 'a5', 'a6']);
    expect(ids(y.steps.scheme.missing)).toEqual(['a3', 'a6']);
    expect(ids(y.reported)).toEqual(['a1', 'a2']);
  });

  it('counts nothing for a year with neither items nor activities', () => {
    const empty = computePlanFigures(PLANS, ACTIVITIES, categoryOf, 2023);
    expect([empty.planned.length, empty.ruleActivities.length, empty.byKind.length]).toEqual([0, 0, 0]);
  });
});
