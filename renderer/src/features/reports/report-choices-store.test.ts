import { beforeEach, describe, expect, it } from 'vitest';
import { useYearStore } from '../../app/stores/year-store';
import { choicesOf, useReportChoicesStore, vanishedChoices, type ReportChoices } from './report-choices-store';

const chosen = (year: number, change: Partial<ReportChoices>) => useReportChoicesStore.getState().chosen(year, change);
const now = (year: number) => choicesOf(useReportChoicesStore.getState(), year);

describe('the 报告 screen’s remembered choices', () => {
  beforeEach(() => {
    useYearStore.setState({ year: 2025 });
    useReportChoicesStore.setState({ year: null });
    chosen(2024, {});
  });

  it('keep the county, the 提案 report’s session and the member of a 履职档案 beside the kind and dates', () => {
    chosen(2025, { kind: 'proposals', until: '2025-11-30' });
    chosen(2025, { committee: '罗城县政协' });
    chosen(2025, { sessionKey: '9-2' });
    chosen(2025, { memberId: 'm1' });
    expect(now(2025)).toEqual({ kind: 'proposals', until: '2025-11-30', reportDate: null, committee: '罗城县政协', sessionKey: '9-2', memberId: 'm1' });
    // Back to all counties and the whole year.
    chosen(2025, { committee: null, sessionKey: null });
    expect(now(2025)).toMatchObject({ committee: null, sessionKey: null, memberId: 'm1' });
  });

  it('start again from the defaults when the year changes', () => {
    chosen(2025, { kind: 'member', committee: '罗城县政协', sessionKey: '9-2', memberId: 'm1' });
    expect(now(2026)).toEqual({ kind: 'supervision', until: null, reportDate: null, committee: null, sessionKey: null, memberId: null });
    useYearStore.setState({ year: 2026 });
    useYearStore.setState({ year: 2025 });
    expect(now(2025)).toEqual({ kind: 'supervision', until: null, reportDate: null, committee: null, sessionKey: null, memberId: null });
    // A choice made for another year replaces this year's.
    chosen(2025, { memberId: 'm1' });
    chosen(2026, { sessionKey: '9-3' });
    expect(now(2026)).toMatchObject({ sessionKey: '9-3', memberId: null });
  });
});

describe('a remembered choice that is no longer there', () => {
  const choices: ReportChoices = { kind: 'member', until: null, reportDate: null, committee: '罗城县政协', sessionKey: '9-2', memberId: 'm1' };

  it('is dropped: a deleted member, a session whose proposals all went', () => {
    expect(vanishedChoices(choices, { sessionKeys: ['9-3'], memberIds: ['m2'] })).toEqual({ sessionKey: null, memberId: null });
    expect(vanishedChoices(choices, { sessionKeys: ['9-2'], memberIds: ['m1', 'm2'] })).toEqual({});
  });

  it('is kept while what can be chosen is still being read', () => {
    expect(vanishedChoices(choices, {})).toEqual({});
    expect(vanishedChoices({ ...choices, sessionKey: null, memberId: null }, { sessionKeys: [], memberIds: [] })).toEqual({});
  });
});
