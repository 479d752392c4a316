// What the clerk chose on the 报告 screen — the kind, the 截至 date, the 成文日期, the county of a
// city ledger, the 提案 report's session and the member of a 履职档案 — kept for the session, so
// that after a visit to another screen (the 核对稿 sends them to 工作要点) they export the report
// they were looking at. UI state only. The choices belong to one year: switching the year (on any
// screen) starts again from the defaults (null: the default date, from today; all committees;
// the whole year; no member). A remembered session or member that is no longer there (its records
// deleted) is dropped as well (vanishedChoices), and a county by the committee selector itself.
import { create } from 'zustand';
import { useYearStore } from '../../app/stores/year-store';
import type { ReportKind } from '../../domain/report/report-template';

export interface ReportChoices {
  kind: ReportKind;
  until: string | null;
  reportDate: string | null;
  /** A city ledger's report for one county; null: for all of them together. */
  committee: string | null;
  /** The 提案 report's plenary session (九届二次会议以来); null: the whole year. */
  sessionKey: string | null;
  /** Whose 履职档案; null: none chosen yet. */
  memberId: string | null;
}

const DEFAULTS: ReportChoices = { kind: 'supervision', until: null, reportDate: null, committee: null, sessionKey: null, memberId: null };

interface ReportChoicesState extends ReportChoices {
  year: number | null;
  chosen: (year: number, change: Partial<ReportChoices>) => void;
}

export const useReportChoicesStore = create<ReportChoicesState>((set) => ({
  year: null,
  ...DEFAULTS,
  chosen: (year, change) => set((s) => ({ ...(s.year === year ? {} : DEFAULTS), ...change, year })),
}));

useYearStore.subscribe((now, before) => {
  if (now.year !== before.year) useReportChoicesStore.setState({ year: null, ...DEFAULTS });
});

/** The choices for `year` in the store's state: the clerk's while they stay on that year, else the defaults. */
export function choicesOf(state: ReportChoicesState, year: number): ReportChoices {
  const own = state.year === year ? state : DEFAULTS;
  return { kind: own.kind, until: own.until, reportDate: own.reportDate, committee: own.committee, sessionKey: own.sessionKey, memberId: own.memberId };
}

/** What can be chosen now, each as soon as it is read (undefined until then: a choice is kept while it is unknown). */
export interface ChoosableNow {
  sessionKeys?: readonly string[];
  /** The live (not deleted) members. */
  memberIds?: readonly string[];
}

/** The change that drops remembered choices naming something no longer there: a deleted member, a session with no proposal left. */
export function vanishedChoices(choices: ReportChoices, now: ChoosableNow): Partial<ReportChoices> {
  const gone = (value: string | null, known: readonly string[] | undefined) => value !== null && known !== undefined && !known.includes(value);
  return {
    ...(gone(choices.sessionKey, now.sessionKeys) ? { sessionKey: null } : {}),
    ...(gone(choices.memberId, now.memberIds) ? { memberId: null } : {}),
  };
}

export function useReportChoices(year: number): ReportChoices & { choose: (change: Partial<ReportChoices>) => void } {
  const state = useReportChoicesStore();
  return { ...choicesOf(state, year), choose: (change) => state.chosen(year, change) };
}
