import { describe, expect, it } from 'vitest';
import { learnReport } from './learn-report';
import { learnedTemplate, proposedDecisions, sentencesOf } from './learned-template';
import { plainParagraph as p } from './docx-blocks';
import { parseReportTemplate, type ReportTemplate } from '../report-template';

const blocks = [
  p('关于2025年提案工作情况的报告', { alignment: 'center' }),
  p('一、提案提交情况'),
  p('截至2025年11月30日，共收到提案134件，立案率95.2%，驻地1—2名委员。一是截至11月底已办复120件。主席会议每月听取一次汇报，{{奇怪}}照录。'),
  { kind: 'table' as const, rows: [['项目', '数量']] },
  { kind: 'table' as const, rows: [['答复类别', '件数', '占比']] },
  p('二、存在问题'),
  p('一是提案质量有待提高。'),
  p('二是办理实效有待增强。'),
  p('县政协办公室', { alignment: 'right' }),
  p('2025年12月1日'),
];

const texts = (t: ReportTemplate) => t.sections.map((s) => s.paragraphs.map((para) => para.clauses.map((c) => [c.text, c.numbered, c.fallback])));

describe('learnedTemplate', () => {
  it('makes each sentence a clause, each piece with a figure a part, and keeps every other word', () => {
    const report = learnReport(blocks, 'proposals');
    expect(report.year).toBe(2025);
    const { template, leftOut } = learnedTemplate(report, proposedDecisions(report));
    expect(template.title).toBe('关于{{year}}年提案工作情况的报告');
    expect(template.sections.map((s) => s.heading)).toEqual(['提案提交情况', '存在问题']);
    expect(texts(template)).toEqual([
      [
        [
          ['截至{{until}}，[[共收到提案{{proposals.received}}件]]，[[立案率{{proposals.registrationRate}}]]，[[驻地{{stations.staffMin~stations.staffMax}}名委员]]。', false, ''],
          ['截至{{untilMonth}}已办复{{proposals.replied}}件。', true, ''],
          ['主席会议每月听取一次汇报，｛｛奇怪｝｝照录。', false, ''],
        ],
        [['{{table:proposals.byClass}}', false, '']],
      ],
      // 存在问题: the 提案 report's own notes of the year, last year's words when the office wrote none.
      [[['{{notes.proposals.problems}}', false, '一是提案质量有待提高。\n二是办理实效有待增强。']]],
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
    expect(template.sections[0]!.paragraphs[0]!.clauses[0]!.text).toContain('共收到提案134件');
  });

  it('splits sentences after 。！？ with a closing quote kept', () => {
    expect(sentencesOf('他说：“好。”我们做了！还有吗？最后')).toEqual(['他说：“好。”', '我们做了！', '还有吗？', '最后']);
  });
});
