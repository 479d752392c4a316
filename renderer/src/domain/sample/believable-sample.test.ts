// The 示例数据 reads like a real committee's year: one 全体会议 in January with every member
// called, four to six 常委会议, a 现场办公 and 重点提案, sessions numbered within a five-year term,
// nothing dated after the day it is loaded, and most members 称职 under the default 履职积分 rules.
import { describe, expect, it } from 'vitest';
import { generateLedger, SAMPLE_SIZE_BIG_COUNTY, smallSampleSize } from './generate-ledger';
import { activityCategoryMap } from '../dictionaries/dictionary-kinds';
import { codeByName } from '../dictionaries/dictionary-codes';
import { computeMemberDuties, recordedAreas } from '../scores/member-duty';
import { GRADE_PENDING } from '../scores/duty-table-columns';
import { DEFAULT_SCORE_RULES } from '../scores/score-rules';
import type { Ledger } from '../ledger/ledger';

const ofType = (ledger: Ledger, year: number, type: string) => ledger.activities.filter((a) => a.type === type && a.startDate.startsWith(`${year}`));

function grades(ledger: Ledger, year: number): Map<string, number> {
  const input = {
    activities: ledger.activities.filter((a) => a.startDate.startsWith(`${year}`)),
    proposals: ledger.proposals.filter((p) => p.receivedDate.startsWith(`${year}`)),
    opinions: ledger.opinions.filter((o) => o.year === year),
    categoryOf: activityCategoryMap(ledger.dictionary),
    codeOf: codeByName(ledger.dictionary, 'activityType'),
    recorded: recordedAreas(year, `${year}-12-31`, ledger),
  };
  const count = new Map<string, number>();
  for (const duty of computeMemberDuties(ledger.members.map((m) => m.id), input, DEFAULT_SCORE_RULES, year)) count.set(duty.grade ?? GRADE_PENDING, (count.get(duty.grade ?? GRADE_PENDING) ?? 0) + 1);
  return count;
}

describe.each(['2026-12-05', '2026-03-15', '2026-01-03'])('the sample loaded on %s', (today) => {
  const ledger = generateLedger(smallSampleSize(today));

  it('holds one 全体会议, in January with every member called, and four to six 常委会议 of the 常委会组成人员', () => {
    const plenary = ofType(ledger, 2026, '全体会议');
    expect(plenary).toHaveLength(1);
    expect(plenary[0]!.startDate.slice(0, 7)).toBe('2026-01');
    expect(plenary[0]!.participants).toHaveLength(ledger.members.length);
    const standing = ofType(ledger, 2026, '常委会议');
    expect(standing.length).toBeGreaterThanOrEqual(4);
    expect(standing.length).toBeLessThanOrEqual(6);
    const seated = new Set(ledger.members.filter((m) => m.role !== '委员').map((m) => m.id));
    for (const meeting of standing) expect(meeting.participants.every((p) => seated.has(p.memberId))).toBe(true);
    expect(ofType(ledger, 2026, '现场办公').length).toBeGreaterThanOrEqual(1);
  });

  it('dates nothing after the day it is loaded', () => {
    const late = ledger.activities.filter((a) => a.startDate > today || a.endDate > today);
    expect(late.map((a) => `${a.title} ${a.startDate}—${a.endDate}`)).toEqual([]);
    expect(ledger.proposals.filter((p) => p.receivedDate > today).length).toBe(0);
  });

  it('numbers its session 九届一次会议', () => {
    expect(ledger.settings!.committee).toMatchObject({ term: 9, sessions: [{ number: 1, date: '2026-01-10' }] });
  });
});

describe('the sample loaded in December', () => {
  const ledger = generateLedger(smallSampleSize('2026-12-05'));

  it('grades most members 称职 or better under the default 履职积分 rules', () => {
    const count = grades(ledger, 2026);
    const total = [...count.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(ledger.members.length);
    expect(count.get('不称职') ?? 0).toBeLessThan(total * 0.25);
  });

  it('has 重点提案', () => {
    expect(ledger.proposals.filter((p) => p.keyProposal !== null).length).toBeGreaterThanOrEqual(2);
  });
});

describe('the ten-year ledger of a big county', () => {
  const ledger = generateLedger(SAMPLE_SIZE_BIG_COUNTY);

  it('numbers each year’s plenary within its five-year term: 九届一次 … 九届五次, then 十届一次 …', () => {
    const sittings = [...new Set(ledger.proposals.filter((p) => p.term !== null).map((p) => `${p.receivedDate.slice(0, 4)} ${p.term}-${p.session}`))].sort();
    expect(sittings).toEqual([
      '2016 9-1', '2017 9-2', '2018 9-3', '2019 9-4', '2020 9-5', '2021 10-1', '2022 10-2', '2023 10-3', '2024 10-4', '2025 10-5',
    ]);
    expect(ledger.settings!.committee.term).toBe(10);
    expect(ledger.settings!.committee.sessions.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    for (let year = 2016; year <= 2025; year++) expect(ofType(ledger, year, '全体会议')).toHaveLength(1);
  });
});
