// One click from the home screen: the chosen year's report of a kind, counted from the ledger
// with the office's template and layout, to the 截至 date a new report defaults to, saved as .docx.
import { appLedger } from '../../db/app-ledger';
import type { ReportKind } from '../../domain/report/report-template';
import { layoutInForce, templateInForce } from '../../domain/settings/report-settings';
import { toIsoDate } from '../../domain/common/dates';
import type { SavedFile } from '../../platform';
import { buildReport, exportRefusal } from './build-report';
import { defaultUntil } from './report-scope';
import { saveReportDocx } from './save-report';

/** `committee`: one committee's report in a city ledger; left out, all records'. */
export async function makeYearReport(kind: ReportKind, year: number, committee?: string): Promise<SavedFile | null> {
  const [ledger, loaded] = await Promise.all([appLedger.reports.loadReportLedger({ year }), appLedger.reports.loadReportSettings()]);
  const today = toIsoDate(new Date());
  const built = buildReport(ledger, templateInForce(loaded.settings, kind), { year, until: defaultUntil(year, today), ...(committee === undefined ? {} : { committee }) }, today);
  const refusal = exportRefusal(built.blockers);
  if (refusal) throw new Error(refusal);
  return saveReportDocx(built.doc, layoutInForce(loaded.settings), year);
}
