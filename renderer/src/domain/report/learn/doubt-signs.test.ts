// The signs that keep a binding from being sure, each with a sentence it must doubt and one it must leave sure.
import { describe, expect, it } from 'vitest';
import { learnReport, type LearnedNumber } from './learn-report';
import { plainParagraph as p } from './docx-blocks';

function learned(...paragraphs: string[]): LearnedNumber[] {
  return learnReport([p('关于2025年工作的报告'), ...paragraphs.map((t) => p(t))], 'standing').numbers.filter((n) => n.where !== 'title');
}

const said = (n: LearnedNumber | undefined) => `${n?.role === 'figure' ? n.proposal.key : n?.role}${n?.proposal.sure ? '（确定）' : ''}`;

describe('signs that a binding needs checking', () => {
  it('leaves a year inside a document number as text, the report year elsewhere as the year', () => {
    const numbers = learned('县委出台实施意见（岚发〔2025〕7号）。2025年，开展视察8次。');
    expect(numbers.map(said)).toEqual(['text', 'text', 'year（确定）', 'activities.type.inspection（确定）']);
  });

  it('does not call a count sure beside a change over last year', () => {
    const [count, change] = learned('开展视察8次，同比增加视察2次。');
    expect(said(count)).toBe('activities.type.inspection（确定）');
    expect(said(change)).not.toContain('确定');
    expect(said(learned('较上年开展视察8次。')[0])).toBe('activities.type.inspection');
    expect(said(learned('开展视察8次，推动解决问题。')[0])).toBe('activities.type.inspection（确定）');
  });

  it('does not call a count sure in a sentence that names another year', () => {
    expect(said(learned('2024年开展视察8次。')[1])).toBe('activities.type.inspection');
  });

  it('binds no item of a list closed by 等 to its own figure', () => {
    expect(said(learned('参加阳光执法、现场办公等活动9次。')[0])).not.toBe('activities.type.onSiteOffice（确定）');
    expect(learned('参加阳光执法、现场办公等活动9次。')[0]!.proposal.key).not.toBe('activities.type.onSiteOffice');
    expect(said(learned('组织委员现场办公9次。')[0])).toBe('activities.type.onSiteOffice（确定）');
  });

  it('does not call a rounded number sure', () => {
    expect(said(learned('组织视察调研，参与委员约560人次。')[0])).toBe('activities.personTimes');
    expect(said(learned('开展视察8次左右。')[0])).toBe('activities.type.inspection');
    expect(said(learned('参与委员560人次。')[0])).toBe('activities.personTimes（确定）');
  });

  it('does not call sure a count of another body’s work, but one sent to another body', () => {
    expect(said(learned('组织委员参加县纪委监委特约监督活动11次。')[0])).not.toContain('确定');
    expect(said(learned('向县委、县政府报送调研报告9篇。')[0])).toBe('activities.reports.researchReports（确定）');
  });

  it('does not call sure a figure of one part of the work where nothing names that part', () => {
    expect(said(learned('开展“三服务”活动，走访企业126家，帮助解决问题43个。')[1])).toBe('stations.problems');
    expect(said(learned('各联络站全年推动解决问题43个。')[0])).toBe('stations.problems（确定）');
  });

  it('does not call sure a general figure in a sentence that names a part of the work by its words (评议组)', () => {
    expect(said(learned('评议组提出意见建议31条。')[0])).toBe('activities.suggestions');
    expect(said(learned('委员们提出意见建议31条。')[0])).toBe('activities.suggestions（确定）');
  });
});
