// The shape of a report table ({{table:key}}): its columns and the figures it is built from. Apart
// from report-tables.ts, which lists the tables, so a table defined in a figure module
// (figures/evaluation-ranking-table.ts) does not import the list that imports it.
import type { FigureResult } from './figure-result';
import type { ReportStyle } from './report-style';
import type { DictionaryEntry } from '../dictionaries/dictionary-kinds';

export interface ReportTableDefinition {
  key: string;
  caption: string;
  columns: string[];
  /** The figures the table reads, so that a caller computing only a template's figures computes these too. */
  figureKeys: readonly string[];
  /** The rows; a row naming an activity type or 提案类别 uses the name the dictionary gives it. */
  build(figures: ReadonlyMap<string, FigureResult>, style?: ReportStyle, dictionary?: readonly DictionaryEntry[]): { rows: string[][]; missing: string[] };
}
