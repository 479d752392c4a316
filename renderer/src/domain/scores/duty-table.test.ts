// The 委员履职情况统计表: 界别 in the dictionary's order, surname strokes within each; sample
// members left out of an export unless there is nothing else.
import { describe, expect, it } from 'vitest';
import { buildDutyTable, dutyTableTitle, rowsForExport, sortBySectorThenStroke } from './duty-table';
import { DUTY_COLUMNS } from './duty-table-columns';
import { DEFAULT_SCORE_RULES } from './score-rules';
import { DUTY_INPUT, MEMBERS, member } from './scores-fixture';

describe('duty table', () => {
  it('orders by the dictionary’s 界别, then by surname strokes; unknown 界别 after, none last', () => {
    const people = [member('1', '王明', '教育'), member('2', '丁一', '教育'), member('3', '张三', '中共'), member('4', '李四', '科学'), member('5', '韦五', ''), member('6', '马六', '民革')];
    expect(sortBySectorThenStroke(people, ['中共', '民革', '教育']).map((m) => m.name)).toEqual(['张三', '马六', '丁一', '王明', '李四', '韦五']);
  });

  it('holds each member’s counts and points, in table order', () => {
    const rows = buildDutyTable(MEMBERS, DUTY_INPUT, DEFAULT_SCORE_RULES, 2025, ['中共', '教育']);
    // 李四 (中共) first; then 教育: 王 (4 strokes) before 张 (7).
    expect(rows.map((r) => r.member.name)).toEqual(['李四', '王五', '张三']);
    const cells = (i: number) => Object.fromEntries(DUTY_COLUMNS.map((c) => [c.header, c.value(rows[i]!, i)]));
    expect(cells(2)).toEqual({
      序号: 3, 姓名: '张三', 界别: '教育', 委员职务: '委员', 出席会议: 2, 请假: 0, 缺席: 1, 参加活动: 2, 领衔提案: 2, 附议提案: 1,
      提案立案: 2, 重点提案: 1, 社情民意: 2, 社情民意采用: 1, 积分: 98, 等次: '优秀',
    });
  });

  it('leaves sample members out of an export, unless there is nothing else', () => {
    const rows = buildDutyTable([...MEMBERS, member('s', '示例甲', '教育', { isSample: true })], DUTY_INPUT, DEFAULT_SCORE_RULES, 2025, []);
    expect(rowsForExport(rows)).toMatchObject({ onlySample: false, skipped: 1 });
    expect(rowsForExport(rows).rows.map((r) => r.member.id).sort()).toEqual(['a', 'b', 'c']);
    const onlySample = rowsForExport(rows.filter((r) => r.member.isSample));
    expect(onlySample).toMatchObject({ onlySample: true, skipped: 0 });
    expect(dutyTableTitle('县政协', 2025, true)).toBe('县政协2025年度委员履职情况统计表（示例数据）');
  });
});
