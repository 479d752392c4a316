// A ledger small enough to count by hand: the expected figures are worked out in the comments.
import { describe, expect, it } from 'vitest';
import { computeHomeFigures, HOME_MEETINGS } from './home-figures';
import { figureText } from '../report/report-text';
import { computeFiguresFor, yearScope } from '../report/figure-catalogue';
import { reportFixtureLedger } from '../report/report-fixtures';
import type { Activity, AttendanceStatus } from '../activities/activity';
import { emptyActivityFields, withDerivedFields } from '../activities/activity';
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
    { activities: [plenary, standing1, standing2, inspection, deleted, lastYear], dictionary: defaultDictionaryEntries('2025-01-01T00:00:00.000Z') },
    2025,
  );

  const value = (key: string) => figures.figures.get(key)?.value;

  it('counts activities by type, live and in the year only', () => {
    expect(value('activities.total')).toBe(4);
    expect(figures.byType).toEqual([{ type: '常委会议', count: 2 }, { type: '全体会议', count: 1 }, { type: '视察', count: 1 }]);
  });
  it('counts meetings by the category of their type', () => {
    expect(value('activities.category.meeting')).toBe(3);
  });
  it('counts 人次 as 出席 rows of live activities', () => {
    expect(value('activities.personTimes')).toBe(4 + 3 + 1 + 7);
  });
  it('gives 应到/实到 and the rate of plenary and standing committee meetings', () => {
    expect([value('activities.type.plenary'), value('meetings.plenary.expected'), value('meetings.plenary.present'), value('meetings.plenary.rate')]).toEqual([1, 5, 4, 80]);
    expect([value('activities.type.standing'), value('meetings.standing.expected'), value('meetings.standing.present'), value('meetings.standing.rate')]).toEqual([2, 6, 4, 66.7]);
    expect(HOME_MEETINGS.flatMap((m) => m.figures).every((f) => figures.figures.has(f.key))).toBe(true);
  });
  it('prints a year with no 常委会议 as — on the home screen and in a report alike', () => {
    const none = computeHomeFigures({ activities: [plenary], dictionary: defaultDictionaryEntries('2025-01-01T00:00:00.000Z') }, 2025);
    const rate = none.figures.get('meetings.standing.rate');
    expect(figureText(rate, '%')).toBe('—');
    // The report counts the same figure from the same definition.
    const ledger = { ...reportFixtureLedger(), activities: [plenary] };
    const report = computeFiguresFor(ledger, yearScope(2025), ['meetings.standing.rate']);
    expect(figureText(report.get('meetings.standing.rate'), '%')).toBe('—');
    expect(figureText(none.figures.get('meetings.plenary.rate'), '%')).toBe('80%');
  });
});
