// Text as it goes onto paper. Paragraphs are pasted from Word and the web: control characters
// (vertical tab, NUL, form feed…) make a .docx invalid and are removed; emoji are removed too,
// always, because the official faces (仿宋, 黑体, 楷体) have no glyph for them and a report
// under GB/T 9704 never carries one. Line breaks inside a paragraph become nothing: a paragraph
// is one block of running text.
import { toChineseNumeral } from '../common/chinese-numerals';
import { ofHundred, percentText } from '../common/percent';
import { rateRatio, type FigureResult } from './figure-result';

// Extended_Pictographic also covers ©, ® and ™, which do appear in names of products and are
// printable in 宋体: those are kept.
const KEPT_SYMBOLS = new Set(['\u00A9', '\u00AE', '\u2122']);
const EMOJI_PARTS = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u{FE0E}\u{FE0F}\u{200D}\u{20E3}\u{E0020}-\u{E007F}]/gu;
// Everything below space, DEL, the C1 controls and the two noncharacters U+FFFE/U+FFFF; lone
// surrogates cannot be written as XML either.
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// What any step below would change: a text it does not match is clean as it stands, as nearly every
// text of a template is, and is given back without five passes over it. (With the u flag a
// surrogate pair is one code point, so LONE_SURROGATE matches only what it removes.)
const NEEDS_CLEANING = new RegExp(`${LONE_SURROGATE.source}|[\\r\\n\\t\\v\\f]|${CONTROLS.source}|${EMOJI_PARTS.source}| {2}|^\\s|\\s$`, 'u');

export function cleanReportText(raw: string): string {
  if (!NEEDS_CLEANING.test(raw)) return raw;
  return raw
    .replace(LONE_SURROGATE, '')
    .replace(/[\r\n\t\v\f]+/g, (m) => (m.includes('\t') ? ' ' : ''))
    .replace(CONTROLS, '')
    .replace(EMOJI_PARTS, (ch) => (KEPT_SYMBOLS.has(ch) ? ch : ''))
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * A figure as the trade prints it: counts as Arabic numerals (立案86件), rates with one decimal
 * and the percent sign (95.2%, 100%), money with up to two decimals (12.5万元). For a number that
 * is already a percentage (one read from a document); a figure's rate is printed from its ratio
 * (figureText, formatFigure).
 */
export function formatFigureValue(value: number, unit: string): string {
  if (unit === '%') return percentText(ofHundred(value), 1);
  return formatValue(value, unit);
}

/** A count or money as printed: money with up to two decimals (12.5), any other non-whole number with one. */
export function formatValue(value: number, unit: string): string {
  if (unit === '万元') return trimDecimals(value, 2);
  return Number.isInteger(value) ? String(value) : trimDecimals(value, 1);
}

function trimDecimals(value: number, places: number): string {
  const factor = 10 ** places;
  const rounded = Math.round(value * factor) / factor;
  return String(Number(rounded.toFixed(places)));
}

/**
 * A figure as printed, for every place that prints one (report, tables, 数据核对, home screen): a
 * rate with nothing to divide by (出席率 of a year with no 常委会议) has no value and prints —,
 * never 0%; any other rate is rounded from what it divides (percentText), with one decimal unless
 * the office's setting asks for two.
 */
export function figureText(result: Pick<FigureResult, 'value' | 'noBase' | 'ratio'> | undefined, unit: string, rateDecimals = 1): string {
  if (!result || result.noBase) return '—';
  if (unit === '%') return percentText(rateRatio(result), rateDecimals);
  return formatValue(result.value, unit);
}

export { toChineseNumeral };
