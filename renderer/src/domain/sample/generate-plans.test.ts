// The sample's plan: every item valid as a backup reads it and as the forms would take it (no day
// done in the future, no step after its activity, 跟踪 and 报告 not before it), steps on time, late
// and missing all present, planned items not yet held and unplanned ones, and each year's words.
import { describe, expect, it } from 'vitest';
import { generateLedger } from './generate-ledger';
import { planItemSchema } from '../plans/plan';
import { yearNotesSchema } from '../plans/year-notes';
import { computePlanFigures } from '../plans/plan-figures';
import { activityCategoryMap } from '../dictionaries/dictionary-kinds';
import { toIsoDate } from '../common/dates';
import { addDays, dueSteps } from '../plans/plan-steps';

describe('sample plan and "1234" steps', () => {
  let n = 0;
  const ledger = generateLedger({ firstYear: 2023, years: 2, members: 30, activitiesPerYear: 60, participantsPerActivity: 3, seed: 5 }, () => `s-${++n}`);
  const today = toIsoDate(new Date());
  const activityOf = new Map(ledger.activities.map((a) => [a.id, a]));

  it('makes only records the schemas and the input rules accept', () => {
    for (const p of ledger.plans) {
      expect(planItemSchema.safeParse(p).success, p.id).toBe(true);
      const a = p.activityId ? activityOf.get(p.activityId) : undefined;
      if (p.activityId) expect(a?.year, p.id).toBe(p.year);
      for (const done of Object.values(p.steps)) {
        if (!done) continue;
        expect(done <= today).toBe(true);
        if (a) expect(done <= a.startDate).toBe(true);
      }
      for (const d of [p.followUp.date, p.report.date]) if (d) expect(a && d >= a.startDate && d <= today).toBe(true);
      expect(p.isSample).toBe(true);
    }
    // At most one item per activity.
    const linked = ledger.plans.flatMap((p) => (p.activityId ? [p.activityId] : []));
    expect(new Set(linked).size).toBe(linked.length);
    expect(ledger.yearNotes.map((y) => y.year)).toEqual([2023, 2024]);
    for (const y of ledger.yearNotes) expect(yearNotesSchema.safeParse(y).success).toBe(true);
  });

  it('gives each year planned, unheld and unplanned items, and steps on time, late and missing', () => {
    const categoryOf = activityCategoryMap(ledger.dictionary);
    for (const year of [2023, 2024]) {
      const f = computePlanFigures(ledger.plans, ledger.activities, categoryOf, year);
      expect(f.done.length).toBeGreaterThan(5);
      expect(f.notDone.length).toBeGreaterThanOrEqual(2);
      expect(ledger.plans.some((p) => p.year === year && p.unplanned)).toBe(true);
      for (const step of ['scheme', 'notice', 'materials'] as const) {
        expect(f.steps[step].onTime.length, step).toBeGreaterThan(0);
        expect(f.steps[step].late.length, step).toBeGreaterThan(0);
        expect(f.steps[step].missing.length, step).toBeGreaterThan(0);
      }
      expect(f.followedUp.length).toBeGreaterThan(0);
      expect(f.reported.length).toBeGreaterThan(0);
    }
  });

  it('plans items for the coming weeks in the year of today, so the home screen has steps to chase', () => {
    const year = Number(today.slice(0, 4));
    const current = generateLedger({ firstYear: year, years: 1, members: 10, activitiesPerYear: 10, participantsPerActivity: 2, seed: 7, today }, () => `c-${++n}`);
    const starts = new Map(current.activities.map((a) => [a.id, a.startDate]));
    const soon = addDays(today, 16);
    const chased = dueSteps(current.plans, (id) => starts.get(id), today).filter((d) => d.item.plannedDate === soon && d.item.title === '关于城区停车场建设的视察');
    // Late in December the coming weeks fall in the next year, whose plan the sample does not hold.
    expect(chased.map((d) => [d.step, d.late])).toEqual(soon.startsWith(`${year}-`) ? [['scheme', true], ['notice', true], ['materials', false]] : []);
  });
});
