// 委员履职档案 on the 报告 screen: one member's year as the duty record model writes it
// (domain/scores/member-record-document.ts, the same document the command line prints), in the
// shape the preview and the export take. Its numbers are the member's own, not catalogue figures,
// so nothing in it is a figure to open and nothing blocks export.
import type { Ledger } from '../../../domain/ledger/ledger';
import type { Member } from '../../../domain/members/member';
import type { FigureScope } from '../../../domain/report/figure-catalogue';
import type { ScoreRules } from '../../../domain/scores/score-rules';
import { memberRecordDocument } from '../../../domain/scores/member-record-document';
import { formatChineseDate } from '../../../domain/common/dates';
import type { BuiltReport } from '../build-report';
import { stationUnitName } from '../../../domain/stations/station-settings';
import { DEFAULT_REPORT_STYLE } from '../../../domain/report/report-style';

/** `date`: the 成文日期 (ISO), as for every report. */
export function buildMemberReport(ledger: Ledger, member: Member, rules: ScoreRules, scope: FigureScope, date: string): BuiltReport {
  const doc = memberRecordDocument(ledger, member, scope, formatChineseDate(date), rules);
  const runs = doc.blocks.map((b) => [{ text: b.kind === 'table' || b.kind === 'chart' ? '' : b.text }]);
  // No figures and no clauses: the review copy is the document itself.
  return { figures: new Map(), doc, review: doc, runs, reviewRuns: runs, blockers: [], dictionary: ledger.dictionary, unitName: stationUnitName(ledger.settings), rateDecimals: DEFAULT_REPORT_STYLE.rateDecimals };
}
