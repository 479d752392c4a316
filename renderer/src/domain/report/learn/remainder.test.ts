// What is left of a count of things done counts those not done.
import { describe, expect, it } from 'vitest';
import { learnReport } from './learn-report';
import { plainParagraph as p } from './docx-blocks';

const said = (text: string) => learnReport([p('青石县政协2025年民主监督工作情况汇报'), p(text)], 'supervision').numbers
  .filter((n) => n.mention.kind === 'count')
  .map((n) => n.proposal.key);

describe('the remainder of a count of things done', () => {
  it('reads 还有, 其余, 另有 after the items done as those not done', () => {
    expect(said('截至11月底，已完成16项；还有2项因上级安排调整顺延到明年初。')).toEqual(['plans.done', 'plans.notDone']);
    expect(said('上半年已完成11项（协商3项、调研2项），其余15项已排入下半年计划。')).toEqual(['plans.done', 'plans.done.consultation', 'plans.done.research', 'plans.notDone']);
  });

  it('leaves a remainder in another unit, or with no count of things done before it', () => {
    expect(said('已完成16项，还有11条建议正在办理。')[1]).not.toBe('plans.notDone');
    expect(said('全年开展视察7次，另有2项推迟。')[1]).not.toBe('plans.notDone');
  });
});
