// Tables a template can place with a paragraph reading {{table:key}}: the reply classes, the
// proposals by field, activities by type, members by 界别, meeting attendance. They are built
// from the catalogue's figures, so a table and the sentences beside it can never disagree. A row
// whose figures are all 0 is left out, a table with no rows is never printed (render-report.ts
// leaves it out), and every rate of a column keeps the same decimals (79.0%, not 79%).
import type { FigureResult } from './figure-result';
import { formatFigure, type ReportStyle } from './report-style';
import { activityTypeKey } from './figures/activity-figures';
import { ACTIVITY_TYPES } from '../dictionaries/activity-types';
import { PROPOSAL_CATEGORIES } from '../dictionaries/proposal-categories';
import { SECTOR_KEYS } from './figures/member-figures';
import { REPLY_CLASS_LABELS } from './figures/proposal-figures';
import { EVALUATION_RANKING_TABLE } from './figures/evaluation-ranking-table';
import { nameByCode } from '../dictionaries/dictionary-codes';
import type { CodedKind, DictionaryEntry } from '../dictionaries/dictionary-kinds';

export const TABLE_PREFIX = 'table:';

export type { ReportTableDefinition } from './table-definition';
import type { ReportTableDefinition } from './table-definition';

/**
 * A row: its label, or for a row of a dictionary entry (`entry`: an activity type, a 提案类别),
 * its label made from the entry's name as this ledger gives it — the office may rename it.
 */
type Row = { keys: readonly string[]; units: readonly string[] } & ({ label: string } | { entry: { kind: CodedKind; code: string }; label: (name: string) => string });

const ZERO: FigureResult = { value: 0, records: [] };

/** Rows of [label, …figure keys]; a row whose first figure (what the row counts) is 0 is left out. */
function fromRows(rows: readonly Row[]): Pick<ReportTableDefinition, 'figureKeys' | 'build'> {
  const build = (figures: ReadonlyMap<string, FigureResult>, style?: ReportStyle, dictionary: readonly DictionaryEntry[] = []) => {
    const missing = rows.flatMap((r) => r.keys.filter((k) => !figures.has(k)));
    const names = { activityType: nameByCode(dictionary, 'activityType'), proposalCategory: nameByCode(dictionary, 'proposalCategory') };
    const labelOf = (r: Row) => ('entry' in r ? r.label(names[r.entry.kind].get(r.entry.code)!) : r.label);
    const out = rows
      .filter((r) => (figures.get(r.keys[0]!)?.value ?? 0) !== 0)
      .map((r) => [labelOf(r), ...r.keys.map((k, i) => formatFigure(figures.get(k) ?? ZERO, r.units[i] ?? '', style, true))]);
    return { rows: out, missing: [...new Set(missing)] };
  };
  return { figureKeys: [...new Set(rows.flatMap((r) => r.keys))], build };
}

/** The figure keys of a {{table:key}} placeholder; empty for a table that does not exist. */
export function tableFigureKeys(tableKey: string): readonly string[] {
  return REPORT_TABLES.find((t) => t.key === tableKey)?.figureKeys ?? [];
}

export const REPORT_TABLES: readonly ReportTableDefinition[] = [
  {
    key: 'proposals.byClass',
    caption: '提案办复类别统计表',
    columns: ['答复类别', '件数', '占比'],
    ...fromRows(
      Object.entries(REPLY_CLASS_LABELS).map(([cls, label]) => ({ label, keys: [`proposals.class.${cls}`, `proposals.class.${cls}.share`], units: ['件', '%'] })),
    ),
  },
  {
    key: 'proposals.byCategory',
    caption: '立案提案分类统计表',
    columns: ['类别', '件数', '占比'],
    ...fromRows(PROPOSAL_CATEGORIES.map(({ code }) => ({ label: (name: string) => `${name}方面`, entry: { kind: 'proposalCategory', code }, keys: [`proposals.category.${code}`, `proposals.category.${code}.share`], units: ['件', '%'] }))),
  },
  {
    key: 'activities.byType',
    caption: '履职活动分类统计表',
    columns: ['活动类型', '次数'],
    ...fromRows(ACTIVITY_TYPES.map((t) => ({ label: (name: string) => name, entry: { kind: 'activityType', code: t.code }, keys: [activityTypeKey(t.code)], units: ['次'] }))),
  },
  {
    key: 'members.bySector',
    caption: '委员界别分布表',
    columns: ['界别', '人数'],
    ...fromRows(SECTOR_KEYS.map(([name, key]) => ({ label: name, keys: [`members.sector.${key}`], units: ['名'] }))),
  },
  {
    key: 'meetings.attendance',
    caption: '全体会议和常委会议出席情况表',
    columns: ['会议', '召开次数', '应到人次', '实到人次', '出席率'],
    ...fromRows(
      (['plenary', 'standing'] as const).map((slug) => ({
        label: (name: string) => name,
        entry: { kind: 'activityType', code: slug },
        keys: [activityTypeKey(slug), `meetings.${slug}.expected`, `meetings.${slug}.present`, `meetings.${slug}.rate`],
        units: ['次', '人次', '人次', '%'],
      })),
    ),
  },
  EVALUATION_RANKING_TABLE,
];
