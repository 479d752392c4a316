// The context a report is written in, from the ledger: the committee's full name, 简称 and level
// (县委/市委/区委) and 届, the year's 存在问题 and 下步打算 as the office wrote them, its name for its
// grass-roots units, the office's number
// style and the 成文日期. The 报告 screen, the home screen's one click and the command line all
// take it from here, so the three give the same document for the same year, 截至 date and 成文日期.
import type { Ledger } from '../ledger/ledger';
import type { FigureScope } from './figure-types';
import type { ReportContext } from './render-report';
import { DEFAULT_REPORT_STYLE, type ReportStyle } from './report-style';
import { yearNotesId } from '../plans/year-notes';
import { stationUnitName } from '../stations/station-settings';

/**
 * The 截至 date a report counts to unless one is chosen: today while the year is running, else the
 * year's last day (a year not begun yet counts to its end). The screen, the home button and the
 * command line all take it from here, so the same year gives the same document.
 */
export function defaultUntil(year: number, today: string): string {
  const end = `${year}-12-31`;
  if (today < `${year}-01-01`) return end;
  return today < end ? today : end;
}

/**
 * The 成文日期 unless the clerk chooses one: the day the report is made, as offices date what they
 * write (last year's report written in January is dated in January), but never before its 截至
 * date (a report counted to a day still to come is dated that day). The 报告 screen, the home
 * screen's one click and the command line all default to it.
 */
export function defaultReportDate(until: string, today: string): string {
  return today >= until ? today : until;
}

/** A report cannot be dated before the day it counts to: the 报告 screen and the command line refuse it alike. */
export function reportDateProblem(until: string, reportDate: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reportDate)) return '请选择成文日期';
  return reportDate < until ? '成文日期不能早于截至日期' : null;
}

/**
 * `date`: the 成文日期 (ISO), the clerk's or `defaultReportDate`. One committee's report in a city
 * ledger is titled and issued in that committee's name; its 简称 and level are not known, so the
 * full name is used throughout.
 */
export function reportContextOf(ledger: Ledger, scope: FigureScope, date: string, style: ReportStyle = DEFAULT_REPORT_STYLE, issuer?: string): ReportContext {
  const own = ledger.settings?.committee;
  const name = scope.committee ?? own?.name ?? '';
  const notes = ledger.yearNotes.find((n) => n.id === yearNotesId(scope.year) && n.deletedAt === null);
  return {
    committeeName: name,
    ...(scope.committee === undefined && own ? { shortName: own.shortName, level: own.level, term: own.term, upperName: own.upperName } : {}),
    issuer: issuer ?? name,
    date,
    scope,
    notes: { problems: notes?.problems ?? '', nextSteps: notes?.nextSteps ?? '', proposalProblems: notes?.proposalProblems ?? '', proposalNextSteps: notes?.proposalNextSteps ?? '' },
    unitName: stationUnitName(ledger.settings),
    style,
    dictionary: ledger.dictionary,
  };
}
