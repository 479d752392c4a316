// The home screen's first figures for one year, taken from the report's figure catalogue so that
// the home screen and a report can never say two things: activities held, meetings (会议 category),
// members taking part (人次: one per 出席 row), and 召开 / 应到 / 实到 / 出席率 of the 全体会议 and
// 常委会议 — a rate with nobody expected prints — in both places (report-text.ts figureText).
// Deleted activities and participants taken off a list never count.
import type { Activity } from '../activities/activity';
import type { DictionaryEntry } from '../dictionaries/dictionary-kinds';
import type { Ledger } from '../ledger/ledger';
import { ledgerOfTables } from '../ledger/ledger-arrays';
import { computeFiguresFor, yearScope, type FigureResult } from '../report/figure-catalogue';
import { activityTypeKey } from '../report/figures/activity-figures';
import { activitiesByType } from '../charts/activity-charts';
import { compareChinese } from '../common/chinese-order';

/** A figure the home screen shows: its catalogue key, the words beside it, and its unit. */
export interface HomeFigure {
  key: string;
  label: string;
  unit: string;
}

export const HOME_TOTALS: readonly HomeFigure[] = [
  { key: 'activities.total', label: '履职活动', unit: '项' },
  { key: 'activities.category.meeting', label: '召开会议', unit: '次' },
  { key: 'activities.personTimes', label: '委员参加活动', unit: '人次' },
];

/** The meetings with a card of their own, each with its figures (召开 is the type's count). */
export const HOME_MEETINGS: readonly { code: 'plenary' | 'standing'; figures: readonly HomeFigure[] }[] = (['plenary', 'standing'] as const).map((code) => ({
  code,
  figures: [
    { key: activityTypeKey(code), label: '召开', unit: '次' },
    { key: `meetings.${code}.expected`, label: '应到', unit: '人次' },
    { key: `meetings.${code}.present`, label: '实到', unit: '人次' },
    { key: `meetings.${code}.rate`, label: '出席率', unit: '%' },
  ],
}));

export interface HomeFigures {
  year: number;
  /** The catalogue's results for every key above. */
  figures: ReadonlyMap<string, FigureResult>;
  /** Activities by type as the ledger names them now, most first. */
  byType: { type: string; count: number }[];
  /** The office's decimals for rates (版式设置): the 出席率 shows as its reports print it. */
  rateDecimals?: 1 | 2;
}

export interface HomeFiguresInput {
  /** The year's activities (others are left out here anyway). */
  activities: Activity[];
  dictionary: DictionaryEntry[];
}

/** The activities and dictionary as a ledger for the catalogue; the home screen counts nothing else. */
function activityLedger(input: HomeFiguresInput): Ledger {
  return ledgerOfTables({ dictionary: input.dictionary, activities: input.activities });
}

export function computeHomeFigures(input: HomeFiguresInput, year: number): HomeFigures {
  const ledger = activityLedger(input);
  const keys = [...HOME_TOTALS, ...HOME_MEETINGS.flatMap((m) => m.figures)].map((f) => f.key);
  const figures = computeFiguresFor(ledger, yearScope(year), keys);
  // The same count as the charts (activitiesByType), most first.
  const byType = activitiesByType(input.activities, year, input.dictionary).map(({ name, count }) => ({ type: name, count }));
  return { year, figures, byType: byType.sort((a, b) => b.count - a.count || compareChinese(a.type, b.type)) };
}
