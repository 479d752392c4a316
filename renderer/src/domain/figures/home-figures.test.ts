// A ledger small enough to count by hand: the expected figures are worked out in the comments.
import { describe, expect, it } from 'vitest';
import { computeHomeFigures } from './home-figures';
import type { Activity, AttendanceStatus } from '../activities/activity';
import { emptyActivityFields, withDerivedFields } from '../activities/activity';
import { activityCategoryMap } from '../dictionaries/dictionary-kinds';
import { defaultDictionaryEntries } from '../dictionaries/default-dictionaries';

const at = '2025-01-01T00:00:00.000Z';
let n = 0;
function activity(type: string, date: string, statuses: AttendanceStatus[], { deleted = false, removedIndex = -1 } = {}): Activity {
  n++;
  const participants = statuses.map((status, i) => ({
    id: `a${n}-r${i}`, createdAt: at, updatedAt: at, deletedAt: i === removedIndex ? at : null, memberId: `m${i}`, status, reason: '',
  }));
  return withDerivedFields({ ...emptyActivityFields(date), id: `a${n}`, createdAt: at, updatedAt: at, deletedAt: deleted ? at : null, title: `${type}${n}`, type, participants });
}

describe('home figures', () => {
  const plenary = activity('全体会议', '2025-01-10', ['出席', '出席', '出席', '出席', '请假']); // 5 expected, 4 present
  const standing1 = activity('常委会议', '2025-03-01', ['出席', '出席', '出席']); // 3 expected, 3 present
  // 3 expected (the row taken off the list is not counted), 1 present
  const standing2 = activity('常委会议', '2025-06-01', ['出席', '缺席', '请假', '出席'], { removedIndex: 3 });
  const inspection = activity('视察', '2025-04-10', ['出席', '出席', '出席', '出席', '出席', '出席', '出席', '请假']); // 8 expected, 7 present
  const deleted = activity('调研', '2025-05-01', ['出席', '出席'], { deleted: true }); // never counts
  const lastYear = activity('视察', '2024-11-11', ['出席']); // other year
  const figures = computeHomeFigures(
    { activities: [plenary, standing1, standing2, inspection, deleted, lastYear], categoryOf: activityCategoryMap(defaultDictionaryEntries()) },
    2025,
  );

  it('counts activities by type, live and in the year only', () => {
    expect(figures.activityCount).toBe(4);
    expect(figures.byType).toEqual([{ type: '常委会议', count: 2 }, { type: '全体会议', count: 1 }, { type: '视察', count: 1 }]);
  });
  it('counts meetings by the category of their type', () => {
    expect(figures.meetingsHeld).toBe(3);
  });
  it('counts 人次 as 出席 rows of live activities', () => {
    expect(figures.participationPersonTimes).toBe(4 + 3 + 1 + 7);
  });
  it('gives 应到/实到 and the rate of plenary and standing committee meetings', () => {
    expect(figures.plenary).toEqual({ meetings: 1, expected: 5, present: 4, excused: 1, absent: 0, rate: 0.8 });
    expect(figures.standing).toEqual({ meetings: 2, expected: 6, present: 4, excused: 1, absent: 1, rate: 4 / 6 });
  });
});
