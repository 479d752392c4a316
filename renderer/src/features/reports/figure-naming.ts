// How the 报告 screens name and print a figure: as the document does — labelled with the ledger's
// dictionary and its 基层单位名称 (已建委员工作室), rates with the office's decimals (88.75%).
// A BuiltReport is one; before a report is built, the ledger's dictionary with the defaults.
import type { DictionaryEntry } from '../../domain/dictionaries/dictionary-kinds';
import { figureByKey, figureCatalogueFor, type FigureDefinition, type FigureResult } from '../../domain/report/figure-catalogue';
import { DEFAULT_REPORT_STYLE, type ReportStyle } from '../../domain/report/report-style';
import { figureText } from '../../domain/report/report-text';
import { DEFAULT_STATION_UNIT_NAME } from '../../domain/stations/station-settings';

export interface FigureNaming {
  dictionary: readonly DictionaryEntry[];
  unitName: string;
  rateDecimals: ReportStyle['rateDecimals'];
}

/** The naming of a ledger whose report is not built yet: its dictionary, the default unit name and decimals. */
export const defaultNaming = (dictionary: readonly DictionaryEntry[]): FigureNaming => ({ dictionary, unitName: DEFAULT_STATION_UNIT_NAME, rateDecimals: DEFAULT_REPORT_STYLE.rateDecimals });

export const namedFigure = (key: string, naming: FigureNaming): FigureDefinition | undefined => figureByKey(key, naming.dictionary, naming.unitName);

export const namedCatalogue = (naming: FigureNaming): readonly FigureDefinition[] => figureCatalogueFor(naming.dictionary, naming.unitName);

/** A figure's value with its unit as the screen shows it (12 次, 88.75%; — for a rate over nothing). `spaced`: a space before the unit. */
export function namedValue(result: FigureResult, unit: string, naming: FigureNaming, spaced = false): string {
  const text = figureText(result, unit, naming.rateDecimals);
  return unit === '%' ? text : `${text}${spaced ? ' ' : ''}${unit}`;
}
