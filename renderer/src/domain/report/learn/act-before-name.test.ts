// A name matched alone after another figure's verb for the same things (编入信息) is that figure's, never the name's sure.
import { describe, expect, it } from 'vitest';
import { learnReport } from './learn-report';
import { plainParagraph as p } from './docx-blocks';

const said = (text: string) => learnReport([p('关于2025年民主监督工作情况的汇报'), p(text)], 'supervision').numbers
  .filter((n) => n.where !== 'title')
  .map((n) => `${n.proposal.key ?? 'text'}${n.proposal.sure ? '（确定）' : ''}`);

describe('a verb before a name matched alone', () => {
  it('reads 编入信息 as the items compiled, for checking, and 收集信息 still as those collected', () => {
    expect(said('编发《社情民意》26期，编入信息61条。')).toEqual(['opinions.issuesCompiled（确定）', 'opinions.itemsCompiled']);
    expect(said('全年收集信息173条。')).toEqual(['opinions.collected（确定）']);
  });
});
