// How a report says why a figure is not printed, or why it needs a check: the one place these
// reasons are worded, for the review copy's 【未写入：…】 notes, the 报告 screen's list of what was
// left out and its 请核对 list. They say what the clerk should record, and where, in the words of
// the screens, rather than name a figure's value.
import type { Unrecorded } from './figure-result';

/** The screen where members' fields are filled in. */
export const MEMBERS_PAGE = '“委员”页';

export const missingReason = {
  /** A count of 0. */
  zero: (label: string) => `${label}为0`,
  /** A count with nothing in the ledger behind it. */
  noRecords: (label: string) => `${label}没有台账记录`,
  /** A rate over an empty base. */
  emptyBase: (label: string) => `${label}无从计算（基数为0）`,
  /** A year the ledger cannot tell (开始民主评议的年份 in its first year). */
  unknownYear: (label: string) => `${label}无从得知`,
  /** No member has the field the figure reads: nothing can be said of it. */
  unrecorded: (u: Unrecorded) => `委员名册中${u.count}名委员未填${u.field}，请在${MEMBERS_PAGE}填写`,
  /** Some members lack the field: the figure counts only those who have it. */
  partlyUnrecorded: (label: string, u: Unrecorded) => `委员名册中${u.count}名委员未填${u.field}，“${label}”只计了已填的${u.of - u.count}名；请在${MEMBERS_PAGE}填写后核对`,
} as const;
