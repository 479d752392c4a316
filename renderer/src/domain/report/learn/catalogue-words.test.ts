// The report's own level read from its title or body, and its own-level words read as the catalogue's county words.
import { describe, expect, it } from 'vitest';
import { atCatalogueLevel, ownLevel, withLabelVerbs } from './catalogue-words';
import type { MentionContext } from './mention-context';

describe('reading a report in the catalogue words', () => {
  it('takes the level from the title, else from the level word the body uses most', () => {
    expect(ownLevel('政协青山区第五届委员会常务委员会工作报告', [])).toBe('区');
    expect(ownLevel('青山市政协2025年提案工作情况报告', [])).toBe('市');
    expect(ownLevel('关于2025年工作的报告', ['全区上下……报送区委、区政府', '市委巡视组'])).toBe('区');
    expect(ownLevel('关于2025年工作的报告', ['报送市委'])).toBe('市');
    // A 自治区 or 社区 is no level of the office; nothing said is the catalogue's own 县.
    expect(ownLevel('关于2025年工作的报告', ['走访社区委员之家', '自治区政协'])).toBe('县');
  });

  it('rewrites only the office own level, keeping positions', () => {
    const text = '全区各部门把成果报送区委、区政府，区政协被市政协采用，走访社区委员之家，送自治区政协';
    const read = atCatalogueLevel(text, '区');
    expect(read).toBe('全县各部门把成果报送县委、县政府，县政协被市政协采用，走访社区委员之家，送自治区政协');
    expect(read.length).toBe(text.length);
    expect(atCatalogueLevel('报送市委、市政府，市直部门', '市')).toBe('报送县委、县政府，县直部门');
    expect(atCatalogueLevel('报送市委', '县')).toBe('报送市委');
  });

  it('reads the level above that is not called 市 (a banner’s 盟, a prefecture’s 州) as the catalogue city', () => {
    expect(atCatalogueLevel('报送旗委，被盟政协采用，获盟级领导批示', '旗')).toBe('报送县委，被市政协采用，获市级领导批示');
    expect(atCatalogueLevel('被州政协采用，苏州市', '县')).toBe('被市政协采用，苏州市');
  });

  it('reads the verbs of receiving and sending up as the labels write them, other verbs as written', () => {
    const ctx = { near: '以专报形式呈报县委', far: '得到批示', after: '', afterClause: '', afterPastAsides: '', afterSentence: '', readings: ['上报县政府'], listReading: '', clauseStart: 0, borrowed: false, listed: false } satisfies MentionContext;
    const read = withLabelVerbs(ctx);
    expect([read.near, read.far, read.readings[0]]).toEqual(['以专报形式报送县委', '获批示', '报送县政府']);
    expect(withLabelVerbs({ ...ctx, near: '转交县委', far: '', readings: [] }).near).toBe('转交县委');
  });
});
