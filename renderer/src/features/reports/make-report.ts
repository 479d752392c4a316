// One click from the home screen: the chosen year's report of a kind, counted from the ledger
// with the office's template, layout and number style, to the 截至 date and 成文日期 a new report
// defaults to — the very call the 报告 screen makes (buildReport), so both paths give the same
// documents. `prepareYearReport` builds both copies for the home screen to show what was left out
// and what to check before anything is saved; `saveYearReport` then saves the 印发稿 and the 核对稿.
import { appLedger } from '../../db/app-ledger';
import type { ReportKind } from '../../domain/report/report-template';
import { layoutInForce, styleInForce, templateInForce } from '../../domain/settings/report-settings';
import type { ReportLayoutSettings } from '../../domain/settings/report-settings';
import { toIsoDate } from '../../domain/common/dates';
import type { SavedFile } from '../../platform';
import { buildReport, exportRefusal, type BuiltReport } from './build-report';
import { defaultReportDate, defaultUntil } from './report-scope';
import { saveReportCopies } from './save-report';

export interface PreparedReport {
  built: BuiltReport;
  layout: ReportLayoutSettings;
  year: number;
  until: string;
  /** The 成文日期. */
  reportDate: string;
}

/**
 * `ready`: the report to show and save; `refused`: why it cannot be made; `earlier`: the running
 * year has nothing for it yet while the year before has (January, when last year's report is
 * written, with the year switcher already on the new year) — the year to offer instead.
 */
export type YearReportPreparation =
  | { outcome: 'ready'; prepared: PreparedReport }
  | { outcome: 'refused'; refusal: string }
  | { outcome: 'earlier'; year: number };

async function buildYearReport(kind: ReportKind, year: number, committee: string | undefined, today: string): Promise<PreparedReport> {
  const [ledger, loaded] = await Promise.all([appLedger.reports.loadReportLedger({ year }), appLedger.reports.loadReportSettings()]);
  const until = defaultUntil(year, today);
  const reportDate = defaultReportDate(until, today);
  const scope = { year, until, ...(committee === undefined ? {} : { committee }) };
  const built = buildReport(ledger, templateInForce(loaded.settings, kind), scope, reportDate, styleInForce(loaded.settings), 'template');
  return { built, layout: layoutInForce(loaded.settings), year, until, reportDate };
}

/** `committee`: one committee's report in a city ledger; left out, all records'. `offerEarlier`: may answer with the year before (above). */
export async function prepareYearReport(kind: ReportKind, year: number, committee?: string, offerEarlier = false): Promise<YearReportPreparation> {
  const today = toIsoDate(new Date());
  const prepared = await buildYearReport(kind, year, committee, today);
  const refusal = exportRefusal(prepared.built.blockers);
  if (!refusal) return { outcome: 'ready', prepared };
  const nothingRecorded = prepared.built.blockers.some((b) => b.kind === 'nothing-recorded');
  if (offerEarlier && nothingRecorded && today.startsWith(`${year}-`)) {
    const earlier = await buildYearReport(kind, year - 1, committee, today);
    if (!exportRefusal(earlier.built.blockers)) return { outcome: 'earlier', year: year - 1 };
  }
  return { outcome: 'refused', refusal };
}

export function saveYearReport(prepared: PreparedReport): Promise<SavedFile[]> {
  return saveReportCopies(prepared.built, prepared.layout, prepared.year);
}
