import { describe, expect, it } from 'vitest';
import { headingNumbers, typedHeadingOf } from './heading-numbers';

describe('a line of the office’s own text that numbers itself', () => {
  it('is a heading of the level its number says, the whole line when it is the heading alone', () => {
    expect(typedHeadingOf('一、全面启用履职台账')).toEqual({ level: 1, length: 10 });
    expect(typedHeadingOf('（二）推进委员工作室建设。')).toEqual({ level: 2, length: 13 });
    expect(typedHeadingOf('(三)加强学习')).toEqual({ level: 2, length: 7 });
    expect(typedHeadingOf('1.加强学习')).toBeUndefined();
    expect(typedHeadingOf('加强学习。')).toBeUndefined();
  });

  it('takes only the lead up to the first 。 as the heading when body text runs on in the same line', () => {
    const line = '（一）加强学习。今年要组织委员参加培训两期，提高履职能力。';
    expect(typedHeadingOf(line)).toEqual({ level: 2, length: '（一）加强学习。'.length });
    expect(typedHeadingOf('一、聚焦中心工作。围绕县委决策部署开展视察。')).toEqual({ level: 1, length: '一、聚焦中心工作。'.length });
    // Trailing spaces after the heading's 。 are no body text.
    expect(typedHeadingOf('（二）强化监督。 ')).toEqual({ level: 2, length: 9 });
  });

  it('is a numbered body paragraph when its first sentence is longer than a heading', () => {
    expect(typedHeadingOf('（一）今年以来，我们认真贯彻落实县委决策部署，组织委员开展视察调研活动。下一步继续做好。')).toBeUndefined();
    // 26 characters fit the first line of an indented paragraph: up to there it is still a lead.
    const lead = `（一）${'强'.repeat(22)}。`;
    expect(lead).toHaveLength(26);
    expect(typedHeadingOf(`${lead}正文。`)).toEqual({ level: 2, length: 26 });
    expect(typedHeadingOf(`（一）${'强'.repeat(23)}。正文。`)).toBeUndefined();
  });

  it.each([
    '一、二季度完成委员培训。',
    '一、二季度',
    '三、四月份组织委员视察重点项目',
    '一、二、三季度各召开一次主席会议。',
    '十一、十二月开展年终考评。',
    '一、二等奖各评出3名。',
    '一、二年级学生家长代表参加座谈。',
    '三、四个乡镇试点委员工作室。',
  ])('is no heading when 一、 lists the next numeral with a unit: “%s”', (line) => {
    expect(typedHeadingOf(line)).toBeUndefined();
  });

  it.each([
    ['一、三个聚焦', 1],
    ['一、五年来的工作回顾', 1],
    ['四、五年来履职成效', 1],
    ['二、三农工作建言献策', 1],
    ['一、两个维护落到实处', 1],
    ['一、二〇二五年工作回顾', 1],
    ['（一）二季度工作安排', 2],
  ] as const)('stays a heading when what follows 一、 only begins with a number: “%s”', (line, level) => {
    expect(typedHeadingOf(line)).toEqual({ level, length: line.length });
  });
});

describe('heading numbers', () => {
  it('numbers each level from one under a new parent and leaves a lone heading unnumbered', () => {
    expect(headingNumbers([1, 2, 2, 1, 2])).toEqual(['一、', '（一）', '（二）', '二、', '']);
  });
});
