// Parts after 其中 named only by what sets them apart, the rest of their name the whole's.
import { describe, expect, it } from 'vitest';
import { learnReport } from './learn-report';
import { plainParagraph as p } from './docx-blocks';

const said = (text: string) => learnReport([p('青石县政协2025年工作报告'), p(text)], 'standing').numbers
  .filter((n) => n.where !== 'title')
  .map((n) => `${n.proposal.key ?? 'text'}${n.proposal.sure ? '（确定）' : ''}`);

describe('a part named by what sets it apart', () => {
  it('reads 其中全国政协3条、省政协14条 as adoptions by level, past a bracket on the first', () => {
    expect(said('信息被上级政协采用71条，其中全国政协3条（单篇采用1条），省政协14条，市政协54条。')).toEqual([
      'opinions.adoptedItems（确定）', 'opinions.adopted.national', 'opinions.adopted.national.single（确定）', 'opinions.adopted.province', 'opinions.adopted.city',
    ]);
  });

  it('reads one level’s leaders after all 批示 as that level’s, however the leaders are named', () => {
    expect(said('获各级领导批示29次，其中省领导批示1次。')).toEqual(['activities.instructions（确定）', 'activities.instructions.province']);
    expect(said('履职成果获县级以上领导批示31次，其中县委、县政府主要领导26次，市领导5次。')).toEqual([
      'activities.instructions（确定）', 'activities.instructions.county', 'activities.instructions.city',
    ]);
  });
});
