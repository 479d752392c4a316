// The shape of a report table ({{table:key}}): its columns and the figures it is built from. Apart
// from report-tables.ts, which lists the tables, so a table defined in a figure module
// (figures/evaluation-ranking-table.ts) does not import the list that imports it.
import type { FigureResult } from './figure-result';
import type { ReportStyle } from './report-style';

export interface ReportTableDefinition {
  key: string;
  caption: string;
  columns: string[];
  /** The figures the table reads, so that a caller computing only a template's figures computes these too. */
  figureKeys: readonly string[];
  build(figures: ReadonlyMap<string, FigureResult>, style?: ReportStyle): { rows: string[][]; missing: string[] };
}
