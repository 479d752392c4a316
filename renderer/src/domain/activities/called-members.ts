// Who a meeting calls, by the rule its type has (meeting-calls.ts: by default a 全体会议 every
// member serving on its date, a 常委会议 the 常委会组成人员, a 主席会议 the 主席, 副主席 and 秘书长).
// The form fills them in one step (each row editable after); then 请假 and 缺席 are marked by
// typing a name or its pinyin initials.
import { isStandingCommitteeRole, servingOn, type Member } from '../members/member';
import type { ParticipantInput } from './activity';
import type { CallRule } from './meeting-calls';

const CHAIRS: readonly string[] = ['主席', '副主席', '秘书长'];

/** The members serving on `date` whom the rule calls; null for a type set to call nobody. */
export function calledMembers(rule: CallRule, members: readonly Member[], date: string): Member[] | null {
  if (rule.kind === 'none') return null;
  const serving = members.filter((m) => servingOn(m, date));
  switch (rule.kind) {
    case 'all': return serving;
    case 'standing': return serving.filter((m) => isStandingCommitteeRole(m.role));
    case 'chairs': return serving.filter((m) => CHAIRS.includes(m.role));
    case 'sectors': return serving.filter((m) => rule.sectors.includes(m.sector));
  }
}

export type MarkResult = { ok: true; rows: ParticipantInput[]; name: string } | { ok: false; message: string };

type NameTest = (name: string, query: string) => boolean;

/**
 * Marks the one listed person whose name the query matches (`matches`: characters or pinyin
 * initials) with `status`; of several, the one it spells out whole (`spelledOut`: yx is 杨雪
 * beside 杨学军). Several or none is said, and nothing changes.
 */
export function markByName(
  rows: readonly ParticipantInput[], query: string, status: ParticipantInput['status'],
  nameOf: (memberId: string) => string, matches: NameTest, spelledOut: NameTest = (name, q) => name === q,
): MarkResult {
  const q = query.trim();
  if (!q) return { ok: false, message: '请输入姓名或拼音首字母' };
  const matching = rows.filter((r) => matches(nameOf(r.memberId), q));
  const whole = matching.filter((r) => spelledOut(nameOf(r.memberId), q));
  const found = whole.length === 1 ? whole : matching;
  if (found.length === 0) return { ok: false, message: `参加人员中没有“${q}”` };
  const names = [...new Set(found.map((r) => nameOf(r.memberId)))];
  if (found.length > 1) return { ok: false, message: `“${q}”对应${found.length}人（${names.join('、')}），请多输入几个字` };
  const target = found[0]!.memberId;
  return { ok: true, name: names[0]!, rows: rows.map((r) => (r.memberId === target ? { ...r, status } : r)) };
}
