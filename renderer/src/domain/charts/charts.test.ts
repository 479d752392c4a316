// Chart data worked out by hand on scores-fixture.ts (see the comments there) and a few replied proposals.
import { describe, expect, it } from 'vitest';
import { activitiesByMonth, activitiesByType, participationBySector } from './activity-charts';
import { proposalsByReplyClass, proposalsByStage } from './proposal-charts';
import { ACTIVITIES, MEMBERS, PROPOSALS } from '../scores/scores-fixture';
import { DEFAULT_SECTORS, defaultDictionaryEntries } from '../dictionaries/default-dictionaries';
import { assigned, reply, step } from '../proposals/proposal-fixtures';

const TYPES = defaultDictionaryEntries('2024-12-01T00:00:00.000Z');

describe('activity charts', () => {
  it('counts live activities of the year by the month they start', () => {
    // Jan plenary, Mar standing, Apr chair, May inspect, Jun research, Jul consult; the deleted one and 2024’s do not count.
    expect(activitiesByMonth(ACTIVITIES, 2025)).toEqual([1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
  });
  it('counts by type in the dictionary’s order', () => {
    expect(activitiesByType(ACTIVITIES, 2025, TYPES)).toEqual([
      { name: '全体会议', count: 1 }, { name: '常委会议', count: 1 }, { name: '主席会议', count: 1 },
      { name: '专题协商会', count: 1 }, { name: '视察', count: 1 }, { name: '调研', count: 1 },
    ]);
    expect(activitiesByType(ACTIVITIES, 2024, TYPES)).toEqual([{ name: '常委会议', count: 1 }]);
  });
  it('counts by code: a type renamed in the dictionary is one row under its new name, whatever name its activities hold', () => {
    const renamed = TYPES.map((e) => (e.code === 'inspection' ? { ...e, name: '专题视察' } : e));
    // The 视察 activity still holds the old name (typed on a PC that had not renamed it yet).
    const rows = activitiesByType(ACTIVITIES, 2025, renamed);
    expect(rows.find((r) => r.name === '专题视察')).toEqual({ name: '专题视察', count: 1 });
    expect(rows.map((r) => r.name)).not.toContain('视察');
  });
  it('counts 出席 人次 and members taking part by 界别', () => {
    // 教育: 张三 at the plenary, 常委会议, 视察, 调研 (4) and 王五 at the 视察 (1); 中共: 李四 at the 常委会议 and 协商会
    // (taken off the 调研 list, 请假 at the plenary).
    expect(participationBySector(ACTIVITIES, MEMBERS, 2025, DEFAULT_SECTORS)).toEqual([
      { sector: '中共', personTimes: 2, membersTakingPart: 1 },
      { sector: '教育', personTimes: 5, membersTakingPart: 2 },
    ]);
  });
});

describe('proposal charts', () => {
  it('counts the year’s live proposals by stage, in lifecycle order', () => {
    // p1, p3 已立案; p2 不予立案; p4 待审查; p5 deleted; p6 is 2024’s.
    expect(proposalsByStage(PROPOSALS, { kind: 'year', year: 2025 })).toEqual([
      { name: '待审查', count: 1 }, { name: '已立案', count: 2 }, { name: '不予立案', count: 1 },
    ]);
  });
  it('counts registered proposals by the class of their final reply', () => {
    const replied = (id: string, n: number, cls: string) => step(assigned(id, n, '县教育局'), 'reply', reply('县教育局', cls));
    const ps = [replied('r1', 1, 'A'), replied('r2', 2, 'B'), replied('r3', 3, 'A'), assigned('r4', 4, '县教育局')];
    expect(proposalsByReplyClass(ps, { kind: 'year', year: 2025 }, 'ABC')).toEqual([
      { name: 'A类', meaning: '已经解决或基本解决', count: 2 },
      { name: 'B类', meaning: '正在解决或列入计划逐步解决', count: 1 },
      { name: 'C类', meaning: '因条件限制留作参考', count: 0 },
    ]);
  });
});
