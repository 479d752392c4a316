import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { nameMatches, type PinyinKeysOf } from '../../domain/members/name-match';
import { pinyinKeysWith } from './pinyin-keys';

const keys: PinyinKeysOf = pinyinKeysWith(pinyin);

describe('finding a member by name or pinyin', () => {
  it('finds by part of the name, ignoring spaces', () => {
    expect(nameMatches('王明', '明')).toBe(true);
    expect(nameMatches('王明', '王　明')).toBe(true);
    expect(nameMatches('王明', '李')).toBe(false);
    expect(nameMatches('王明', '')).toBe(true);
  });

  it('finds by initials or full pinyin from the start, in any case', () => {
    expect(nameMatches('王明', 'wm', keys)).toBe(true);
    expect(nameMatches('王明', 'WM', keys)).toBe(true);
    expect(nameMatches('王明', 'w', keys)).toBe(true);
    expect(nameMatches('王明', 'wangm', keys)).toBe(true);
    expect(nameMatches('王明', 'mw', keys)).toBe(false);
    expect(nameMatches('王明', 'ming', keys)).toBe(false);
  });

  it('reads a surname as a surname (单 is shan, 曾 is zeng)', () => {
    expect(nameMatches('单雄信', 'sxx', keys)).toBe(true);
    expect(nameMatches('曾国藩', 'zgf', keys)).toBe(true);
    expect(nameMatches('欧阳修', 'oyx', keys)).toBe(true);
  });

  it('without the pinyin dictionary, letters find no Chinese name', () => {
    expect(nameMatches('王明', 'wm')).toBe(false);
  });
});
