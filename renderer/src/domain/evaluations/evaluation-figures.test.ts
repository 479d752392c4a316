// 民主评议 figures and ranking on rounds whose answers are worked out by hand below.
import { describe, expect, it } from 'vitest';
import { competitionRanks, rankLabel, rankRound } from './evaluation-ranking';
import { computeEvaluationFigures } from './evaluation-figures';
import { emptyUnit, problem, round, scoreUnit, sharesUnit } from './evaluation-test-support';

// 2025: six units, 县教育局 and 县水利局 tie on 满意 90 (second place), 县林业局 has no result yet.
//   满意 shares: 95, 90, 90, 80, 70, 70  → ranks 1, 2, 2, 4, 5, 5
//   overall 满意率 = (95+90+90+80+70+70)/6 = 495/6 = 82.5
const y2025 = round('r2025', '2025-06-10', [
  sharesUnit('县公安局', 80, 15, 5, [problem('p1', '2025-06-10', '已整改', '2025-09-01', '2025-11-20'), problem('p2', '2025-06-10', '整改中')]),
  sharesUnit('县教育局', 90, 8, 2),
  sharesUnit('县水利局', 90, 10, 0, [problem('p3', '2025-06-10', '未整改')]),
  sharesUnit('县商务局', 95, 5, 0),
  sharesUnit('县民政局', 70, 20, 10, [problem('p4', '2025-06-12', '已整改', '2025-12-05')]),
  sharesUnit('县财政局', 70, 25, 5),
  emptyUnit('县林业局'),
]);
const y2019 = round('r2019', '2019-05-01', [sharesUnit('县商务局', 60, 30, 10)]);
const deleted2018 = { ...round('r2018', '2018-05-01', [sharesUnit('县商务局', 60, 30, 10)]), deletedAt: '2025-01-02T00:00:00.000Z' };

describe('competition ranking', () => {
  it('gives tied values the same place and skips the places they take', () => {
    expect(competitionRanks([95, 90, 90, 80])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([5, 5, 5])).toEqual([1, 1, 1]);
    expect(competitionRanks([88.1, 88.10000000001, 70])).toEqual([1, 1, 3]);
  });

  it('ranks a round by 满意 share, ties in stroke order, units without results apart', () => {
    const r = rankRound(y2025);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.rows.map((x) => [x.rank, x.unit])).toEqual([
      [1, '县商务局'], [2, '县水利局'], [2, '县教育局'], [4, '县公安局'], [5, '县民政局'], [5, '县财政局'],
    ]);
    expect(r.value.unranked).toEqual(['县林业局']);
    // Top 3: ranks ≤ 3 → 商务, 水利, 教育. Bottom 3: 民政 and 财政 (nothing below them), 公安 (two below).
    expect(r.value.top).toEqual(['县商务局', '县水利局', '县教育局']);
    expect(r.value.bottom).toEqual(['县公安局', '县民政局', '县财政局']);
    expect(rankLabel(r.value.rows[1]!, r.value.rows)).toBe('第2名（并列）');
    expect(rankLabel(r.value.rows[0]!, r.value.rows)).toBe('第1名');
  });

  it('brings every unit tied at the edge into the named ones, and names at most half', () => {
    const r = rankRound(round('s', '2025-05-01', [scoreUnit('甲局', 90), scoreUnit('乙局', 80), scoreUnit('丙局', 80), scoreUnit('丁局', 60), scoreUnit('戊局', 50)], { resultKind: 'score', namedCount: 1 }));
    expect(r.ok && r.value.rows.map((x) => x.rank)).toEqual([1, 2, 2, 4, 5]);
    expect(r.ok && r.value.top).toEqual(['甲局']);
    expect(r.ok && r.value.bottom).toEqual(['戊局']);
    const tiedTop = rankRound(round('t', '2025-05-01', [scoreUnit('甲局', 90), scoreUnit('乙局', 90), scoreUnit('丙局', 70), scoreUnit('丁局', 60)], { resultKind: 'score', namedCount: 1 }));
    expect(tiedTop.ok && tiedTop.value.top).toEqual(['乙局', '甲局']);
    const two = rankRound(round('u', '2025-05-01', [scoreUnit('甲局', 90), scoreUnit('乙局', 80)], { resultKind: 'score', namedCount: 3 }));
    expect(two.ok && [two.value.top, two.value.bottom]).toEqual([['甲局'], ['乙局']]);
  });

  it('refuses a ranking with no results', () => {
    expect(rankRound(round('e', '2025-05-01', [emptyUnit('县林业局')]))).toEqual({ ok: false, errors: { units: '还没有录入任何单位的测评结果，无法排出测评名次' } });
  });
});

describe('computeEvaluationFigures', () => {
  it('counts the year by hand', () => {
    const f = computeEvaluationFigures([y2019, y2025, deleted2018], 2025);
    expect(f.rounds).toBe(1);
    expect(f.unitsEvaluated).toBe(6);
    expect(f.satisfactionRate).toBe(82.5);
    expect(f.unitRates.find((u) => u.unit === '县公安局')!.rate).toBe(80);
    expect(f.unitRates).toHaveLength(6);
    // p1, p2, p3, p4 found; p1 and p4 rectified; p2 in progress; p1 revisited.
    expect([f.problemsFound, f.problemsRectified, f.problemsInProgress, f.revisits]).toEqual([4, 2, 1, 1]);
    // 2018's round is in the recycle bin, so the office began in 2019.
    expect(f.firstYear).toBe(2019);
    expect(f.ranking?.rows.map((r) => r.rank)).toEqual([1, 2, 2, 4, 5, 5]);
    expect(f.latestRoundId).toBe('r2025');
  });

  it('stops at `until`: a round or a rectification after it does not count yet', () => {
    const f = computeEvaluationFigures([y2019, y2025], 2025, '2025-11-30');
    // p4 rectified on 12月5日: still 整改 in progress on 11月30日; p1's revisit (11月20日) counts.
    expect([f.problemsFound, f.problemsRectified, f.problemsInProgress, f.revisits]).toEqual([4, 1, 2, 1]);
    const early = computeEvaluationFigures([y2019, y2025], 2025, '2025-05-31');
    expect([early.rounds, early.unitsEvaluated, early.satisfactionRate, early.problemsFound, early.ranking]).toEqual([0, 0, null, 0, null]);
    expect(early.firstYear).toBe(2019);
    expect(computeEvaluationFigures([y2025], 2019).firstYear).toBeNull();
  });

  it('leaves score rounds out of 满意率 but counts their units', () => {
    const f = computeEvaluationFigures([round('s', '2025-05-01', [scoreUnit('甲局', 91), scoreUnit('乙局', 85)], { resultKind: 'score' })], 2025);
    expect([f.unitsEvaluated, f.satisfactionRate, f.ranking?.rows.map((r) => r.unit)]).toEqual([2, null, ['甲局', '乙局']]);
  });
});
