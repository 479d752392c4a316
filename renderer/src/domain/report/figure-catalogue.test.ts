import { describe, expect, it } from 'vitest';
import { computeFigures, computeFiguresFor, FIGURE_CATALOGUE, figureByKey, figureCatalogueFor, yearScope } from './figure-catalogue';
import { problemMessage } from './render-report';
import { CONTEXT_PLACEHOLDERS, DEFAULT_TEMPLATES } from './report-template';
import { figureKeysOf } from './template-keys';
import { FIXTURE_SCOPE, HAND_FIGURES, reportFixtureLedger } from './report-fixtures';
import { proposalAsOf } from './figures/proposal-figures';
import { DEFAULT_PROPOSAL_SETTINGS } from '../proposals/proposal-settings';
import { newRow } from '../common/row-stamps';

/** Figures whose value is not the number of their records: sums, distinct units, issues (期). */
const NOT_RECORD_COUNTS = new Set([
  'activities.reports', 'activities.reports.researchReports', 'activities.reports.inspectionReports', 'activities.reports.consultationAdvice',
  'activities.reports.formalAdvice', 'activities.suggestions', 'activities.adopted', 'activities.instructions',
  'activities.instructions.county', 'activities.instructions.city', 'activities.instructions.province', 'activities.instructions.national',
  'proposals.unitsAssigned', 'proposals.keyLeaders', 'opinions.issuesCompiled', 'opinions.instructions',
  // Sums over records (grass-roots figures): opinions and problems, attendances, households, money, 万字, photos, copies.
  'stations.opinions', 'stations.problems', 'campaigns.personTimes', 'pairings.households', 'pairings.money',
  'culture.collectedWan', 'culture.photos', 'culture.publishedWan', 'culture.copies',
  // A year, with the first round behind it.
  'evaluations.firstYear',
]);

