// How a report says why a figure is not printed, or why it needs a check: the one place these
// reasons are worded, for the review copy's 【未写入：…】 notes, the 报告 screen's list of what was
// left out and its 请核对 list. They say what the clerk should record, and where, in the words of
// the screens, rather than name a figure's value.
import type { Unrecorded } from './figure-result';

/** The screen where members' fields are filled in. */
export const MEMBERS_PAGE = '“委员”页';
/** Where the office changes a report's wording: the 报告 page's tab. */
export const TEMPLATE_TAB = '“报告”页的“编辑模板”';

/**
 * The review copy's note before a clause's fallback, printed because the clause had nothing to
 * say: why, whose words follow (the template's default or the office's own 替代文字), and where
 * to change them (`notesPage` for a clause printing the office's notes: write them there).
 */
export function fallbackNote(reasons: readonly string[], own: boolean, notesPage?: string): string {
  const whose = own ? '以下是本单位写的替代文字' : '以下是模板的默认写法';
  const where = notesPage ? `本单位的文字请在${notesPage}填写` : own ? `可在${TEMPLATE_TAB}中修改` : `可在${TEMPLATE_TAB}中改写这段默认文字`;
  return `【${own ? '替代文字' : '默认文字'}：${[...new Set(reasons)].join('；')}，${whose}；${where}】`;
}

/** What the plan's figures lack when the year has no 工作要点 at all: nothing of its "1234" steps can be asked for. */
export const NO_PLAN = '本年未登记年度工作要点';

/** The type named by a meeting's rate (常委会议 of 常委会议出席率). */
const meetingOf = (label: string) => label.replace(/出席率$/, '');

export const missingReason = {
  /** A count of 0, said as what the clerk records for it: a type of activity, an outcome of one. */
  zero: (key: string, label: string) => {
    if (/^activities\.type\.[^.]+$/.test(key)) return `本年未登记${label}（类型为“${label}”的履职活动）`;
    if (key.startsWith('activities.reports.')) return `本年履职活动的成果中未登记${label}`;
    return `${label}为0`;
  },
  /** A count with nothing in the ledger behind it. */
  noRecords: (label: string) => `${label}没有台账记录`,
  /** A rate over an empty base: what the base would be made of. */
  emptyBase: (key: string, label: string) =>
    /^meetings\.[^.]+\.rate$/.test(key) ? `本年未登记${meetingOf(label)}的应到委员（类型为“${meetingOf(label)}”的履职活动及其出席名单）` : `${label}无从计算（台账中没有可作基数的记录）`,
  /** A year the ledger cannot tell (开始民主评议的年份 in its first year). */
  unknownYear: (label: string) => `${label}无从得知`,
  /** No member has the field the figure reads: nothing can be said of it. */
  unrecorded: (u: Unrecorded) => (u.noneChosen
    ? `委员名册中${u.count}名委员的${u.field}都是“${u.noneChosen.holds}”，没有${u.noneChosen.counts}；请在${MEMBERS_PAGE}编辑常委会组成人员，选好其${u.field}`
    : `委员名册中${u.count}名委员未填${u.field}，请在${MEMBERS_PAGE}填写`),
  /** Some members lack the field: the figure counts only those who have it. */
  partlyUnrecorded: (label: string, u: Unrecorded) => `委员名册中${u.count}名委员未填${u.field}，“${label}”只计了已填的${u.of - u.count}名；请在${MEMBERS_PAGE}填写后核对`,
} as const;
