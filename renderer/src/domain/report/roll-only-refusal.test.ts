// One refusal rule for every kind: a report whose only facts left are the roll (现有委员4名) says
// nothing of the year, so the 常委会工作报告 is refused exactly as the 民主监督汇报 and the 提案
// report are, with the same message.
import { describe, expect, it } from 'vitest';
import { computeFigures } from './figure-catalogue';
import { exportBlockers, problemMessage, renderReport, type ReportContext } from './render-report';
import { DEFAULT_TEMPLATES } from './report-template';
import { FIXTURE_COMMITTEE, FIXTURE_SCOPE, reportFixtureLedger } from './report-fixtures';
import { ledgerOfTables } from '../ledger/ledger-arrays';

// The fixture's roll and settings only, as in a clerk's first days: m1 m2 m3 m5 serve on 2025-11-30.
const full = reportFixtureLedger();
const rollOnly = { ...ledgerOfTables({ dictionary: full.dictionary, members: full.members }), settings: full.settings };
const scope = FIXTURE_SCOPE;
const context: ReportContext = { committeeName: FIXTURE_COMMITTEE, shortName: '县政协', level: '县', issuer: '县政协办公室', date: '2025-11-30', scope };
const figures = computeFigures(rollOnly, scope);

describe('a report with only the roll left', () => {
  it('is refused for every yearly kind with the same message', () => {
    expect(figures.get('members.total')?.value).toBe(4);
    const messages = (['supervision', 'standing', 'proposals'] as const).map((kind) => {
      const blockers = exportBlockers(renderReport(DEFAULT_TEMPLATES[kind], figures, context));
      expect(blockers.map((b) => b.kind), kind).toEqual(['nothing-recorded']);
      return problemMessage(blockers[0]!).replace(/（.*）/, '（…）');
    });
    expect(new Set(messages).size).toBe(1);
    expect(messages[0]).toMatch(/^台账中没有这份报告可写的记录/);
  });

  it('is not refused once one figure of the year is left beside the roll', () => {
    const withOne = new Map(figures);
    withOne.set('activities.type.training', { value: 1, records: [{ table: 'activities', id: 't', label: '培训' }] });
    expect(exportBlockers(renderReport(DEFAULT_TEMPLATES.standing, withOne, context))).toEqual([]);
  });
});
