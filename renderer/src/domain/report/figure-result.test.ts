// A figure that knows how many records stand behind it without listing them says the number its
// list then has: the report drops a clause on that number ("没有台账记录") while the records
// drawer shows the list, so the two must never disagree. Checked for every figure of the
// catalogue on the hand-worked fixture and on small random partial ledgers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeFigures } from './figure-catalogue';
import { listedOnRead, recordCount, referencedOnRead, type FigureResult } from './figure-result';
import { FIXTURE_SCOPE, reportFixtureLedger } from './report-fixtures';
import { generatedLedgerArb } from './generated-ledgers';

function expectCountsAgree(figures: ReadonlyMap<string, FigureResult>): void {
  for (const [key, result] of figures) {
    const listed = result.records;
    expect(recordCount(result), key).toBe(listed.length);
    // Read again, the same list: made once.
    expect(result.records, key).toBe(listed);
  }
}

describe('a figure’s record count', () => {
  it('is the length of its records for every figure of the fixture', () => {
    expectCountsAgree(computeFigures(reportFixtureLedger(), FIXTURE_SCOPE));
  });

  it('is the length of its records for every figure of random partial ledgers', () => {
    fc.assert(fc.property(generatedLedgerArb, ({ ledger, scope }) => expectCountsAgree(computeFigures(ledger, scope))), { numRuns: 30 });
  });

  it('lists the records only when they are read, once', () => {
    let made = 0;
    const result = listedOnRead(2, 1, () => {
      made++;
      return [{ table: 'activities', id: 'a1', label: '视察' }];
    });
    expect(made).toBe(0);
    expect(recordCount(result)).toBe(1);
    expect(made).toBe(0);
    expect(result.records.map((r) => r.id)).toEqual(['a1']);
    void result.records;
    expect(made).toBe(1);
    expect(JSON.parse(JSON.stringify(result))).toEqual({ value: 2, records: [{ table: 'activities', id: 'a1', label: '视察' }], recordCount: 1 });
  });

  it('is the length of the list for a result that gives no count', () => {
    expect(recordCount({ value: 3, records: [] })).toBe(0);
    expect(recordCount(referencedOnRead(5, ['x', 'y'], (id) => ({ table: 'members', id, label: id })))).toBe(2);
  });
});
