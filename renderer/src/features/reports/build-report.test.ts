// The home screen's one click counts only the template's figures, the 报告 screen the whole
// catalogue: the documents, both copies, must be the very same — on the sample and on random
// partial ledgers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildReport } from './build-report';
import { generateLedger, smallSampleSize } from '../../domain/sample/generate-ledger';
import { DEFAULT_TEMPLATES } from '../../domain/report/report-template';
import { generatedLedgerArb } from '../../domain/report/generated-ledgers';

const KINDS = ['supervision', 'standing', 'proposals'] as const;

describe('buildReport counting the template’s figures only', () => {
  it.each(KINDS)('writes the same %s report as counting the catalogue, on the sample', (kind) => {
    const sample = generateLedger(smallSampleSize('2026-12-05'));
    const scope = { year: 2026, until: '2026-11-30' };
    const all = buildReport(sample, DEFAULT_TEMPLATES[kind], scope, '2026-12-05');
    const some = buildReport(sample, DEFAULT_TEMPLATES[kind], scope, '2026-12-05', undefined, 'template');
    expect(some.doc).toEqual(all.doc);
    expect(some.review).toEqual(all.review);
    expect(some.blockers).toEqual(all.blockers);
    expect(some.figures.size).toBeLessThan(all.figures.size);
  });

  it('writes the same documents on random partial ledgers', () => {
    fc.assert(
      fc.property(generatedLedgerArb, fc.constantFrom(...KINDS), ({ ledger, scope }, kind) => {
        const today = `${scope.year}-12-31`;
        const all = buildReport(ledger, DEFAULT_TEMPLATES[kind], scope, today);
        const some = buildReport(ledger, DEFAULT_TEMPLATES[kind], scope, today, undefined, 'template');
        expect(some.doc).toEqual(all.doc);
        expect(some.review).toEqual(all.review);
      }),
      { numRuns: 30 },
    );
  });
});
