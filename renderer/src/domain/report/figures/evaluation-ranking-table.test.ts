// The 民主监督 report's 民主评议 sentence and ranking table on the report fixture (its rounds are
// in evaluations/evaluation-report-fixtures.ts): the latest round's units in rank order, the tie
// marked, and the sentence's figures filled.
import { describe, expect, it } from 'vitest';
import { computeFigures, computeFiguresFor } from '../figure-catalogue';
import { renderReport, type ReportContext } from '../render-report';
import { DEFAULT_TEMPLATES } from '../report-template';
import { figureKeysOf } from '../template-keys';
import { FIXTURE_COMMITTEE, FIXTURE_SCOPE, reportFixtureLedger } from '../report-fixtures';

const context: ReportContext = { committeeName: FIXTURE_COMMITTEE, issuer: '县政协办公室', date: '2025-11-30', scope: FIXTURE_SCOPE };

describe('民主评议 in the 民主监督 report', () => {
  it('prints the ranking table with ties and the sentence with the round’s figures', () => {
    const doc = renderReport(DEFAULT_TEMPLATES.supervision, computeFigures(reportFixtureLedger(), FIXTURE_SCOPE), context);
    const table = doc.blocks.find((b) => b.kind === 'table' && b.caption === '民主评议单位测评名次表');
    expect(table && table.kind === 'table' ? table.rows : null).toEqual([
      ['县公安局', '第1名', '90.0%'],
      ['县水利局', '第2名（并列）', '85.0%'],
      ['县教育局', '第2名（并列）', '85.0%'],
      ['县民政局', '第4名', '70.0%'],
    ]);
    const text = doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
    expect(text).toContain('从2023年开始');
    expect(text).toContain('对4个县直单位和行政执法部门进行政风行风民主评议，平均满意率82.5%');
    expect(text).toContain('3个单位评为满意单位、1个单位列为重点监督单位。列出存在问题3条');
    expect(text).toContain('已整改1条，开展整改“回头看”1次');
    expect(text).toContain('2名政协委员分别担任2个职能部门的民主监督员、特约监督员，提出民主监督建议书1份');
  });

  it('claims the year 民主评议 began only when the ledger reaches back before it', () => {
    // By hand: the fixture's only record before 2023 is the office's 2022 notes; deleted (or
    // never kept), the first round's year is the ledger's first year, and the practice may be older.
    const ledger = reportFixtureLedger();
    const firstYearOf = (l: typeof ledger) => computeFigures(l, FIXTURE_SCOPE).get('evaluations.firstYear')!.value;
    expect(firstYearOf(ledger)).toBe(2023);
    const firstUsed = { ...ledger, yearNotes: ledger.yearNotes.map((n) => ({ ...n, deletedAt: '2025-01-02T00:00:00.000Z' })) };
    expect(firstYearOf(firstUsed)).toBe(0);
    const review = renderReport(DEFAULT_TEMPLATES.supervision, computeFigures(firstUsed, FIXTURE_SCOPE), { ...context, copy: 'review' });
    const text = review.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
    expect(text).toContain('探索新形式。【未写入：开始民主评议的年份无从得知】坚持集中开展政协民主评议政风行风活动。2025年开展民主评议1次');
    expect(text).not.toMatch(/从\d*年开始/);
  });

  it('builds the same table when only the template’s figures are computed', () => {
    const keys = figureKeysOf(DEFAULT_TEMPLATES.supervision);
    const doc = renderReport(DEFAULT_TEMPLATES.supervision, computeFiguresFor(reportFixtureLedger(), FIXTURE_SCOPE, keys), context);
    const table = doc.blocks.find((b) => b.kind === 'table' && b.caption === '民主评议单位测评名次表');
    expect(table && table.kind === 'table' ? table.rows.map((r) => r[0]) : null).toEqual(['县公安局', '县水利局', '县教育局', '县民政局']);
  });
});
