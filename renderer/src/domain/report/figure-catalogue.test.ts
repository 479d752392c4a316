import { describe, expect, it } from 'vitest';
import { computeFigures, computeFiguresFor, FIGURE_CATALOGUE, figureByKey, yearScope } from './figure-catalogue';
import { CONTEXT_PLACEHOLDERS, DEFAULT_TEMPLATES, figureKeysOf } from './report-template';
import { FIXTURE_SCOPE, HAND_FIGURES, reportFixtureLedger } from './report-fixtures';
import { proposalAsOf } from './figures/proposal-figures';

/** Figures whose value is not the number of their records: sums, distinct units, issues (期). */
const NOT_RECORD_COUNTS = new Set([
  'activities.reports', 'activities.reports.researchReports', 'activities.reports.inspectionReports', 'activities.reports.consultationAdvice',
  'activities.reports.formalAdvice', 'activities.suggestions', 'activities.adopted', 'activities.instructions',
  'activities.instructions.county', 'activities.instructions.city', 'activities.instructions.province', 'activities.instructions.national',
  'proposals.unitsAssigned', 'proposals.keyLeaders', 'opinions.issuesCompiled', 'opinions.instructions',
]);

describe('the figure catalogue', () => {
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
    for (const table of [ledger.members, ledger.activities, ledger.proposals, ledger.opinions]) for (const r of table) r.deletedAt = '2025-06-01T00:00:00.000Z';
    const after = computeFigures(ledger, FIXTURE_SCOPE);
    for (const f of FIGURE_CATALOGUE) expect(after.get(f.key)!.value, f.key).toBe(0);
    expect(before.get('activities.total')!.value).toBe(5);
  });
});
