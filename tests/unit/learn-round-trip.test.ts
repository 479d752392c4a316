// Round trip of 照着去年写: last year's report (.docx) is read and learned, its proposals taken as
// the template, and this year's report rendered from the report fixture, whose figures are worked
// out by hand (HAND_FIGURES). Every figure printed must be the ledger's figure; every other piece
// of text must be last year's words (with this year's year and 截至 date), apart from the 一是/二是
// the program numbers again over the clauses it keeps; a clause or part whose figure is now 0 is
// left out (the composer's rule), and the review copy says so.
import { describe, expect, it } from 'vitest';
import { readReportDocx } from '../../renderer/src/export/learn/read-report-docx';
import { learnReport, learnedTexts } from '../../renderer/src/domain/report/learn/learn-report';
import { learnedTemplate, proposedDecisions } from '../../renderer/src/domain/report/learn/learned-template';
import { computeFigures, figureByKey } from '../../renderer/src/domain/report/figure-catalogue';
import { renderReport, type ReportDocument } from '../../renderer/src/domain/report/render-report';
import { FIXTURE_COMMITTEE, FIXTURE_SCOPE, HAND_FIGURES, reportFixtureLedger } from '../../renderer/src/domain/report/report-fixtures';
import { parseAnnotatedReport } from '../fixtures/learn-reports/annotated';
import { buildReportDocx } from '../fixtures/learn-reports/build-report-docx';
import { SUPERVISION_REPORT } from '../fixtures/learn-reports/supervision-report';
import { PROPOSALS_REPORT } from '../fixtures/learn-reports/proposals-report';

/**
 * A figure as a report prints it (counts as they are, rates with one decimal and %, 万元 with two):
 * the hand-worked value where HAND_FIGURES has one, else what the catalogue counts (tested on its own).
 */
function printed(key: string, counted: ReadonlyMap<string, { value: number }>, hand: Set<string>): string {
  const value = HAND_FIGURES[key] ?? counted.get(key)!.value;
  if (HAND_FIGURES[key] !== undefined) hand.add(key);
  const unit = figureByKey(key)!.unit;
  const places = unit === '万元' ? 100 : 10;
  const number = Number.isInteger(value) ? String(value) : String(Math.round(value * places) / places);
  return unit === '%' ? `${number}%` : number;
}

const ORDINAL = /^[一二三四五六七八九十]+是$/;

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
      const context = { committeeName: FIXTURE_COMMITTEE, issuer: FIXTURE_COMMITTEE, date: FIXTURE_SCOPE.until, scope: FIXTURE_SCOPE };
      const print = renderReport(template, figures, { ...context, copy: 'print' });
      const review: ReportDocument = renderReport(template, figures, { ...context, copy: 'review' });

      // Last year's words, and the same with this year's year and 截至 date (a 截至 written as a month
      // and day is the program's 截至月日: 11月底 for the month's last day): every fixed piece is part of one.
      const texts = learnedTexts(learned.structure).map((t) => t.text);
      const thisYear = texts.map((t) => t.replaceAll('截至11月30日', '截至11月底').replace(/截至2024年11月(?!\d)/g, '截至2025年11月底').replaceAll('2024年', '2025年'));
      const lastYear = [...texts, ...thisYear].join('\n');
      const hand = new Set<string>();
      let figuresPrinted = 0;
      for (const block of print.blocks) {
        if (block.kind === 'heading') {
          expect(lastYear).toContain(block.text.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|（\d+）)/, ''));
          continue;
        }
        if (block.kind !== 'paragraph') continue;
        for (const run of block.runs ?? [{ text: block.text }]) {
          if (run.figure) {
            figuresPrinted++;
            // A range (驻地1至2名) is one run named by its upper end, in the office's range style (至 by default).
            const low = run.figure.replace(/Max$/, 'Min');
            const range = low !== run.figure && figureByKey(low) !== undefined;
            const one = printed(run.figure, figures, hand);
            const expected = range && printed(low, figures, hand) !== one ? `${printed(low, figures, hand)}至${one}` : one;
            expect(run.text, run.figure).toBe(expected);
          } else if (!ORDINAL.test(run.text)) {
            // Where a part was left out the pieces around it close up at a 、，；: each piece is last year's.
            for (const piece of run.text.split(/[，、；。！？]/)) expect(lastYear).toContain(piece);
          }
        }
      }
      expect(figuresPrinted).toBeGreaterThan(15);
      expect(hand.size).toBeGreaterThan(10);
      // What the year left out is said in the review copy, never silently.
      const notes = review.blocks.flatMap((b) => (b.kind === 'paragraph' ? (b.runs ?? []).filter((r) => r.note) : []));
      expect(notes.length).toBeGreaterThan(0);
      expect(print.title).toBe(lines.filter((l) => l.role === 'T').map((l) => l.text).join('').replaceAll('2024', '2025'));
    });
  }
});
