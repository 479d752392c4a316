// Scoring worked out by hand on scores-fixture.ts, with the default rules (docs/domain.md's example).
import { describe, expect, it } from 'vitest';
import { computeMemberDuties, halfDaysOf, membersServingIn, recordedAreas } from './member-duty';
import { DUTY_COLUMNS, GRADE_PENDING, NOT_RECORDED } from './duty-table-columns';
import { DEFAULT_SCORE_RULES, gradeOf, scoreRulesSchema, type ScoreRules } from './score-rules';
import { DUTY_INPUT, MEMBERS, OPINIONS, member } from './scores-fixture';

const [a, b, c] = computeMemberDuties(['a', 'b', 'c'], DUTY_INPUT, DEFAULT_SCORE_RULES, 2025);
const points = (d: typeof a) => Object.fromEntries(d!.lines.map((l) => [l.ruleId, l.score]));

describe('a member’s year (张三)', () => {
  it('counts meetings by attendance, and other activities attended', () => {
    // 全体会议 and 常委会议 出席; 主席会议 缺席. 视察 and 调研 (the deleted 视察 and last year’s 常委会议 do not count).
    expect(a!.meetings).toEqual({ attended: 2, excused: 0, absent: 1 });
    expect(a!.activities).toBe(2);
  });
  it('counts proposals as lead and co-signer, 立案 and 重点', () => {
    // Lead of p1 (立案, 重点) and p2 (不予立案); co-signer of p3 (立案). p5 is deleted, p6 is 2024’s.
    expect(a!.proposals).toEqual({ lead: 2, coSigned: 1, registered: 2, key: 1 });
    expect(a!.opinions).toEqual({ submitted: 2, adopted: 1 });
    expect(a!.speeches).toBeNull();
  });
  it('gives each rule its points', () => {
    // 6 half-days × 5; 常委会议 × 5; 视察 + 调研 × 5; 主席会议 缺席 × −5; p1 立案 15; p3 附议 3; p1 重点 +15; 2 社情民意 × 10; 1 adopted × 5.
    expect(points(a)).toEqual({
      plenary: 30, meetings: 5, inspection: 10, activities: 0, absent: -5, 'proposal-lead': 15, 'proposal-cosigner': 3,
      'key-lead': 15, 'key-cosigner': 0, opinion: 20, 'opinion-adopted': 5,
    });
    expect(a!.lines.find((l) => l.ruleId === 'plenary')).toMatchObject({ count: 6, points: 5, raw: 30, capped: false });
    expect(a!.total).toBe(98);
    expect(a!.grade).toBe('优秀');
  });
});

describe('the other members', () => {
  it('李四: 请假 at the plenary, taken off the 调研 list, lead of p3 and co-signer of the key p1', () => {
    expect(b!.meetings).toEqual({ attended: 1, excused: 1, absent: 0 });
    expect(b!.activities).toBe(1);
    expect(b!.proposals).toEqual({ lead: 1, coSigned: 1, registered: 2, key: 1 });
    // 2024’s 社情民意 is not this year’s.
    expect(b!.opinions).toEqual({ submitted: 0, adopted: 0 });
    // 常委会议 5 + 专题协商会 5 + p3 15 + p1 附议 3 + 重点 附议 3.
    expect(b!.total).toBe(31);
    expect(b!.grade).toBe('不称职');
  });
  it('王五: absent from the plenary loses 5', () => {
    expect(c!.meetings).toEqual({ attended: 0, excused: 0, absent: 1 });
    // −5 + 视察 5 + p1 附议 3 + 重点 附议 3.
    expect(c!.total).toBe(6);
  });
});

describe('rules as data', () => {
  const withRule = (id: string, patch: object): ScoreRules => ({
    ...DEFAULT_SCORE_RULES, rules: DEFAULT_SCORE_RULES.rules.map((r) => (r.id === id ? { ...r, ...patch } : r)),
  });

  it('follows the office’s points and caps', () => {
    const [x] = computeMemberDuties(['a', 'c'], DUTY_INPUT, withRule('inspection', { points: 20, cap: 25 }), 2025);
    expect(x!.lines.find((l) => l.ruleId === 'inspection')).toMatchObject({ count: 2, raw: 40, score: 25, capped: true });
    const [, y] = computeMemberDuties(['a', 'c'], DUTY_INPUT, withRule('inspection', { points: 20, cap: 25 }), 2025);
    // 王五: one 视察 now 20 instead of 5.
    expect(y!.total).toBe(6 - 5 + 20);
  });
  it('caps a deduction too, and holds the total within 0 … 满分', () => {
    const [x] = computeMemberDuties(['c'], DUTY_INPUT, withRule('absent', { points: -30, cap: 20 }), 2025);
    expect(x!.lines.find((l) => l.ruleId === 'absent')!.score).toBe(-20);
    // −20 + 5 + 3 + 3 is below zero.
    expect(x!.total).toBe(0);
    const [y] = computeMemberDuties(['a'], DUTY_INPUT, withRule('plenary', { points: 20 }), 2025);
    expect(y!.total).toBe(100);
  });
  it('reads 社情民意 as 未记录 while the ledger has none, and gives them no points', () => {
    const [x] = computeMemberDuties(['a'], { ...DUTY_INPUT, opinions: null }, DEFAULT_SCORE_RULES, 2025);
    expect(x!.opinions).toBeNull();
    expect(x!.total).toBe(98 - 25);
  });
  it('grades by the thresholds', () => {
    expect(['90', '89.5', '80', '60', '59.5', '0'].map((t) => gradeOf(Number(t), DEFAULT_SCORE_RULES))).toEqual(['优秀', '良好', '良好', '称职', '不称职', '不称职']);
  });
});

