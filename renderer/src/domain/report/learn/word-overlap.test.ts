// The last-resort guess by shared pairs of characters: a sentence it must place (never sure) and
// sentences it must leave as text.
import { describe, expect, it } from 'vitest';
import { learnReport, type LearnedNumber } from './learn-report';
import { plainParagraph as p } from './docx-blocks';
import { charPairs } from './word-overlap';

function learned(...paragraphs: string[]): LearnedNumber[] {
  return learnReport([p('关于2025年工作的报告'), ...paragraphs.map((t) => p(t))], 'standing').numbers.filter((n) => n.where !== 'title');
}

describe('guessing a figure by the words its clause shares with it', () => {
  it('splits text into pairs of word characters only', () => {
    expect([...charPairs('民主评议，2013年《》')]).toEqual(['民主', '主评', '评议']);
  });

  it('places a number no wording rule places, by its clause’s telling words, never sure', () => {
    const [first] = learned('县政协自2013年起坚持每年开展政风行风民主评议。');
    expect(first!.proposal).toMatchObject({ key: 'evaluations.firstYear', sure: false, guessed: true });
  });

  it('places a number whose best figure leads the next by a fifth, and one whose lead is only among the paragraph’s part of the work', () => {
    const [allOnTime] = learned('方案、通知、材料样样按时的活动共有29次。');
    expect(allOnTime!.proposal).toMatchObject({ key: 'rule.allOnTime', sure: false, guessed: true });
    // 意见建议 is already bound with another value; among the 民主评议 figures the paragraph is on, one leads.
    const [, , , found] = learned('委员提出意见建议30条。', '对区人社局、区住建局等8个部门开展民主评议，综合满意率94.35%，梳理反馈意见建议52条。');
    expect(found!.proposal).toMatchObject({ key: 'evaluations.problemsFound', sure: false, guessed: true });
    expect(learned('委员提出意见建议30条。', '梳理反馈意见建议52条。')[1]!.role).toBe('text');
  });

  it('guesses nothing from common words, a list closed by 等, or beside a change over last year', () => {
    expect(learned('年内提交过提案的有193名。')[0]!.role).toBe('text');
    expect(learned('组织委员开展“委员进社区”活动4次。')[0]!.role).toBe('text');
    expect(learned('瑶族等少数民族委员118名。')[0]!.role).toBe('text');
    expect(learned('较上年自2013年起坚持每年开展政风行风民主评议。')[0]!.role).toBe('text');
  });

  it('guesses a part after 其中 only as one of its whole’s parts', () => {
    const [, part] = learned('召开主席会议10次，其中专题研究民主监督工作3次。');
    expect(part!.role).toBe('text');
  });
});
