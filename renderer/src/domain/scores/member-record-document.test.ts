import { describe, expect, it } from 'vitest';
import { memberRecordDocument } from './member-record-document';
import { FIXTURE_SCOPE, reportFixtureLedger } from '../report/report-fixtures';
import { computeFigures } from '../report/figure-catalogue';

const textOf = (doc: ReturnType<typeof memberRecordDocument>) => doc.blocks.map((b) => ('text' in b ? b.text : '')).join('');

describe('a member\'s 履职档案 截至 a date', () => {
  it('counts only adoptions made by that date, as the report catalogue does', () => {
    const ledger = reportFixtureLedger();
    const member = ledger.members.find((m) => m.name === '王明')!;
    const text = textOf(memberRecordDocument(ledger, member, FIXTURE_SCOPE, '2025年11月30日'));
    // 王明 submitted three items; the third was adopted on 2025-12-02, after the 截至 date.
    expect(text).toContain('报送社情民意信息3条，被采用2条');
    expect(computeFigures(reportFixtureLedger(), FIXTURE_SCOPE).get('opinions.adoptedItems')!.value).toBe(2);
  });
});