describe('validation of edited rules', () => {
  const errorsOf = (rules: unknown) => {
    const r = scoreRulesSchema.safeParse(rules);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
  };
  it('accepts the defaults', () => {
    expect(errorsOf(DEFAULT_SCORE_RULES)).toEqual({});
  });
  it('says in Chinese which field is wrong', () => {
    const rules = structuredClone(DEFAULT_SCORE_RULES);
    rules.rules[0]!.cap = -1;
    rules.rules[1]!.points = 2.3;
    rules.grades[1]!.min = 95;
    expect(errorsOf(rules)).toEqual({
      'rules.0.cap': '上限应大于0（不设上限请留空）',
      'rules.1.points': '分值最多保留到0.5分',
      'grades.1.min': '应低于“优秀”的分数线90分',
    });
    expect(errorsOf({ ...DEFAULT_SCORE_RULES, fullMarks: 80 })).toEqual({ 'grades.0.min': '分数线不能高于满分80分' });
  });
});

describe('helpers', () => {
  it('counts half-days from the dates, both days included', () => {
    expect(halfDaysOf({ startDate: '2025-01-08', endDate: '2025-01-10' })).toBe(6);
    expect(halfDaysOf({ startDate: '2025-03-01', endDate: '2025-03-01' })).toBe(2);
  });
  it('lists members serving in the year', () => {
    const left = member('d', '赵六', '教育', { status: '调离', statusDate: '2024-06-30' });
    const leftLater = member('e', '钱七', '教育', { status: '辞去', statusDate: '2025-09-01' });
    const deleted = member('f', '孙八', '教育', { deletedAt: '2025-01-02T00:00:00.000Z' });
    expect(membersServingIn([...MEMBERS, left, leftLater, deleted], 2025).map((m) => m.id)).toEqual(['a', 'b', 'c', 'e']);
  });
});

describe('a ledger that does not keep an area yet', () => {
  const { activities, proposals } = DUTY_INPUT;
  const opinions = OPINIONS.map((o, i) => ({ ...o, receivedDate: `${o.year}-0${i + 1}-15` }));
  it('knows which areas the year holds any live record of, up to the 截至 date', () => {
    expect(recordedAreas(2025, '2025-12-31', { activities, proposals, opinions })).toEqual({ attendance: true, proposal: true, opinion: true });
    // 2024 holds one 常委会议, one proposal and one 社情民意; 2023 nothing; deleted records hold nothing.
    expect(recordedAreas(2024, '2024-12-31', { activities, proposals, opinions })).toEqual({ attendance: true, proposal: true, opinion: true });
    expect(recordedAreas(2023, '2023-12-31', { activities, proposals, opinions })).toEqual({ attendance: false, proposal: false, opinion: false });
    expect(recordedAreas(2025, '2025-12-31', { activities: activities.filter((x) => x.deletedAt !== null), proposals: proposals.filter((p) => p.deletedAt !== null), opinions: null })).toEqual({ attendance: false, proposal: false, opinion: false });
    // Up to 1月8日 the plenary has begun; the first proposal (received later) and 社情民意 (15 January) are not in yet.
    expect(recordedAreas(2025, '2025-01-08', { activities, proposals: proposals.map((p) => ({ ...p, receivedDate: '2025-02-01' })), opinions })).toEqual({ attendance: true, proposal: false, opinion: false });
  });
  it('gives no grade, and reads 未记录, where the rules count an area the year’s ledger holds nothing of', () => {
    const [x] = computeMemberDuties(['a'], { ...DUTY_INPUT, recorded: { attendance: true, proposal: false, opinion: false } }, DEFAULT_SCORE_RULES, 2025);
    expect(x!.unrecorded).toEqual(['proposal', 'opinion']);
    expect(x!.grade).toBeNull();
    expect(x!.opinions).toBeNull();
    const row = { member: MEMBERS[0]!, duty: x! };
    const cell = (key: string) => DUTY_COLUMNS.find((col) => col.key === key)!.value(row, 0);
    expect(['attended', 'lead', 'registered', 'opinions', 'grade'].map(cell)).toEqual([2, NOT_RECORDED, NOT_RECORDED, NOT_RECORDED, GRADE_PENDING]);
  });
  it('grades as before where no rule with points counts the missing area', () => {
    const noOpinionPoints: ScoreRules = { ...DEFAULT_SCORE_RULES, rules: DEFAULT_SCORE_RULES.rules.map((r) => (r.source.kind === 'opinion' ? { ...r, points: 0 } : r)) };
    const [x] = computeMemberDuties(['a'], { ...DUTY_INPUT, recorded: { attendance: true, proposal: true, opinion: false } }, noOpinionPoints, 2025);
    expect(x!.unrecorded).toEqual([]);
    expect(x!.grade).toBe(gradeOf(x!.total, noOpinionPoints));
  });
});
