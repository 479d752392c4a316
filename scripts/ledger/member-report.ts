// `ledger report … --kind member --member 姓名`: one member's 履职档案 for the year, built by the
// member duty record (domain/scores) exactly as the member page's 导出履职档案 builds it, from the
// records up to `--until`.
import type { Ledger } from '../../renderer/src/domain/ledger/ledger';
import type { Member } from '../../renderer/src/domain/members/member';
import { activityCategoryMap } from '../../renderer/src/domain/dictionaries/dictionary-kinds';
import { normalizePersonName } from '../../renderer/src/domain/common/text';
import type { FigureScope } from '../../renderer/src/domain/report/figure-catalogue';
import type { ReportDocument } from '../../renderer/src/domain/report/render-report';
import { computeMemberDuties, type DutyInput } from '../../renderer/src/domain/scores/member-duty';
import { buildDutyRecordModel } from '../../renderer/src/domain/scores/duty-record-model';
import { DEFAULT_SCORE_RULES } from '../../renderer/src/domain/scores/score-rules';
import type { Opinion } from '../../renderer/src/domain/opinions/opinion';
import type { Checked } from './cli-scope';

/** The live member the option names, by name (spaces of any width ignored) or by id. */
export function findMember(ledger: Ledger, named: string): Checked<Member> {
  const name = normalizePersonName(named);
  const live = ledger.members.filter((m) => m.deletedAt === null);
  const byId = live.find((m) => m.id === named);
  if (byId) return { ok: true, value: byId };
  const found = live.filter((m) => m.name === name);
  if (found.length === 1) return { ok: true, value: found[0]! };
  if (found.length === 0) return { ok: false, message: `委员名单中没有“${name}”` };
  return { ok: false, message: `委员名单中有${found.length}位“${name}”，请改用编号：${found.map((m) => `${m.id}（${m.sector || '未填界别'}）`).join('、')}` };
}

export function memberRecordDocument(ledger: Ledger, member: Member, scope: FigureScope, dateText: string): ReportDocument {
  const upTo = (date: string) => date <= scope.until;
  // A ledger read before 社情民意 were kept has none: the record then says they are not recorded.
  const opinions = (ledger as { opinions?: Opinion[] }).opinions;
  const input: DutyInput = {
    activities: ledger.activities.filter((a) => a.year === scope.year && upTo(a.startDate)),
    proposals: ledger.proposals.filter((p) => p.year === scope.year && upTo(p.receivedDate)),
    categoryOf: activityCategoryMap(ledger.dictionary),
    opinions: opinions ? opinions.filter((o) => o.year === scope.year && upTo(o.receivedDate)) : null,
  };
  const rules = ledger.scoreRules?.rules ?? DEFAULT_SCORE_RULES;
  const [duty] = computeMemberDuties([member.id], input, rules, scope.year);
  const committee = { name: ledger.settings?.committee.name ?? '', shortName: ledger.settings?.committee.shortName ?? '' };
  return buildDutyRecordModel({ member, duty: duty!, rules, committee, dateText });
}
