// What the clerk chose on the 报告 screen — the kind, the 截至 date and the 成文日期 — kept for the
// session, so that after a visit to another screen (the 核对稿 sends them to 工作要点) they export
// the report they were looking at. UI state only. The choices belong to one year: switching the
// year (on any screen) starts again from the defaults (null: the default date, from today).
import { create } from 'zustand';
import { useYearStore } from '../../app/stores/year-store';
import type { ReportKind } from '../../domain/report/report-template';

export interface ReportChoices {
  kind: ReportKind;
  until: string | null;
  reportDate: string | null;
}

const DEFAULTS: ReportChoices = { kind: 'supervision', until: null, reportDate: null };

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

/** The choices for `year`: the clerk's while they stay on that year, else the defaults. */
export function useReportChoices(year: number): ReportChoices & { choose: (change: Partial<ReportChoices>) => void } {
  const state = useReportChoicesStore();
  const own = state.year === year ? state : DEFAULTS;
  return { kind: own.kind, until: own.until, reportDate: own.reportDate, choose: (change) => state.chosen(year, change) };
}
