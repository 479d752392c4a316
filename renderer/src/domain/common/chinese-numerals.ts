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