describe('the figure catalogue', () => {
  it('names the grass-roots unit as the office does (设置 基层单位名称), in labels, groups and the check messages', () => {
    expect(figureByKey('stations.built', [], '委员工作室')).toMatchObject({ label: '已建委员工作室', group: '委员工作室' });
    expect(figureByKey('stations.complete', [], '委员工作室')?.label).toBe('达到“八个有”的委员工作室');
    const named = figureCatalogueFor([], '委员联络组').filter((f) => f.key.startsWith('stations.'));
    expect(named.length).toBeGreaterThan(3);
    for (const f of named) expect(`${f.group} ${f.label}`).not.toContain('联络站');
    // Other figures and the default name are as they were.
    expect(figureByKey('stations.built')?.label).toBe('已建联络站');
    expect(figureByKey('activities.total', [], '委员工作室')).toBe(figureByKey('activities.total'));
    expect(problemMessage({ key: 'stations.built', kind: 'zero' }, [], '委员工作室')).toBe('“已建委员工作室”为0，仍按模板写入，请核对台账后再印发');
  });

  it('has one definition per key, each usable as a {{placeholder}}, with a label, unit and group', () => {
    const keys = FIGURE_CATALOGUE.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of FIGURE_CATALOGUE) {
      expect(f.key).toMatch(/^[^{}\s]+$/);
      expect(f.key in CONTEXT_PLACEHOLDERS).toBe(false);
      expect(f.label.length, f.key).toBeGreaterThan(0);
      expect(f.unit.length, f.key).toBeGreaterThan(0);
      expect(figureByKey(f.key)).toBe(f);
    }
  });

  it('counts every figure of the fixture as worked out by hand, for 2025 up to 2025-11-30', () => {
    const figures = computeFigures(reportFixtureLedger(), FIXTURE_SCOPE);
    const actual = Object.fromEntries([...figures].map(([k, r]) => [k, r.value]));
    const expected = Object.fromEntries(FIGURE_CATALOGUE.map((f) => [f.key, HAND_FIGURES[f.key] ?? 0]));
    expect(actual).toEqual(expected);
    // Every hand-counted key is a catalogue figure (a typo in the fixture would pass silently otherwise).
    for (const key of Object.keys(HAND_FIGURES)) expect(figureByKey(key), key).toBeDefined();
  });

  it('lists the records behind each count, and behind a rate its numerator', () => {
    const figures = computeFigures(reportFixtureLedger(), FIXTURE_SCOPE);
    for (const f of FIGURE_CATALOGUE) {
      const r = figures.get(f.key)!;
      if (f.unit === '%' || NOT_RECORD_COUNTS.has(f.key)) continue;
      expect(r.records.length, f.key).toBe(r.value);
    }
    expect(figures.get('meetings.plenary.rate')!.records.map((r) => r.label)).toEqual(['2025年1月10日 全体会议活动a1：王明出席', '2025年1月10日 全体会议活动a1：李芳出席']);
    expect(figures.get('proposals.replyRate')!.records.map((r) => r.id)).toEqual(['p1', 'p2']);
    expect(figures.get('proposals.replied')!.records[0]).toEqual({ table: 'proposals', id: 'p1', label: '九届二次会议第1号《关于加快城区停车场建设的建议》' });
    expect(figures.get('members.total')!.records.map((r) => r.id).sort()).toEqual(['m1', 'm2', 'm3', 'm5']);
    expect(figures.get('activities.suggestions')!.records.map((r) => r.id)).toEqual(['a3', 'a4']);
    expect(figures.get('proposals.unitsAssigned')!.records.map((r) => r.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(figures.get('opinions.adoptedItems')!.records.map((r) => r.table + r.id)).toEqual(['opinionso1', 'opinionso2']);
  });

  it('counts the whole year when no date is given, later replies and proposals included', () => {
    const figures = computeFigures(reportFixtureLedger(), yearScope(2025));
    expect(figures.get('proposals.received')!.value).toBe(8);
    expect(figures.get('proposals.replied')!.value).toBe(3);
    expect(figures.get('activities.type.research')!.value).toBe(2);
    expect(figures.get('members.total')!.value).toBe(3);
    expect(figures.get('opinions.adopted.county')!.value).toBe(1);
  });

  it('counts one plenary session\'s proposals for a session report', () => {
    // 九届一次会议's proposal came in 2024: a session report counts it, whatever the year.
    const figures = computeFigures(reportFixtureLedger(), yearScope(2025, '2025-11-30', '9-1'));
    expect(figures.get('proposals.received')!.records.map((r) => r.id)).toEqual(['p9']);
    const session = computeFigures(reportFixtureLedger(), yearScope(2025, '2025-11-30', '9-2'));
    expect(session.get('proposals.received')!.value).toBe(7);
    expect(session.get('activities.total')!.value).toBe(5);
  });

  it('takes a proposal back to where it stood on the date', () => {
    const p3 = reportFixtureLedger().proposals.find((p) => p.id === 'p3')!;
    expect(p3.stage).toBe('已办复');
    const then = proposalAsOf(p3, '2025-11-30');
    expect(then.stage).toBe('已交办');
    expect(then.replies).toEqual([]);
    expect(proposalAsOf(p3, '2025-01-31').assignment).toBeNull();
    expect(proposalAsOf(p3, '2025-12-31')).toBe(p3);
  });

  it('takes the stage from dated events when the steps were typed in later', () => {
    // Entered in December: every history row is dated 2025-12-10, but it was assigned on 03-10,
    // answered on 06-01 and rated 满意 on 06-20. 截至11月底 it stood 已评价, not 待审查.
    const p3 = reportFixtureLedger().proposals.find((p) => p.id === 'p3')!;
    const typedLate = {
      ...p3,
      history: p3.history.map((h) => ({ ...h, date: '2025-12-10' })),
      assignment: { ...p3.assignment!, assignedDate: '2025-03-10' },
      replies: p3.replies.map((r) => ({ ...r, date: '2025-06-01' })),
      feedback: [{ ...newRow({ round: 1, date: '2025-06-20', rating: '满意' as const, processRating: null, resultRating: null, note: '' }, '2025-06-20T08:00:00.000Z'), id: 'f-late' }],
    };
    const then = proposalAsOf(typedLate, '2025-11-30');
    expect(then.stage).toBe('已评价');
    expect(then.replies.length).toBeGreaterThan(0);
    // Before the reply, no rating counts even if one were dated earlier by mistake.
    const early = proposalAsOf({ ...typedLate, feedback: [{ ...typedLate.feedback[0]!, date: '2025-04-01' }] }, '2025-05-01');
    expect(early.stage).toBe('已交办');
    expect(early.feedback).toEqual([]);
  });

  it('counts a 批示 by its own date, not the activity\'s', () => {
    const ledger = reportFixtureLedger();
    const activity = ledger.activities.find((a) => a.deletedAt === null && a.startDate.startsWith('2025-'))!;
    const before = computeFigures(reportFixtureLedger(), FIXTURE_SCOPE).get('activities.instructions')!.value;
    activity.instructions = [
      ...activity.instructions,
      newRow({ leader: '县委书记', level: '县', date: '2025-12-10', text: '请县政府研究落实。' }, '2025-12-10T08:00:00.000Z'),
      newRow({ leader: '市委副书记', level: '市', date: '2026-01-05', text: '值得推广。' }, '2026-01-05T08:00:00.000Z'),
    ];
    // 截至11月底 neither exists yet; the whole year has the December one; the January one is 2026's.
    expect(computeFigures(ledger, FIXTURE_SCOPE).get('activities.instructions')!.value).toBe(before);
    const fresh = () => ({ ...ledger });
    expect(computeFigures(fresh(), yearScope(2025)).get('activities.instructions')!.value).toBe(computeFigures(reportFixtureLedger(), yearScope(2025)).get('activities.instructions')!.value + 1);
    const in2026 = computeFigures(fresh(), yearScope(2026)).get('activities.instructions.city')!;
    expect(in2026.value).toBe(1);
    expect(in2026.records.map((r) => r.id)).toEqual([activity.id]);
  });

  it('computes only the figures a template uses, with the same values', () => {
    const ledger = reportFixtureLedger();
    const keys = figureKeysOf(DEFAULT_TEMPLATES.supervision);
    const some = computeFiguresFor(ledger, FIXTURE_SCOPE, [...keys, 'no.such.figure']);
    const all = computeFigures(ledger, FIXTURE_SCOPE);
    expect([...some.keys()].sort()).toEqual([...new Set(keys)].sort());
    for (const [k, r] of some) expect(r).toEqual(all.get(k));
  });

  it('never counts a deleted record, whatever the figure', () => {
    const before = computeFigures(reportFixtureLedger(), FIXTURE_SCOPE);
    // A new ledger object: figures are cached per ledger, which is never changed in place.
    const ledger = reportFixtureLedger();
    for (const table of [ledger.members, ledger.activities, ledger.proposals, ledger.opinions, ledger.plans, ledger.evaluations, ledger.supervisors, ledger.supervisionLetters, ledger.stations, ledger.campaigns, ledger.pairings, ledger.culture, ledger.dictionary]) for (const r of table) r.deletedAt = '2025-06-01T00:00:00.000Z';
    const after = computeFigures(ledger, FIXTURE_SCOPE);
    for (const f of FIGURE_CATALOGUE) expect(after.get(f.key)!.value, f.key).toBe(0);
    expect(before.get('activities.total')!.value).toBe(5);
  });
});

describe('what the replies came to, under either reply scheme', () => {
  it('reads C as 留作参考 under A/B/C, and B+C as 列入计划 and D as 留作参考 under A/B/C/D', () => {
    const abcd = reportFixtureLedger();
    abcd.settings = { ...abcd.settings!, proposals: { ...(abcd.settings!.proposals ?? DEFAULT_PROPOSAL_SETTINGS), replyScheme: 'ABCD' } };
    // The fixture's two replied proposals are classed A and B; class the B one D instead.
    for (const p of abcd.proposals) for (const r of p.replies) if (r.replyClass === 'B') r.replyClass = 'D';
    const f = computeFigures(abcd, FIXTURE_SCOPE);
    expect([f.get('proposals.result.solved')!.value, f.get('proposals.result.planned')!.value, f.get('proposals.result.reference')!.value]).toEqual([1, 0, 1]);
    expect(f.get('proposals.result.reference.share')!.value).toBe(50);
  });
});
