// A number no words placed, in a sentence about one part of the work, counted in a unit only one of
// that part's figures has, is that figure's — never where the title names the part for every sentence.
import { describe, expect, it } from 'vitest';
import { learnReport } from './learn-report';
import { plainParagraph as p } from './docx-blocks';

const said = (title: string, text: string) => learnReport([p(title), p(text)], 'standing').numbers
  .filter((n) => n.where !== 'title')
  .map((n) => `${n.proposal.key ?? 'text'}${n.proposal.sure ? '（确定）' : ''}`);

describe('the one figure of a part of the work in its unit', () => {
  it('reads the kinds, activities, members and attendances of a themed campaign', () => {
    expect(said('青石县政协2025年工作报告', '全年组织各类履职活动134次。开展“委员进社区”主题履职活动，组织义诊、普法、助学等6类活动38次，共有147名委员参加、529人次。')).toEqual([
      'activities.total（确定）', 'campaigns.kinds', 'campaigns.activities', 'campaigns.members', 'campaigns.personTimes',
    ]);
  });

  it('leaves a count whose clause says what it counts, and one in a report the part is the subject of', () => {
    expect(said('青石县政协2025年工作报告', '结对帮扶工作中，推动新增停车泊位860户。')).toEqual(['text']);
    expect(said('青石县政协2025年提案工作情况报告', '围绕提案工作，全县有153名委员参加。')).toEqual(['text']);
  });

  it('leaves a result in the world in a report on another part, matched weakly to a part nothing names', () => {
    expect(said('青石县政协2025年提案工作情况报告', '经过督办，全县新建口袋公园17个，改造背街小巷36条。')).toEqual(['text', 'text']);
  });
});
