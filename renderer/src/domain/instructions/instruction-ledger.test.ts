// The 批示 ledger across activities, proposals and 社情民意, and the level rule for new 批示.
import { describe, expect, it } from 'vitest';
import { collectInstructions, countInstructionsByLevel } from './instruction-ledger';
import { checkNewInstructionLevels, instructionLevelLabel, instructionSchema, type Instruction } from './instruction';
import { newRow } from '../common/row-stamps';

const ins = (level: Instruction['level'], date: string, leader = '领导'): Instruction => newRow({ level, leader, date, text: '' }, `${date}T08:00:00.000Z`);
const owner = (id: string, instructions: Instruction[], deletedAt: string | null = null) => ({ id, title: `记录${id}`, deletedAt, instructions });

const sources = {
  activities: [owner('a1', [ins(null, '2025-03-01', '县委书记'), ins('市', '2024-12-30')]), owner('a2', [ins('县', '2025-06-01')], '2025-07-01T00:00:00.000Z')],
  proposals: [owner('p1', [ins('县', '2025-05-10', '县长'), ins('省', '2025-05-10', '副省长')])],
  opinions: [owner('o1', [ins('全国', '2025-09-09', '国务院领导同志'), ins('市', '2026-01-02')])],
};

describe('collectInstructions', () => {
  it('lists the year’s 批示 on live records, newest first, higher level first on one day', () => {
    const got = collectInstructions(sources, 2025).map((e) => `${e.ownerKind}:${e.ownerId}:${e.index} ${e.level ?? '未注明'} ${e.date}`);
    expect(got).toEqual([
      'opinion:o1:0 全国 2025-09-09',
      'proposal:p1:1 省 2025-05-10',
      'proposal:p1:0 县 2025-05-10',
      'activity:a1:0 未注明 2025-03-01',
    ]);
  });

  it('filters by level, 未注明 included, and up to a date', () => {
    expect(collectInstructions(sources, 2025, { level: '县' }).map((e) => e.leader)).toEqual(['县长']);
    expect(collectInstructions(sources, 2025, { level: null }).map((e) => e.leader)).toEqual(['县委书记']);
    expect(collectInstructions(sources, 2025, { until: '2025-05-31' })).toHaveLength(3);
  });

  it('counts by level', () => {
    expect(countInstructionsByLevel(collectInstructions(sources, 2025))).toEqual({ 县: 1, 市: 0, 省: 1, 全国: 1, unstated: 1, total: 4 });
    expect(countInstructionsByLevel(collectInstructions(sources, 2024))).toEqual({ 县: 0, 市: 1, 省: 0, 全国: 0, unstated: 0, total: 1 });
  });
});

describe('批示 levels', () => {
  it('reads a stored 批示 without a level (written before levels were kept) as 未注明', () => {
    const stamps = { id: 'i1', createdAt: '2024-03-01T08:00:00.000Z', updatedAt: '2024-03-01T08:00:00.000Z', deletedAt: null };
    const old = instructionSchema.parse({ ...stamps, leader: '县长', date: '2024-03-01', text: '' });
    expect(old.level).toBeNull();
    expect(instructionLevelLabel(old.level)).toBe('未注明');
    expect(instructionSchema.safeParse({ ...stamps, level: '乡', leader: '乡长', date: '2024-03-01', text: '' }).success).toBe(false);
    // A stored 批示 is a row with its own stamps.
    expect(instructionSchema.safeParse({ leader: '县长', date: '2024-03-01', text: '' }).success).toBe(false);
  });

  it('lets an old 批示 keep no level, but asks a new one for its level', () => {
    const previous = [ins(null, '2024-03-01', '县长')];
    const errors: Record<string, string> = {};
    checkNewInstructionLevels(errors, 'fields.instructions', [ins(null, '2024-03-01', '县长'), ins(null, '2024-04-01', '副县长'), ins('市', '2024-05-01')], previous);
    expect(errors).toEqual({ 'fields.instructions.1.level': '请选择第2条批示的级别（县、市、省或全国）' });
  });

  it('does not let one old 批示 excuse two copies of it', () => {
    const errors: Record<string, string> = {};
    checkNewInstructionLevels(errors, 'x', [ins(null, '2024-03-01', '县长'), ins(null, '2024-03-01', '县长')], [ins(null, '2024-03-01', '县长')]);
    expect(Object.keys(errors)).toEqual(['x.1.level']);
  });
});
