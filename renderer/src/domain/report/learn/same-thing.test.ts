// One thing counted in two units side by side: the second count is the same thing's in its unit.
import { describe, expect, it } from 'vitest';
import { learnReport } from './learn-report';
import { plainParagraph as p } from './docx-blocks';

const keys = (text: string) => learnReport([p('青石县政协2025年工作报告'), p(text)], 'standing').numbers
  .filter((n) => n.where !== 'title')
  .map((n) => n.proposal.key);

describe('one thing in two units', () => {
  it('reads 1辑、32万字 after 编辑出版 as the volumes and the words published', () => {
    expect(keys('编辑出版《青石黄河故事》1辑、32万字，印制3000册。').slice(0, 2)).toEqual(['culture.volumes', 'culture.publishedWan']);
  });

  it('leaves a second count with words of its own to them', () => {
    expect(keys('编辑出版文史资料1辑、征集文稿12万字。')).toEqual(['culture.volumes', 'culture.collectedWan']);
  });
});
