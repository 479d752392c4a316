// Rates printed with the office's decimals are the true rate rounded once: 4 of 7 立案 is 57.14%
// with two decimals, not 57.1% padded to 57.10%. Checked for every rate of the catalogue on the
// hand-worked fixture (what each divides, counted by hand), in a report's text and tables, and for
// any part and whole against a rounding done by long division here.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeFigures, FIGURE_CATALOGUE } from './figure-catalogue';
import { FIXTURE_COMMITTEE, FIXTURE_SCOPE, reportFixtureLedger } from './report-fixtures';
import { formatFigure, type ReportStyle } from './report-style';
import { figureText } from './report-text';
import { renderReport, type ReportContext, type ReportDocument } from './render-report';
import { DEFAULT_TEMPLATES } from './report-template';
import { percentDigits, percentText, roundedPercent } from '../common/percent';
import { generatedLedgerArb } from './generated-ledgers';

const TWO: ReportStyle = { rangeStyle: '至', rateDecimals: 2 };
const ONE: ReportStyle = { rangeStyle: '至', rateDecimals: 1 };

/**
 * part ÷ whole × 100 rounded half up to `d` places by long division on the digits, as a clerk
 * would do it on paper: the oracle the program's rounding is checked against.
 */
function byLongDivision(part: number, whole: number, d: number): string {
  let remainder = part * 100;
  const intPart = Math.floor(remainder / whole);
  remainder -= intPart * whole;
  const digits: number[] = [];
  for (let i = 0; i <= d; i++) {
    remainder *= 10;
    digits.push(Math.floor(remainder / whole));
    remainder -= digits.at(-1)! * whole;
  }
  // The digit after the last kept one decides: 5 or more rounds up (carrying as far as it goes).
  const next = digits.pop()!;
  let kept = [...String(intPart)].map(Number).concat(digits);
  if (next >= 5) {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === 9) kept[i--] = 0;
    if (i < 0) kept = [1, ...kept];
    else kept[i]! += 1;
  }
  const text = kept.join('');
  return d === 0 ? text : `${text.slice(0, -d)}.${text.slice(-d)}`;
}

/** Every rate of the fixture (2025 up to 11月30日) as part and whole, counted by hand from report-fixtures.ts. */
const HAND_RATIOS: Record<string, [number, number]> = {
  // 全体会议 a1: 2 出席 of 4 on the list; 常委会议 a2: 3 of 3 (m3's row taken off); no 主席会议 or 秘书长会议.
  'meetings.plenary.rate': [2, 4], 'meetings.standing.rate': [3, 3], 'meetings.chairs.rate': [0, 0], 'meetings.secretaries.rate': [0, 0],
  // p1–p7 received, 4 立案, 2 of them 办复 (1 面商), 2 征询意见表: 1 满意, 1 基本满意.
  'proposals.registrationRate': [4, 7], 'proposals.replyRate': [2, 4], 'proposals.satisfactionRate': [1, 2],
  'proposals.satisfiedOrBasicRate': [2, 2], 'proposals.faceToFaceRate': [1, 2],
  // Of the 4 立案: 经济 1, 社会 2, 生态文明 1.
  'proposals.category.economy.share': [1, 4], 'proposals.category.politics.share': [0, 4], 'proposals.category.culture.share': [0, 4],
  'proposals.category.society.share': [2, 4], 'proposals.category.ecology.share': [1, 4], 'proposals.category.other.share': [0, 4],
  // Of the 2 replies: one A (已解决), one B (列入计划).
  'proposals.class.A.share': [1, 2], 'proposals.class.B.share': [1, 2], 'proposals.class.C.share': [0, 2], 'proposals.class.D.share': [0, 2],
  'proposals.result.solved.share': [1, 2], 'proposals.result.planned.share': [1, 2], 'proposals.result.reference.share': [0, 2],
  // 满意 shares 90, 85, 85, 70 of four units: their mean is 330 of 400. 3 problems, 1 rectified by 11月30日.
  'evaluations.satisfactionRate': [330, 400], 'evaluations.rectificationRate': [1, 3],
};

const figures = computeFigures(reportFixtureLedger(), FIXTURE_SCOPE);
const rates = FIGURE_CATALOGUE.filter((f) => f.unit === '%');

