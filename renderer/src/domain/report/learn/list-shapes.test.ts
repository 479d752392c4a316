// Shapes of a sentence that say what its numbers count beyond the words right before each: a share
// in brackets after its count, the items of a list each with its own words, a part after 其中, a
// 将 right before the number, and a section headed with next year. Each with a sentence it must
// read so and one it must leave alone.
import { describe, expect, it } from 'vitest';
import { learnReport, type LearnedNumber } from './learn-report';
import { plainParagraph as p } from './docx-blocks';

function learned(...paragraphs: string[]): LearnedNumber[] {
  return learnReport([p('关于2025年提案工作情况的报告'), ...paragraphs.map((t) => p(t))], 'proposals').numbers.filter((n) => n.where !== 'title');
}

const said = (n: LearnedNumber | undefined) => `${n?.role === 'figure' ? n.proposal.key : n?.role}${n?.proposal.sure ? '（确定）' : ''}`;

describe('reading the shapes of a sentence', () => {
  it('takes a share in brackets right after a count as that count’s share', () => {
    const [count, share] = learned('立案提案涉及经济建设61件（34.3%），政治建设9件（5.1%）。');
    expect(said(count)).toBe('proposals.category.economy（确定）');
    expect(said(share)).toBe('proposals.category.economy.share（确定）');
    // After a number that is no figure the share is no figure either.
    const numbers = learned('平均办理时限68天（比上年少12%）。');
    expect(numbers.map(said)).toEqual(['text', 'text']);
  });

  it('gives the words after a number to it only up to the next item of its list', () => {
    const [satisfied, basic] = learned('提案人表示满意的143份、基本满意的26份。');
    expect(said(satisfied)).toBe('proposals.satisfied');
    expect(said(basic)).toBe('proposals.basicallySatisfied（确定）');
    const [instructed] = learned('报送社情民意信息156条，7条获区领导批示。').slice(1);
    expect(instructed!.proposal.key).not.toBeNull();
  });

  it('binds no part after 其中 to a figure of another part of the work than its whole', () => {
    const numbers = learned('交由53个单位办理，其中区直部门41个、街道（镇）9个、驻区单位3个。');
    expect(numbers.map(said)).toEqual(['proposals.unitsAssigned（确定）', 'text', 'text', 'text']);
    const parts = learned('共收到提案217件，其中集体提案31件。');
    expect(parts.map(said)).toEqual(['proposals.received（确定）', 'proposals.proposer.collective（确定）']);
  });

  it('reads a 将 right before the number as the verb after it saying what is counted', () => {
    const [assigned, units] = learned('会上将178件立案提案交由53个单位办理。');
    expect(said(assigned)).toBe('proposals.assigned');
    expect(said(units)).toBe('proposals.unitsAssigned（确定）');
    // 即将 is a time, not the object marker.
    const [soon] = learned('即将立案12件。');
    expect(said(soon)).toBe('proposals.registered（确定）');
  });

  it('keeps the numbers of a section headed with next year as text', () => {
    const numbers = learnReport([p('关于2025年工作的报告'), p('一、2025年工作回顾'), p('安排协商议题12项。'), p('三、2026年主要任务'), p('安排协商议题12项左右。')], 'standing').numbers.filter((n) => n.where !== 'title');
    expect(numbers.map((n) => n.role)).toEqual(['year', 'figure', 'text', 'text']);
  });

  it('reads the trade’s other words for a figure (见面协商率 for 面商率), not words that only look alike', () => {
    expect(learned('承办单位与提案人见面协商率达96.5%。')[0]!.proposal.key).toBe('proposals.faceToFaceRate');
    expect(learned('承办单位与提案人协商率达96.5%。')[0]!.proposal.key).not.toBe('proposals.faceToFaceRate');
  });
});
