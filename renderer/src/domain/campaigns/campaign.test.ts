// The campaign's input rules and its figures on a ledger worked out by hand.
import { describe, expect, it } from 'vitest';
import { validateCampaignInput, type Campaign } from './campaign';
import { computeCampaignFigures } from './campaign-figures';
import { testActivity } from '../stations/test-records';

const campaign = (id: string, patch: Partial<Campaign> = {}): Campaign => ({
  id, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', deletedAt: null,
  year: 2025, theme: '委员履职进乡村', activityIds: [], note: '', isSample: false, ...patch,
});

describe('validateCampaignInput', () => {
  const years: Record<string, number> = { a: 2025, b: 2024 };
  it('accepts activities of its year and refuses others, naming which', () => {
    expect(validateCampaignInput({ year: 2025, theme: ' 主题 ', activityIds: ['a'], note: '' }, (id) => years[id])).toEqual({ ok: true, value: { year: 2025, theme: '主题', activityIds: ['a'], note: '' } });
    const v = validateCampaignInput({ year: 2025, theme: '主题', activityIds: ['a', 'b', 'x', 'a'], note: '' }, (id) => years[id]);
    expect(!v.ok && v.errors).toEqual({
      'activityIds.1': '第2项关联活动不是2025年度的活动', 'activityIds.2': '第3项关联活动不存在或已被删除',
      'activityIds.3': '第4项关联活动与前面的重复', activityIds: '第2项关联活动不是2025年度的活动',
    });
    const empty = validateCampaignInput({ year: 2025, theme: ' ', activityIds: [], note: '' }, () => 2025);
    expect(!empty.ok && empty.errors.theme).toBe('请填写活动主题');
  });
});

describe('computeCampaignFigures', () => {
  // By hand, 2025's campaign links a, b, c, d, e, g (g is 2024's — never counts):
  //  a 界别 科技 视察 2025-03-01, present m1 m2, absent m3
  //  b 界别 科技 调研 2025-04-01, present m2
  //  c 乡镇 东门镇 视察 2025-05-01, present m3 m4
  //  d 界别 教育 座谈 2025-09-01, present m5 (after the end of June)
  //  e 乡镇 东门镇 deleted
  //  f not linked; g 2024.
  // Whole year: 4 activities, kinds 视察 调研 座谈 (3), members m1..m5 (5), 6 attendances;
  // by 界别 科技 2, 教育 1; by 乡镇 东门镇 1. Up to 06-30: a b c, 2 kinds, m1..m4, 5 attendances.
  const activities = [
    testActivity('a', { startDate: '2025-03-01', organizerKind: '界别', organizer: '科技', type: '视察', present: ['m1', 'm2'], absent: ['m3'] }),
    testActivity('b', { startDate: '2025-04-01', organizerKind: '界别', organizer: '科技', type: '调研', present: ['m2'] }),
    testActivity('c', { startDate: '2025-05-01', organizerKind: '乡镇', organizer: '东门镇', type: '视察', present: ['m3', 'm4'] }),
    testActivity('d', { startDate: '2025-09-01', organizerKind: '界别', organizer: '教育', type: '座谈', present: ['m5'] }),
    testActivity('e', { startDate: '2025-05-02', organizerKind: '乡镇', organizer: '东门镇', deletedAt: '2025-06-01T00:00:00.000Z', present: ['m9'] }),
    testActivity('f', { startDate: '2025-05-03', present: ['m8'] }),
    testActivity('g', { startDate: '2024-05-03', present: ['m7'] }),
  ];
  const campaigns = [campaign('c25', { activityIds: ['a', 'b', 'c', 'd', 'e', 'g'] }), campaign('old', { deletedAt: '2025-01-02T00:00:00.000Z', activityIds: ['f'] })];

  it('counts the whole of 2025', () => {
    const f = computeCampaignFigures(campaigns, activities, 2025);
    expect(f.campaign?.id).toBe('c25');
    expect(f.activities.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(f.kinds).toEqual(['视察', '调研', '座谈']);
    expect(f.bySector.map((g) => [g.name, g.activities.length])).toEqual([['科技', 2], ['教育', 1]]);
    expect(f.byTownship.map((g) => [g.name, g.activities.length])).toEqual([['东门镇', 1]]);
    expect(f.memberIds.sort()).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    expect(f.personTimes).toBe(6);
  });

  it('counts up to the end of June, and nothing in a year without a campaign', () => {
    const f = computeCampaignFigures(campaigns, activities, 2025, '2025-06-30');
    expect([f.activities.length, f.kinds.length, f.memberIds.length, f.personTimes]).toEqual([3, 2, 4, 5]);
    const none = computeCampaignFigures(campaigns, activities, 2024);
    expect([none.campaign, none.activities.length]).toEqual([null, 0]);
  });
});
