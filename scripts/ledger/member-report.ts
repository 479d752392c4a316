// `ledger report … --kind member --member 姓名`: one member's 履职档案 for the year, built by the
// member duty record (domain/scores/member-record-document.ts) exactly as the 报告 screen builds
// it, from the records up to `--until`.
import type { Ledger } from '../../renderer/src/domain/ledger/ledger';
import type { Member } from '../../renderer/src/domain/members/member';
import { normalizePersonName } from '../../renderer/src/domain/common/text';
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

/** Built in the domain, so the 报告 screen prints the very same document. */
export { memberRecordDocument } from '../../renderer/src/domain/scores/member-record-document';
