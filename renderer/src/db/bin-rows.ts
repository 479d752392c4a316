// How the recycle bin names a deleted record of each table the registry puts in the bin
// (domain/ledger/ledger-tables.ts `inBin`): its title and a short description. Typed by the
// registry, so a table added to the bin without its line here does not compile.
import { formatChineseDate } from '../domain/common/dates';
import { CULTURE_KIND_LABELS } from '../domain/culture/culture';
import { DICTIONARY_LABELS } from '../domain/dictionaries/dictionary-kinds';
import type { BinTable, LedgerRows } from '../domain/ledger/ledger-tables';
import { sectorText } from '../domain/members/sector-text';
import { issueLabel } from '../domain/opinions/opinion';
import { sessionLabelOf } from '../domain/proposals/proposal';

/** What a line needs from other tables. */
export interface BinContext {
  /** Each deleted activity's deletedAt stamp. */
  deletedActivities: ReadonlyMap<string, string | null>;
  memberNames: ReadonlyMap<string, string>;
}

export interface BinLine {
  title: string;
  detail: string;
}

/** A record's line in the bin, or null when it is restored with another record and not listed. */
type Describe<T extends BinTable> = (row: LedgerRows[T], ctx: BinContext) => BinLine | null;

export const BIN_ROWS: { [T in BinTable]: Describe<T> } = {
  members: (m) => ({ title: m.name, detail: [m.sector, m.workplace].filter(Boolean).join(' · ') }),
  activities: (a) => ({ title: a.title, detail: `${a.type} · ${formatChineseDate(a.startDate)}` }),
  proposals: (p) => ({ title: `第${p.number}号 ${p.title}`, detail: `${sessionLabelOf(p)} · ${p.stage}` }),
  // Attachments that went with their activity are restored with it, so they are not listed twice.
  attachments: (f, ctx) => (ctx.deletedActivities.get(f.ownerId) === f.deletedAt ? null : { title: f.name, detail: `${Math.ceil(f.size / 1024)} KB` }),
  dictionary: (d) => ({ title: d.name, detail: DICTIONARY_LABELS[d.kind] }),
  opinions: (o) => ({ title: o.title, detail: `社情民意 · ${o.receivedDate}${o.issue ? ` · ${issueLabel(o.issue)}` : ''}` }),
  plans: (p) => ({ title: p.title, detail: `${p.unplanned ? '活动“1234”环节' : '工作要点'} · ${p.year}年${p.plannedMonth}月 · ${p.kind}` }),
  stations: (s) => ({ title: s.township, detail: `联络站 · 成立于${formatChineseDate(s.establishedDate)}` }),
  campaigns: (c) => ({ title: c.theme, detail: `${c.year}年委员履职主题实践活动` }),
  pairings: (p) => ({ title: p.village, detail: `结对帮扶 · ${p.linkKind === '界别' ? sectorText(p.sector) : '委员'}` }),
  culture: (r) => ({ title: r.title || CULTURE_KIND_LABELS[r.kind], detail: `${CULTURE_KIND_LABELS[r.kind]} · ${r.date}` }),
  evaluations: (r) => ({ title: r.title, detail: `民主评议 · ${formatChineseDate(r.date)} · ${r.units.length}个单位` }),
  supervisors: (s, ctx) => ({ title: `${ctx.memberNames.get(s.memberId) ?? '（已清除的委员）'}：${s.unit}`, detail: `${s.kind} · ${s.group || '未分组'}` }),
  supervisionLetters: (l) => ({ title: l.title, detail: `民主监督建议书 · ${l.group} · ${formatChineseDate(l.date)}` }),
};
