// The plan items of the report fixture (report/report-fixtures.ts), whose figures are worked out
// by hand in its HAND_FIGURES. Its activities: a3 视察 on 5月20日 (方案 due 4月22日, 通知 4月29日,
// 材料 5月6日), a4 调研 on 7月1日 (6月3日, 6月10日, 6月17日), a5 调研 on 12月10日 (after the 截至
// date), a6 视察 deleted, a8 专题协商会 with no item.
import type { PlanItem } from './plan';
import { planItem } from './plan-test-support';

export function reportFixturePlans(): PlanItem[] {
  return [
    planItem('pl1', {
      kind: '视察', plannedMonth: 5, activityId: 'a3', steps: { scheme: '2025-04-20', notice: '2025-04-30', materials: '2025-05-06' },
      followUp: { date: '2025-06-01', note: '' }, report: { date: '2025-06-05', to: ['县委'] },
    }),
    planItem('pl2', { kind: '调研', plannedMonth: 7, activityId: 'a4', steps: { scheme: '2025-06-03', notice: null, materials: null } }),
    planItem('pl3', { kind: '调研', plannedMonth: 12, activityId: 'a5' }),
    planItem('pl4', { kind: '视察', plannedMonth: 4, activityId: 'a6' }),
    planItem('pl5', { kind: '提案办理协商', plannedMonth: 10 }),
    planItem('pl6', { kind: '民主评议', plannedMonth: 6 }, true),
  ];
}
