// 按姓氏笔画为序 checked against lists printed in that order by the bodies that published them, and
// against the cases ICU's stroke collation gets wrong.
import { describe, expect, it } from 'vitest';
import { compareByStroke, sortByStroke, splitName } from './stroke-order';

const shuffled = (names: readonly string[]) => [...names].reverse().sort((a, b) => (a.length * 7 + a.charCodeAt(0)) % 5 - (b.length * 7 + b.charCodeAt(0)) % 5);
const byStroke = (names: readonly string[]) => sortByStroke(shuffled(names), (n) => n);

// Published lists, names in the printed order (padding spaces in two-character names dropped).
const PUBLISHED: Record<string, readonly string[]> = {
  // 河北师范大学「治理架构」: 中共河北师范大学第八届委员会 委员（按姓氏笔画为序）.
  河北师范大学第八届党委委员: ['于海涛', '史秉强', '付建军', '刘英', '刘敬泽', '闫东利', '关守义', '苏玉民', '杨士彬', '张士欢',
    '陈小雷', '陈嘉兴', '邵军永', '武志英', '郑振峰', '赵小兰', '胡景敏', '樊翠英', '霍丙泉', '戴建兵'],
  // The same page: 中共河北师范大学第八届纪律检查委员会 委员（按姓氏笔画为序）.
  河北师范大学第八届纪委委员: ['于华龙', '习永凯', '王新平', '李双进', '李庆祥', '杨轶', '杨士彬', '杨彦辉', '周春江', '赵德勇', '魏世亮'],
  // 全国大学生数学建模竞赛组委会「第七届全国大学生数学建模竞赛组委会成员名单（2018-2021）」, 委员（按姓氏笔划为序）.
  数学建模竞赛第七届组委会委员: ['巩馥洲', '刘继军', '李工宝', '杨虎', '郝志峰', '姜明', '高夯', '康凯', '彭济根', '蔡志杰'],
  // The same list, 副主任（按姓氏笔划为序）.
  数学建模竞赛第七届组委会副主任: ['林金安', '徐宗本', '谢金星'],
};

describe('按姓氏笔画为序', () => {
  it('reproduces lists printed in stroke order (44 names from two publishers)', () => {
    expect(Object.values(PUBLISHED).flat().length).toBeGreaterThanOrEqual(40);
    for (const [list, names] of Object.entries(PUBLISHED)) expect(byStroke(names), list).toEqual(names);
  });

  it('counts 阝, 艹 and 黄 as offices do, where ICU’s stroke collation does not', () => {
    // 苏 陆 陈 have 7 strokes, 罗 林 周 8; 范 郑 8, 胡 9; 黄 11, 程 12.
    expect(byStroke(['周明', '罗明', '林明', '陈明', '陆明', '苏明'])).toEqual(['苏明', '陆明', '陈明', '林明', '罗明', '周明']);
    expect(byStroke(['胡一', '郑一', '范一'])).toEqual(['范一', '郑一', '胡一']);
    expect(byStroke(['程华', '黄华'])).toEqual(['黄华', '程华']);
  });

  it('breaks a tie in stroke count by the strokes in order: 横 竖 撇 点 折', () => {
    // Four strokes each; first strokes 一 (王), 丨 (贝… here 中), 丿 (毛), 丶 (文), 𠃌 (邓).
    expect(byStroke(['邓林', '文林', '毛林', '中林', '王林'])).toEqual(['王林', '中林', '毛林', '文林', '邓林']);
    // 王 一一丨一 before 井 一一丿丨: the third stroke decides.
    expect(compareByStroke('王五', '井五')).toBeLessThan(0);
  });

  it('puts one-character given names before two-character ones of the same surname, then orders the given name', () => {
    expect(byStroke(['王一平', '王明', '王丁', '张三'])).toEqual(['王丁', '王明', '王一平', '张三']);
    expect(byStroke(['刘敬泽', '刘  英'])).toEqual(['刘  英', '刘敬泽']);
  });

  it('treats a compound surname as one surname, after the single surname it starts with', () => {
    expect(splitName('欧阳修文')).toEqual({ surname: '欧阳', given: '修文' });
    expect(splitName('司马光')).toEqual({ surname: '司马', given: '光' });
    expect(splitName('马光')).toEqual({ surname: '马', given: '光' });
    // 欧 (8) 欧阳 after every 欧, even 欧一鸣; 司马 by 司 (5 strokes, first 折) after 田 (5, first 竖).
    expect(byStroke(['欧阳明', '欧一鸣', '欧军', '司马光', '田野', '王五'])).toEqual(['王五', '田野', '司马光', '欧军', '欧一鸣', '欧阳明']);
  });

  it('keeps names it has no stroke data for after known ones, in a fixed order', () => {
    expect(byStroke(['Smith', '丁一', ''])).toEqual(['', '丁一', 'Smith']);
    expect(compareByStroke('王明', '王明')).toBe(0);
  });
});
