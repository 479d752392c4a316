// One member's 履职档案 for a year up to the 截至 date, from a ledger: the records the duty record
// counts (the year's activities, proposals and 社情民意 dated on or before `until`), the office's
// 履职积分 rules, and the duty record model (duty-record-model.ts). The 报告 screen and
// `npm run ledger -- report --kind member` both build it here, so they print the same document.
import type { Ledger } from '../ledger/ledger';
import type { Member } from '../members/member';
import { activityCategoryMap } from '../dictionaries/dictionary-kinds';
import { codeByName } from '../dictionaries/dictionary-codes';
import type { FigureScope } from '../report/figure-catalogue';
import type { ReportDocument } from '../report/render-report';
import type { Opinion } from '../opinions/opinion';
import { computeMemberDuties, recordedAreas, type DutyInput } from './member-duty';
import { proposalAsOf } from '../report/figures/proposal-figures';
import { buildDutyRecordModel } from './duty-record-model';
import { DEFAULT_SCORE_RULES, type ScoreRules } from './score-rules';

export function memberRecordDocument(
  ledger: Ledger,
  member: Member,
  scope: FigureScope,
  dateText: string,
  rules: ScoreRules = ledger.scoreRules?.rules ?? DEFAULT_SCORE_RULES,
): ReportDocument {
  const upTo = (date: string) => date <= scope.until;
  // A ledger read before 社情民意 were kept has none: the record then says they are not recorded.
  const opinions = (ledger as { opinions?: Opinion[] }).opinions;
  // Only the records that name this member: computeMemberDuties sorts every member's records out
  // of what it is given, and a big county's year holds thousands of attendance rows.
  const id = member.id;
  const input: DutyInput = {
    activities: ledger.activities.filter((a) => a.year === scope.year && upTo(a.startDate) && a.participants.some((p) => p.memberId === id)),
    // As they stood on the 截至 date: a 立案 or 重点 mark given later does not count yet.
    proposals: ledger.proposals
      .filter((p) => p.year === scope.year && upTo(p.receivedDate) && (p.leadMemberId === id || p.coSignerIds.includes(id)))
      .map((p) => proposalAsOf(p, scope.until)),
    categoryOf: activityCategoryMap(ledger.dictionary),
    codeOf: codeByName(ledger.dictionary, 'activityType'),
    // An adoption dated after the 截至 date has not happened yet.
    recorded: recordedAreas(scope.year, scope.until, { activities: ledger.activities, proposals: ledger.proposals, opinions: opinions ?? null }),
    opinions: opinions ? opinions.filter((o) => o.year === scope.year && upTo(o.receivedDate) && o.memberIds.includes(id)).map((o) => ({ ...o, adoptions: o.adoptions.filter((a) => upTo(a.date)) })) : null,
  };
  const [duty] = computeMemberDuties([member.id], input, rules, scope.year);
  const committee = { name: ledger.settings?.committee.name ?? '', shortName: ledger.settings?.committee.shortName ?? '' };
  return buildDutyRecordModel({ member, duty: duty!, rules, committee, dateText, until: scope.until });
}
