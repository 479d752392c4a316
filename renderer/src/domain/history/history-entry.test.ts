import { describe, expect, it } from 'vitest';
import { fieldChanges, historyEntryFor, recordLabel, valueText } from './history-entry';

const ctx = { at: '2026-11-29T02:00:00.000Z', operator: '韦小宝', makeId: () => 'h1' };
const activity = (over: Record<string, unknown> = {}) => ({
  id: 'a1', title: '关于饮水安全的视察', type: '视察', createdAt: ctx.at, updatedAt: ctx.at, deletedAt: null, year: 2026, memberIds: ['m1'],
  participants: [{ id: 'p1', memberId: 'm1', deletedAt: null }, { id: 'p2', memberId: 'm2', deletedAt: null }], sentTo: ['县委'], ...over,
});

describe('what a history entry says', () => {
  it('names the record by its name or title', () => {
    expect(recordLabel('activities', activity())).toBe('关于饮水安全的视察');
    expect(recordLabel('settings', { id: 'committee' })).toBe('本会设置');
  });

  it('lists changed fields in Chinese, leaving out bookkeeping and derived fields', () => {
    const after = activity({ type: '调研', year: 2027, memberIds: [], updatedAt: '2026-11-30T00:00:00.000Z' });
    expect(fieldChanges(activity(), after)).toEqual([{ field: 'type', label: '类型', before: '视察', after: '调研' }]);
  });

  it('summarises lists: names joined, rows counted without the deleted ones', () => {
    expect(valueText(['县委', '县政府'])).toBe('县委、县政府');
    expect(valueText(activity().participants)).toBe('2 项');
    expect(valueText([{ id: 'p1', deletedAt: '2026-01-01T00:00:00.000Z' }])).toBe('（空）');
    expect(valueText('')).toBe('（空）');
    expect(valueText(true)).toBe('是');
    expect(valueText('字'.repeat(300))).toHaveLength(120);
  });

  it('tells a soft delete and a restore from an edit', () => {
    const deleted = activity({ deletedAt: '2026-11-30T00:00:00.000Z' });
    expect(historyEntryFor('activities', activity(), deleted, ctx)?.action).toBe('删除');
    expect(historyEntryFor('activities', deleted, activity(), ctx)?.action).toBe('恢复');
    expect(historyEntryFor('activities', null, activity(), ctx)).toMatchObject({ action: '新建', recordId: 'a1', operator: '韦小宝', label: '关于饮水安全的视察' });
    expect(historyEntryFor('activities', activity(), null, ctx)?.action).toBe('彻底删除');
    expect(historyEntryFor('activities', activity(), activity({ updatedAt: 'x' }), ctx)).toBeNull();
  });
});
