// One click from the home screen: the chosen year's report of a kind, counted from the ledger
// with the office's template, layout and number style, to the 截至 date a new report defaults
// to — the very call the 报告 screen makes (buildReport), so both paths give the same documents.
// `prepareYearReport` builds both copies for the home screen to show what was left out and what
// to check before anything is saved; `saveYearReport` then saves the 印发稿 and the 核对稿.
import { appLedger } from '../../db/app-ledger';
import type { ReportKind } from '../../domain/report/report-template';
import { layoutInForce, styleInForce, templateInForce } from '../../domain/settings/report-settings';
import type { ReportLayoutSettings } from '../../domain/settings/report-settings';
import { toIsoDate } from '../../domain/common/dates';
import type { SavedFile } from '../../platform';
import { buildReport, exportRefusal, type BuiltReport } from './build-report';
import { defaultUntil } from './report-scope';
import { saveReportCopies } from './save-report';

export interface PreparedReport {
  built: BuiltReport;
  layout: ReportLayoutSettings;
  year: number;
  until: string;
}

/** `committee`: one committee's report in a city ledger; left out, all records'. */
export async function prepareYearReport(kind: ReportKind, year: number, committee?: string): Promise<PreparedReport> {
  const [ledger, loaded] = await Promise.all([appLedger.reports.loadReportLedger({ year }), appLedger.reports.loadReportSettings()]);
  const today = toIsoDate(new Date());
  const until = defaultUntil(year, today);
  const scope = { year, until, ...(committee === undefined ? {} : { committee }) };
  const built = buildReport(ledger, templateInForce(loaded.settings, kind), scope, today, styleInForce(loaded.settings), 'template');
  const refusal = exportRefusal(built.blockers);
  if (refusal) throw new Error(refusal);
  return { built, layout: layoutInForce(loaded.settings), year, until };
}

export function saveYearReport(prepared: PreparedReport): Promise<SavedFile[]> {
  return saveReportCopies(prepared.built, prepared.layout, prepared.year);
}
