// How an office writes its numbers, beyond what GB/T 9704 fixes: a range as 1至2名 (the default)
// or 1—2名, and rates with one decimal (95.2%) or two (88.75%). Kept in the settings record beside
// the templates (report-settings.ts), so a backup carries it; no schema change was needed.
import { z } from 'zod';
import { rateRatio, recordCount, type FigureResult } from './figure-result';
import { percentText } from '../common/percent';
import { formatValue } from './report-text';

export const RANGE_STYLES = ['至', '—', '－', '～'] as const;
export type RangeStyle = (typeof RANGE_STYLES)[number];

export const RANGE_STYLE_LABELS: Record<RangeStyle, string> = { 至: '1至2名', '—': '1—2名', '－': '1－2名', '～': '1～2名' };

export interface ReportStyle {
  rangeStyle: RangeStyle;
  rateDecimals: 1 | 2;
}

export const DEFAULT_REPORT_STYLE: ReportStyle = { rangeStyle: '至', rateDecimals: 1 };

export const reportStyleSchema = z.object({
  rangeStyle: z.enum(RANGE_STYLES, { error: '范围写法只能是“至”“—”“－”或“～”' }),
  rateDecimals: z.union([z.literal(1), z.literal(2)], { error: '百分比只能保留一位或两位小数' }),
});

/** Whether a rate has nothing under it: no whole to divide by. A rate without a ratio is empty when it is 0 with no records. */
export function isEmptyBase(result: FigureResult): boolean {
  if (result.noBase) return true;
  return result.value === 0 && recordCount(result) === 0;
}

/**
 * A figure as the report prints it: counts as Arabic numerals (立案86件), rates with the office's
 * decimals and the percent sign, rounded once from what they divide (percentText), money with up
 * to two decimals (12.5万元). In running text a rate has up to the office's decimals, as reports
 * are written (办复率100%, 满意率98.8%); a table column (`inTable`) keeps its trailing zeros so the
 * column reads evenly (79.0%, not 79%).
 */
export function formatFigure(result: FigureResult, unit: string, style: ReportStyle = DEFAULT_REPORT_STYLE, inTable = false): string {
  if (unit === '%') {
    // A rate over nothing is never a number: a table prints — (a sentence leaves it out).
    if (result.noBase) return '—';
    return percentText(rateRatio(result), style.rateDecimals, inTable);
  }
  return formatValue(result.value, unit);
}

/** {{min~max}}: "1至2" in the office's style, "2" when both ends are equal. */
export function formatRange(min: number, max: number, style: ReportStyle = DEFAULT_REPORT_STYLE): string {
  return min === max ? String(max) : `${min}${style.rangeStyle}${max}`;
}
