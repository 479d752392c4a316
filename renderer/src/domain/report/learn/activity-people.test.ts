// Attendances right after a kind of activity are that kind's, also once the year's in all were stated;
// after a list of kinds they are of them all.
import { describe, expect, it } from 'vitest';
import { learnReport } from './learn-report';
import { plainParagraph as p } from './docx-blocks';

const said = (...paragraphs: string[]) => learnReport([p('关于2025年工作的报告'), ...paragraphs.map((t) => p(t))], 'standing').numbers
  .filter((n) => n.where !== 'title')
  .map((n) => n.proposal.key);

describe('attendances after a kind of activity', () => {
  it('are that kind’s after the year’s in all, in its bracket, or before the words 委员参与', () => {
    const stated = '全年组织各类履职活动134次，委员参加2210人次。';
    expect(said(stated, '开展调研12次，委员参加231人次。')).toEqual(['activities.total', 'activities.personTimes', 'activities.type.research', 'activities.type.research.personTimes']);
    expect(said(stated, '视察9次（143人次）。').slice(2)).toEqual(['activities.type.inspection', 'activities.type.inspection.personTimes']);
    expect(said(stated, '全年组织协商活动22次，486人次委员参与协商。').slice(2)).toEqual(['activities.category.consultation', 'activities.category.consultation.personTimes']);
  });

  it('are of all the kinds after a list of them, never the last one’s', () => {
    const [, , people] = said('组织视察5次、调研6次，先后有239人次委员参加。');
    expect(people).not.toBe('activities.type.research.personTimes');
  });

  it('reads 集中评议 as rounds of evaluation and 委员参评 as its attendances', () => {
    expect(said('年内开展集中评议2次，委员参评236人次。')).toEqual(['evaluations.rounds', 'activities.type.evaluation.personTimes']);
  });
});
