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
    expect(href('evaluations')).toBeNull();
  });
});
