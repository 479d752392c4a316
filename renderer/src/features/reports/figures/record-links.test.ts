import { describe, expect, it } from 'vitest';
import { hrefOf } from '../../../app/router';
import { routeOfFigureRecord } from './record-links';

describe('links to the records behind a figure', () => {
  it('opens each kind of record on its own page, and lists others without a link', () => {
    const href = (table: string) => {
      const route = routeOfFigureRecord({ table, id: 'r1', label: '' });
      return route ? hrefOf(route) : null;
    };
    expect(href('members')).toBe('#/members/r1');
    expect(href('activities')).toBe('#/activities/r1');
    expect(href('proposals')).toBe('#/proposals/r1');
    expect(href('opinions')).toBe('#/opinions/r1');
    expect(href('plans')).toBe('#/plans/r1');
    expect(href('evaluations')).toBe('#/evaluations/r1');
    // Appointments and 建议书 are listed on the 监督员 page, not each on its own.
    expect(href('supervisors')).toBe('#/supervisors');
    expect(href('supervisionLetters')).toBe('#/supervisors');
    expect(href('history')).toBeNull();
  });
});
