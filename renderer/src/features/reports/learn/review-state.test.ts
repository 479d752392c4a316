import { describe, expect, it } from 'vitest';
import { learnReport } from '../../../domain/report/learn/learn-report';
import { plainParagraph as p } from '../../../domain/report/learn/docx-blocks';
import { accept, bindTo, countStates, keepAsText, move, reviewable, startReview, stateOf } from './review-state';

const report = learnReport([p('关于2025年提案工作的报告'), p('共收到提案134件，视察调研12次，第二次会议。联络站驻地1—2名委员，接待37人次。')], 'proposals');

describe('review state', () => {
  it('starts on the first number with the proposals, and moves with the keyboard within the ends', () => {
    const r = startReview(report);
    const ids = reviewable(report).map((n) => n.clause);
    expect(ids).toEqual(['关于2025年', '共收到提案134件', '视察调研12次', '联络站驻地1—2名', '接待37人次']);
    expect(r.current).toBe(reviewable(report)[0]!.id);
    expect(move(report, r, -1).current).toBe(r.current);
    expect(move(report, move(report, r, 1), 1).current).toBe(reviewable(report)[2]!.id);
    expect(countStates(report, r)).toEqual({ sure: 2, check: 1, context: 1, text: 1 });
  });

  it('accepts, binds to another figure (a range keeps both ends) and keeps as text, moving on each time', () => {
    const [year, received, units, range, visits] = reviewable(report);
    let r = startReview(report);
    expect(stateOf(units!, r)).toBe('check');
    r = accept(report, r, units!.id);
    expect(stateOf(units!, r)).toBe('sure');
    expect(r.current).toBe(range!.id);
    r = keepAsText(report, r, received!.id);
    expect(r.decisions.get(received!.id)).toEqual({ role: 'text' });
    expect(stateOf(received!, r)).toBe('text');
    r = bindTo(report, r, range!.id, 'stations.staffMin');
    expect(r.decisions.get(range!.id)).toEqual({ role: 'figure', key: 'stations.staffMin', toKey: 'stations.staffMax' });
    r = bindTo(report, r, visits!.id, 'activities.personTimes');
    expect(stateOf(visits!, r)).toBe('sure');
    expect(stateOf(year!, r)).toBe('context');
  });
});