describe('every rate of the catalogue on the fixture', () => {
  it('carries what it divides, as counted by hand', () => {
    expect(rates.map((f) => f.key).sort()).toEqual(Object.keys(HAND_RATIOS).sort());
    for (const f of rates) {
      const [part, whole] = HAND_RATIOS[f.key]!;
      expect(figures.get(f.key)!.ratio, f.key).toEqual({ part, whole });
    }
  });

  it('prints with two decimals the exact rate rounded once, in text and in a table column', () => {
    for (const f of rates) {
      const [part, whole] = HAND_RATIOS[f.key]!;
      const result = figures.get(f.key)!;
      if (whole === 0) {
        expect(formatFigure(result, '%', TWO), f.key).toBe('—');
        continue;
      }
      const exact = byLongDivision(part, whole, 2);
      // A table column keeps the trailing zeros (29.0%); running text drops them (29%, 100%).
      expect(formatFigure(result, '%', TWO, true), f.key).toBe(`${exact}%`);
      expect(formatFigure(result, '%', ONE, true), f.key).toBe(`${byLongDivision(part, whole, 1)}%`);
      expect(formatFigure(result, '%', TWO), f.key).toBe(`${Number(exact)}%`);
    }
    // By hand: 4/7 = 57.142…, 1/3 = 33.333…, 330/400 = 82.5.
    expect(formatFigure(figures.get('proposals.registrationRate')!, '%', TWO)).toBe('57.14%');
    expect(formatFigure(figures.get('proposals.registrationRate')!, '%', ONE)).toBe('57.1%');
    expect(formatFigure(figures.get('evaluations.rectificationRate')!, '%', TWO)).toBe('33.33%');
    expect(formatFigure(figures.get('evaluations.satisfactionRate')!, '%', TWO, true)).toBe('82.50%');
    expect(formatFigure(figures.get('evaluations.satisfactionRate')!, '%', TWO)).toBe('82.5%');
    // Screens print the same rounding (one decimal).
    expect(figureText(figures.get('proposals.registrationRate'), '%')).toBe('57.1%');
    expect(figureText(figures.get('proposals.registrationRate'), '%', 2)).toBe('57.14%');
  });

  it('keeps as its value the rate with one decimal (what the command line’s figures give)', () => {
    for (const f of rates) {
      const [part, whole] = HAND_RATIOS[f.key]!;
      expect(figures.get(f.key)!.value, f.key).toBe(whole === 0 ? 0 : Number(byLongDivision(part, whole, 1)));
    }
  });
});

describe('a report written with two decimals', () => {
  const context: ReportContext = { committeeName: FIXTURE_COMMITTEE, shortName: '县政协', level: '县', issuer: '县政协办公室', date: '2025-11-30', scope: FIXTURE_SCOPE, style: TWO };
  const textOf = (doc: ReportDocument) => doc.blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.join('|')).join('\n') : b.kind === 'chart' ? b.caption : b.text)).join('\n');

  it('prints the exact rates in its sentences and tables', () => {
    const doc = renderReport(DEFAULT_TEMPLATES.proposals, figures, context);
    const text = textOf(doc);
    expect(text).toContain('立案4件，立案率57.14%');
    expect(text).toContain('办复率50%');
    expect(doc.blocks.find((b) => b.kind === 'table' && b.caption === '立案提案分类统计表')).toMatchObject({ rows: [['经济方面', '1', '25.00%'], ['社会方面', '2', '50.00%'], ['生态文明方面', '1', '25.00%']] });
    const standing = textOf(renderReport(DEFAULT_TEMPLATES.standing, figures, context));
    expect(standing).toContain('立案率57.14%');
  });
});

describe('the one rounding of rates', () => {
  it('is the exact rate rounded half up to one or two decimals, for any part and whole', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }).chain((whole) => fc.tuple(fc.integer({ min: 0, max: whole }), fc.constant(whole))), fc.constantFrom(1, 2), ([part, whole], d) => {
        const exact = byLongDivision(part, whole, d);
        expect(percentDigits({ part, whole }, d)).toBe(exact);
        expect(percentText({ part, whole }, d, true)).toBe(`${exact}%`);
        expect(percentText({ part, whole }, d)).toBe(`${Number(exact)}%`);
        expect(roundedPercent({ part, whole }, d)).toBe(Number(exact));
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds halves up however they fall in binary, and prints no rate over nothing', () => {
    // 1/80 = 1.25% and 1/16 = 6.25%: exactly half at one decimal; 1/800 = 0.125% at two.
    expect(percentText({ part: 1, whole: 80 }, 1)).toBe('1.3%');
    expect(percentText({ part: 1, whole: 16 }, 1)).toBe('6.3%');
    expect(percentText({ part: 1, whole: 800 }, 2)).toBe('0.13%');
    expect(percentText({ part: 5, whole: 24 }, 2)).toBe('20.83%');
    expect(percentText({ part: 22, whole: 24 }, 2)).toBe('91.67%');
    expect(percentText({ part: 68, whole: 75 }, 2)).toBe('90.67%');
    expect(percentText({ part: 0, whole: 0 }, 2)).toBe('—');
    // A mean of typed shares (88.75 and 90.1 of two units): 178.85 of 200 → 89.425 → 89.43.
    expect(percentText({ part: 88.75 + 90.1, whole: 200 }, 2)).toBe('89.43%');
  });

  it('is what every rate of random partial ledgers prints, from the ratio it carries', () => {
    fc.assert(fc.property(generatedLedgerArb, fc.constantFrom(ONE, TWO), ({ ledger, scope }, style) => {
      const all = computeFigures(ledger, scope);
      for (const f of rates) {
        const result = all.get(f.key)!;
        const ratio = result.ratio!;
        expect(ratio, f.key).toBeDefined();
        if (result.noBase || ratio.whole === 0) continue;
        expect(formatFigure(result, '%', style, true), f.key).toBe(`${byLongDivision(ratio.part, ratio.whole, style.rateDecimals)}%`);
        expect(formatFigure(result, '%', style), f.key).toBe(`${Number(byLongDivision(ratio.part, ratio.whole, style.rateDecimals))}%`);
      }
    }), { numRuns: 25 });
  });
});
