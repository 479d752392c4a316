import { describe, expect, it } from 'vitest';
import { formatChineseDate, formatDateRange, isIsoDate, isIsoMonth } from './dates';
import { toChineseNumeral, plenarySessionLabel, termLabel } from './chinese-numerals';
import { cleanText, normalizePersonName, normalizeHeader } from './text';
import { sortByStroke } from './stroke-order';

describe('dates', () => {
  it('writes dates the way the trade does, without zero padding', () => {
    expect(formatChineseDate('2025-03-05')).toBe('2025年3月5日');
    expect(formatChineseDate('2025-12-31')).toBe('2025年12月31日');
    expect(formatDateRange('2025-03-05', '2025-03-07')).toBe('2025年3月5日至2025年3月7日');
    expect(formatDateRange('2025-03-05', '2025-03-05')).toBe('2025年3月5日');
  });
  it('refuses impossible dates', () => {
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoMonth('1975-13')).toBe(false);
    expect(isIsoMonth('1975-04')).toBe(true);
  });
  it('takes exactly the calendar days from 1900 to 2200 (century leap years too), as the calendar says', () => {
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    const wrong: string[] = [];
    for (let y = 1890; y <= 2210; y++) {
      for (let mo = 0; mo <= 13; mo++) {
        for (let d = 0; d <= 32; d++) {
          const text = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
          const day = new Date(Date.UTC(y, mo - 1, d));
          const real = mo >= 1 && mo <= 12 && day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d && y >= 1900 && y <= 2200;
          if (isIsoDate(text) !== real) wrong.push(text);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('Chinese numerals', () => {
  it('writes terms and sessions', () => {
    expect([1, 9, 10, 11, 20, 23, 99, 100, 105, 110].map(toChineseNumeral)).toEqual([
      '一', '九', '十', '十一', '二十', '二十三', '九十九', '一百', '一百零五', '一百一十',
    ]);
    expect(termLabel(9)).toBe('第九届');
    expect(plenarySessionLabel(9, 2)).toBe('九届二次会议');
  });
});

describe('text', () => {
  it('removes control characters and every kind of space in names', () => {
    expect(cleanText('a\u000bb\u0000c ')).toBe('abc');
    expect(cleanText('第一行\n第二行')).toBe('第一行\n第二行');
    expect(normalizePersonName('王　明')).toBe('王明');
    expect(normalizePersonName(' 欧阳 小 明\u00a0')).toBe('欧阳小明');
    expect(normalizeHeader('姓　名：')).toBe('姓名');
  });
});

describe('surname stroke order', () => {
  it('orders names by the strokes of the surname', () => {
    expect(sortByStroke(['李四', '王明', '丁一', '白云', '马兰'], (n) => n)).toEqual(['丁一', '马兰', '王明', '白云', '李四']);
  });
});
