// Finds every number a report paragraph states, with the unit or context that says what kind of
// number it is: counts (立案86件, 十二次, 两个, 10余类), spans of time (3个月), rates (95.2%), money
// (12.5万元), ranges (1—2名), ordinals (第二次常委会, 九届二次会议), years (2025年, 〔2017〕) and dates (11月30日,
// 11月底). This is plain running text the .docx reader already extracted, never XML.
import { CHINESE_NUMERAL_CHARS, fromChineseNumeral } from '../../common/chinese-numerals';

export type MentionKind = 'count' | 'rate' | 'money' | 'range' | 'ordinal' | 'year' | 'date' | 'bare';

export interface NumberMention {
  kind: MentionKind;
  /** The whole mention in the paragraph, number(s) and unit: [start, end). */
  start: number;
  end: number;
  /** The number as written (134, 十二, 1—2); what a placeholder replaces. */
  numberStart: number;
  numberEnd: number;
  value: number;
  /** The upper end of a range (1—2名). */
  to?: number;
  /** 件, 人次, %, 万元 …; 年 for a year, 日 or 月底 for a date, '' for a bare number. */
  unit: string;
  /** 10余类, 20多人: an approximate count. */
  approx: boolean;
  /** The unit is not written after this number but after the last of its list (依次为203、189、12人次): never sure. */
  unitFromList?: true;
  /** The month and day of a date (11月30日 → [11, 30]; 11月底 → [11, 0]), its year when written. */
  date?: { year?: number; month: number; day: number };
}

/** Units a count is written with; longer first so 人次 wins over 人. A span of time (3个月内办复,
 * 5个工作日) is read whole, so that its 个 is not a count of things: no figure has such a unit. */
export const COUNT_UNITS = ['个工作日', '个小时', '个季度', '个星期', '个月', '人次', '件次', '万元', '亿元', '万字', '个', '次', '件', '条', '名', '篇', '期', '户', '项', '份', '类', '张', '辑', '册', '人', '家', '场', '位', '批', '所', '元'] as const;

const CN = `[${CHINESE_NUMERAL_CHARS}]+`;
const AR = String.raw`\d+(?:[,，]\d{3})*(?:\.\d+)?`;
const NUM = `(?:${AR}|${CN})`;
const DASH = '[—–\\-~～至到]{1,2}';
const UNIT = `(?:${COUNT_UNITS.join('|')}|%|％)`;

// One pass over the text; the alternatives are tried in order at each position, so a date is
// taken before its month is read as a count, and a range before its first end.
const SCANNER = new RegExp(
  [
    `(?<date>(?:(?<dy>\\d{4}|[〇零一二三四五六七八九]{4})年)?(?<dm>\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(?<dd>\\d{1,2}|[一二三四五六七八九十]{1,3})日|(?<dend>底|末|份))?)`,
    `(?<year>(?:\\d{4}|[〇零一二三四五六七八九]{4})(?=年)|(?<=〔)\\d{4}(?=〕))`,
    `(?<ordinal>第${NUM}|(?<=届)${NUM}(?=次)|${NUM}(?=届))`,
    `(?<range>(?<r1>${NUM})(?<rdash>${DASH})(?<r2>${NUM})(?<rapprox>余|多)?(?<runit>${UNIT}))`,
    `(?<count>(?<n>${NUM})(?<approx>余|多)?(?<unit>${UNIT}))`,
    `(?<bare>${AR})`,
  ].join('|'),
  'gu',
);

function numberValue(raw: string): number | undefined {
  if (/^\d/.test(raw)) return Number(raw.replace(/[,，]/g, ''));
  return fromChineseNumeral(raw);
}

function dateValue(g: Record<string, string | undefined>): NumberMention['date'] | undefined {
  const month = numberValue(g.dm!);
  const day = g.dd ? numberValue(g.dd) : 0;
  if (month === undefined || month < 1 || month > 12 || day === undefined || day > 31) return undefined;
  const year = g.dy ? numberValue(g.dy) : undefined;
  return { ...(year !== undefined ? { year } : {}), month, day };
}

/** Every number in a paragraph, in order. A Chinese numeral counts only with a unit after it (一是, 三中全会 are words). */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  // Full-width digits (１２件) are read as digits; each is one character, so positions hold.
  const scanned = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  for (const m of scanned.matchAll(SCANNER)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    if (g.date !== undefined) {
      const date = dateValue(g);
      if (!date) continue;
      out.push({ kind: 'date', start, end, numberStart: start, numberEnd: end, value: date.day, unit: g.dd ? '日' : `月${g.dend ?? ''}`, approx: false, date });
    } else if (g.year !== undefined) {
      const value = numberValue(g.year);
      if (value === undefined || value < 1949 || value > 2100) continue;
      out.push({ kind: 'year', start, end: end + (text[end] === '年' ? 1 : 0), numberStart: start, numberEnd: end, value, unit: '年', approx: false });
    } else if (g.ordinal !== undefined) {
      const digits = g.ordinal.startsWith('第') ? g.ordinal.slice(1) : g.ordinal;
      const value = numberValue(digits);
      if (value === undefined) continue;
      const numberStart = end - digits.length;
      out.push({ kind: 'ordinal', start, end, numberStart, numberEnd: end, value, unit: text[end] ?? '', approx: false });
    } else if (g.range !== undefined) {
      const low = numberValue(g.r1!);
      const high = numberValue(g.r2!);
      if (low === undefined || high === undefined) continue;
      const unit = normalUnit(g.runit!);
      out.push({ kind: 'range', start, end, numberStart: start, numberEnd: start + g.r1!.length + g.rdash!.length + g.r2!.length, value: low, to: high, unit, approx: g.rapprox !== undefined });
    } else if (g.count !== undefined) {
      const value = numberValue(g.n!);
      if (value === undefined) continue;
      const unit = normalUnit(g.unit!);
      const kind: MentionKind = unit === '%' ? 'rate' : unit.endsWith('元') ? 'money' : 'count';
      out.push({ kind, start, end, numberStart: start, numberEnd: start + g.n!.length, value, unit, approx: g.approx !== undefined });
    } else if (g.bare !== undefined) {
      out.push({ kind: 'bare', start, end, numberStart: start, numberEnd: end, value: Number(g.bare.replace(/[,，]/g, '')), unit: '', approx: false });
    }
  }
  return withListUnits(text, out);
}

/** Between two numbers of one list: a 、 or 和, with at most an item's label (、协商类). */
const LIST_GAP = /^(?:、|和|及|与)[^，,；;。：:！？（）()、\d]{0,8}$/;

/**
 * 应到、实到、请假、缺席依次为203、189、12、2人次; （会议类26、协商类19、其他4次）: a list may write its
 * unit only after its last number. Each bare number of the list takes the unit of the count that
 * ends it, when only 、 or 和 and an item's label stand between them.
 */
function withListUnits(text: string, found: NumberMention[]): NumberMention[] {
  for (let i = found.length - 2; i >= 0; i--) {
    const bare = found[i]!;
    const next = found[i + 1]!;
    if (bare.kind !== 'bare' || !(next.kind === 'count' || next.kind === 'rate') || next.approx) continue;
    if (!LIST_GAP.test(text.slice(bare.end, next.start))) continue;
    found[i] = { ...bare, kind: next.kind, unit: next.unit, unitFromList: true };
  }
  return found;
}

function normalUnit(unit: string): string {
  return unit === '％' ? '%' : unit;
}
