// The review copy's notes say what to record, in the screens' words, rather than name a figure's
// value: 本年未登记常委会议 (not 常委会议为0), what a rate's base is made of (not 基数为0), and with
// no 工作要点 at all only that, never the "1234" steps of activities that do not exist.
import { describe, expect, it } from 'vitest';
import { computeFigures } from './figure-catalogue';
import { renderReport, type ReportContext } from './render-report';
import { DEFAULT_TEMPLATES } from './report-template';
import { FIXTURE_COMMITTEE, FIXTURE_SCOPE, reportFixtureLedger } from './report-fixtures';

const context: ReportContext = { committeeName: FIXTURE_COMMITTEE, shortName: '县政协', level: '县', issuer: '县政协办公室', date: '2025-11-30', scope: FIXTURE_SCOPE, copy: 'review' };
const notes = (ledger = reportFixtureLedger(), kind: 'supervision' | 'standing' = 'supervision') =>
  renderReport(DEFAULT_TEMPLATES[kind], computeFigures(ledger, FIXTURE_SCOPE), context).blocks.flatMap((b) => (b.kind === 'paragraph' && b.runs ? b.runs.filter((r) => r.note).map((r) => r.text) : []));

describe('the review copy\'s notes', () => {
  it('name the type of activity to record where a meeting or activity type was counted 0', () => {
    // The fixture has no 主席会议 and no 委员培训 (report-fixtures.ts).
    const all = notes(reportFixtureLedger(), 'standing').join('\n');
    expect(all).toContain('本年未登记主席会议（类型为“主席会议”的履职活动）');
    expect(all).not.toMatch(/主席会议为0|基数为0/);
  });

  it('say what a rate\'s base is made of when it is empty', () => {
    const ledger = reportFixtureLedger();
    const noStanding = { ...ledger, activities: ledger.activities.filter((a) => a.type !== '常委会议') };
    const all = notes(noStanding, 'standing').join('\n');
    expect(all).toContain('本年未登记常委会议的应到委员（类型为“常委会议”的履职活动及其出席名单）');
    expect(all).not.toContain('基数为0');
  });

  it('ask only for the 工作要点 when the year has none, not for the "1234" steps of its activities', () => {
    const ledger = { ...reportFixtureLedger(), plans: [] };
    const all = notes(ledger);
    expect(all.filter((n) => n.includes('本年未登记年度工作要点')).length).toBeGreaterThan(0);
    expect(all.join('\n')).not.toContain('“1234”环节');
  });

  it('keep the clause\'s own note when the plan is there but its activities lack the steps', () => {
    expect(notes().join('\n')).not.toContain('本年未登记年度工作要点');
  });
});
