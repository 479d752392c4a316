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
