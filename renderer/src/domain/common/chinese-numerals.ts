// Ordinals and sessions are written in Chinese numerals: 第九届, 九届二次会议, 第二十三次联席会.

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n < 20) return `十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
  if (n < 1000) {
    const rest = n % 100;
    const head = `${DIGITS[Math.floor(n / 100)]}百`;
    if (rest === 0) return head;
    return rest < 10 ? `${head}零${DIGITS[rest]}` : `${head}${rest < 20 ? '一' : ''}${toChineseNumeral(rest)}`;
  }
  const rest = n % 1000;
  const head = `${DIGITS[Math.floor(n / 1000)]}千`;
  if (rest === 0) return head;
  return rest < 100 ? `${head}零${toChineseNumeral(rest)}` : `${head}${toChineseNumeral(rest)}`;
}

/** 第九届 */
export function termLabel(term: number): string {
  return `第${toChineseNumeral(term)}届`;
}

/** 九届二次会议 */
export function plenarySessionLabel(term: number, session: number): string {
  return `${toChineseNumeral(term)}届${toChineseNumeral(session)}次会议`;
}

const DIGIT_VALUES: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT_VALUES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Every character a Chinese numeral below 10,000 is written with (两个, 十二次, 一百零五件). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千';

/**
 * 十二 → 12, 两 → 2, 一百零五 → 105, 二〇二五 → 2025 (digit by digit); undefined when the text
 * is not a numeral below 10,000. The inverse of toChineseNumeral, plus the forms people write.
 */
export function fromChineseNumeral(text: string): number | undefined {
  if (!text || [...text].some((c) => !(c in DIGIT_VALUES) && !(c in UNIT_VALUES))) return undefined;
  if (![...text].some((c) => c in UNIT_VALUES)) {
    // 二〇二五: digits one after another; a single digit is itself.
    return [...text].reduce((n, c) => n * 10 + DIGIT_VALUES[c]!, 0);
  }
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  for (const c of text) {
    if (c in DIGIT_VALUES) {
      if (digit !== undefined && DIGIT_VALUES[c] !== 0) return undefined;
      digit = DIGIT_VALUES[c] === 0 ? undefined : DIGIT_VALUES[c];
      continue;
    }
    const unit = UNIT_VALUES[c]!;
    if (unit >= lastUnit) return undefined;
    total += (digit ?? 1) * unit;
    digit = undefined;
    lastUnit = unit;
  }
  return total + (digit ?? 0);
}
