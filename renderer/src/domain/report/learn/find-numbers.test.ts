import { describe, expect, it } from 'vitest';
import { findNumbers } from './find-numbers';
import { fromChineseNumeral } from '../../common/chinese-numerals';

const seen = (text: string) => findNumbers(text).map((m) => [text.slice(m.start, m.end), m.kind, m.value, m.to ?? null, m.unit]);

describe('findNumbers', () => {
  it('reads counts, rates, money and words of ten thousand with their units', () => {
    expect(seen('共收到提案134件，立案率95.2%，投入12.5万元，收集文稿3.2万字，参加1,236人次')).toEqual([
      ['134件', 'count', 134, null, '件'],
      ['95.2%', 'rate', 95.2, null, '%'],
      ['12.5万元', 'money', 12.5, null, '万元'],
      ['3.2万字', 'count', 3.2, null, '万字'],
      ['1,236人次', 'count', 1236, null, '人次'],
    ]);
  });

  it('reads Chinese numerals only with a unit, ranges, approximations and full-width digits', () => {
    expect(seen('召开主席会议十二次、两个乡镇，一是加强学习，十八大以来')).toEqual([
      ['十二次', 'count', 12, null, '次'],
      ['两个', 'count', 2, null, '个'],
    ]);
    expect(seen('驻地1—2名委员、1至3人，10余类活动，１２件')).toEqual([
      ['1—2名', 'range', 1, 2, '名'],
      ['1至3人', 'range', 1, 3, '人'],
      ['10余类', 'count', 10, null, '类'],
      ['１２件', 'count', 12, null, '件'],
    ]);
    expect(findNumbers('10余类')[0]!.approx).toBe(true);
  });

  it('reads a span of time whole, not as a count of things', () => {
    expect(seen('交办之日起3个月内办复，5个工作日内答复，共12个单位')).toEqual([
      ['3个月', 'count', 3, null, '个月'],
      ['5个工作日', 'count', 5, null, '个工作日'],
      ['12个', 'count', 12, null, '个'],
    ]);
  });

  it('tells years, dates, ordinals and bare numbers from counts', () => {
    expect(seen('截至2025年11月30日，截止11月底，今年5月份，2017年以来，〔2017〕5号')).toEqual([
      ['2025年11月30日', 'date', 30, null, '日'],
      ['11月底', 'date', 0, null, '月底'],
      ['5月份', 'date', 0, null, '月份'],
      ['2017年', 'year', 2017, null, '年'],
      ['2017', 'year', 2017, null, '年'],
      ['5', 'bare', 5, null, ''],
    ]);
    expect(seen('九届二次会议、第二次常委会、“1234”')).toEqual([
      ['九', 'ordinal', 9, null, '届'],
      ['二', 'ordinal', 2, null, '次'],
      ['第二', 'ordinal', 2, null, '次'],
      ['1234', 'bare', 1234, null, ''],
    ]);
    expect(findNumbers('截至2025年11月30日')[0]!.date).toEqual({ year: 2025, month: 11, day: 30 });
  });
});

describe('fromChineseNumeral', () => {
  it('reads the numerals reports write', () => {
    expect(['一', '两', '十', '十二', '二十', '二十三', '一百零五', '一千二百', '二〇二五'].map(fromChineseNumeral)).toEqual([1, 2, 10, 12, 20, 23, 105, 1200, 2025]);
    expect(fromChineseNumeral('十十')).toBeUndefined();
    expect(fromChineseNumeral('三中')).toBeUndefined();
  });
  it('gives the numbers of a list the unit written only after its last', () => {
    expect(seen('出勤、请假、缺勤人数依次为58、3、1人次；（调研类7、座谈类5、其他2次），共9')).toEqual([
      ['58', 'count', 58, null, '人次'],
      ['3', 'count', 3, null, '人次'],
      ['1人次', 'count', 1, null, '人次'],
      ['7', 'count', 7, null, '次'],
      ['5', 'count', 5, null, '次'],
      ['2次', 'count', 2, null, '次'],
      ['9', 'bare', 9, null, ''],
    ]);
  });
});
