import { describe, expect, it } from 'vitest';
import { learnReport } from './learn-report';
import { learnedTemplate, proposedDecisions } from './learned-template';
import { plainParagraph as p } from './docx-blocks';
import { parseReportTemplate } from '../report-template';

const blocks = [
  p('关于2025年提案工作情况的报告', { alignment: 'center' }),
  p('一、提案提交情况'),
  p('截至2025年11月30日，共收到提案134件，立案率95.2%，驻地1—2名委员；截至11月底已办复120件。主席会议每月听取一次汇报，{{奇怪}}照录。'),
  { kind: 'table' as const, rows: [['项目', '数量']] },
  { kind: 'table' as const, rows: [['答复类别', '件数', '占比']] },
  p('县政协办公室', { alignment: 'right' }),
  p('2025年12月1日'),
];

describe('learnedTemplate', () => {
  it('puts placeholders where the numbers were and keeps every other word', () => {
    const report = learnReport(blocks, 'proposals');
    expect(report.year).toBe(2025);
    const { template, leftOut } = learnedTemplate(report, proposedDecisions(report));
    expect(template.title).toBe('关于{{year}}年提案工作情况的报告');
    expect(template.sections).toHaveLength(1);
    expect(template.sections[0]!.heading).toBe('提案提交情况');
    // Paragraphs become clauses; the range collapses when its ends are equal ({{a~b}}).
    expect(template.sections[0]!.paragraphs.map((p) => p.clauses.map((c) => c.text).join(''))).toEqual([
      '截至{{until}}，共收到提案{{proposals.received}}件，立案率{{proposals.registrationRate}}，驻地{{stations.staffMin~stations.staffMax}}名委员；截至{{untilMonth}}已办复{{proposals.replied}}件。主席会议每月听取一次汇报，｛｛奇怪｝｝照录。',
      '{{table:proposals.byClass}}',
    ]);
    expect(leftOut).toEqual(['“提案提交情况”中的表格（首行：项目、数量）不是程序能填写的表格，未写入模板']);
    expect(parseReportTemplate(template).ok).toBe(true);
  });

  it('keeps as text what the clerk keeps as text', () => {
    const report = learnReport(blocks, 'proposals');
    const decisions = proposedDecisions(report);
    const received = report.numbers.find((n) => n.clause === '共收到提案134件')!;
    decisions.set(received.id, { role: 'text' });
    const { template } = learnedTemplate(report, decisions);
    expect(template.sections[0]!.paragraphs[0]!.clauses.map((c) => c.text).join('')).toContain('共收到提案134件');
  });
});
