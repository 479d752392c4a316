// Round trip of 照着去年写: last year's report (.docx) is read and learned, its proposals taken as
// the template, and this year's report rendered from the report fixture, whose every figure is
// worked out by hand (HAND_FIGURES). Every paragraph of this year's report must be last year's
// paragraph with each bound number replaced by the hand-worked figure and the year and 截至
// date by this year's — every other character word for word last year's.
import { describe, expect, it } from 'vitest';
import { readReportDocx } from '../../renderer/src/export/learn/read-report-docx';
import { learnReport, learnedTexts } from '../../renderer/src/domain/report/learn/learn-report';
import { learnedTemplate, proposedDecisions } from '../../renderer/src/domain/report/learn/learned-template';
import { computeFigures, figureByKey } from '../../renderer/src/domain/report/figure-catalogue';
import { renderReport } from '../../renderer/src/domain/report/render-report';
import { FIXTURE_COMMITTEE, FIXTURE_SCOPE, HAND_FIGURES, reportFixtureLedger } from '../../renderer/src/domain/report/report-fixtures';
import { parseAnnotatedReport } from '../fixtures/learn-reports/annotated';
import { buildReportDocx } from '../fixtures/learn-reports/build-report-docx';
import { SUPERVISION_REPORT } from '../fixtures/learn-reports/supervision-report';
import { PROPOSALS_REPORT } from '../fixtures/learn-reports/proposals-report';

/**
 * A figure as a report prints it (counts as they are, rates with one decimal and %, 万元 with two): the hand-worked
 * value where HAND_FIGURES has one, else what the catalogue counts (those are tested on their own).
 */
function printed(key: string, counted: ReadonlyMap<string, { value: number }>, hand: Set<string>): string {
  const value = HAND_FIGURES[key] ?? counted.get(key)!.value;
  if (HAND_FIGURES[key] !== undefined) hand.add(key);
  const unit = figureByKey(key)!.unit;
  const places = unit === '万元' ? 100 : 10;
  const number = Number.isInteger(value) ? String(value) : String(Math.round(value * places) / places);
  return unit === '%' ? `${number}%` : number;
}

describe('a learned template renders this year in last year’s words', () => {
  for (const [name, source] of [['民主监督工作情况汇报', SUPERVISION_REPORT], ['提案工作情况报告', PROPOSALS_REPORT]] as const) {
    it(name, async () => {
      // Last year's document: the same report a year earlier.
      const lines = parseAnnotatedReport(source.replaceAll('2025', '2024'));
      const read = await readReportDocx('去年.docx', await buildReportDocx(lines, 'word'));
      if (!read.ok) throw new Error(read.message);
      const learned = learnReport(read.blocks, name === '提案工作情况报告' ? 'proposals' : 'supervision');
      expect(learned.year).toBe(2024);
      const decisions = proposedDecisions(learned);
      const { template } = learnedTemplate(learned, decisions);

      const ledger = reportFixtureLedger();
      const figures = computeFigures(ledger, FIXTURE_SCOPE);
      const doc = renderReport(template, figures, { committeeName: FIXTURE_COMMITTEE, issuer: FIXTURE_COMMITTEE, date: FIXTURE_SCOPE.until, scope: FIXTURE_SCOPE });

      // What this year's paragraphs must be, worked out from last year's text and the hand figures.
      const expected: string[] = [];
      let bound = 0;
      const hand = new Set<string>();
      const print = (key: string) => printed(key, figures, hand);
      for (const t of learnedTexts(learned.structure)) {
        if (t.where === 'title') continue;
        let text = '';
        let at = 0;
        for (const n of learned.numbers.filter((x) => x.where === t.where)) {
          const d = decisions.get(n.id)!;
          const m = n.mention;
          if (d.role === 'text') continue;
          if (d.role === 'figure') {
            bound++;
            const end = m.unit === '%' ? m.end : m.numberEnd;
            text += t.text.slice(at, m.numberStart) + (d.toKey ? `${print(d.key)}—${print(d.toKey)}` : print(d.key));
            at = end;
          } else {
            const replacement = d.role === 'year' ? '2025年' : d.role === 'untilMonth' ? '11月底' : m.date?.day === 0 ? '2025年11月底' : '2025年11月30日';
            text += t.text.slice(at, m.start) + replacement;
            at = m.end;
          }
        }
        expected.push(text + t.text.slice(at));
      }
      const rendered = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'heading' ? [b.text.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|（\d+）)/, '')] : []));
      expect(bound).toBeGreaterThan(20);
      expect(hand.size).toBeGreaterThan(10);
      expect(rendered).toEqual(expected);
      expect(doc.title).toBe(lines.filter((l) => l.role === 'T').map((l) => l.text).join('').replaceAll('2024', '2025'));
    });
  }
});
