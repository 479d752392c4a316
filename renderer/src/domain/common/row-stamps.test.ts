// The stamping of rows inside a record: an edited list keeps each row's id and stamps, moves
// updatedAt only for a row whose fields changed, and leaves a row taken off as a tombstone.
import { describe, expect, it } from 'vitest';
import { liveRows, newRow, stampRows, storedRowList, takeOffRow } from './row-stamps';
import { instructionSchema } from '../instructions/instruction';

const T0 = '2025-03-01T08:00:00.000Z';
const T1 = '2025-03-02T08:00:00.000Z';

type Note = { text: string; level: string };
const row = (id: string, text: string, deletedAt: string | null = null) => ({ id, createdAt: T0, updatedAt: T0, deletedAt, text, level: '县' });

describe('stampRows', () => {
  it('keeps unchanged rows as they are, stamps an edited row, adds new rows and leaves a removed one as a tombstone', () => {
    const current = [row('a', '甲'), row('b', '乙'), row('c', '丙'), row('x', '旧', T0)];
    const wanted: (Note & { id?: string })[] = [{ id: 'a', text: '甲', level: '县' }, { id: 'c', text: '丙（改）', level: '县' }, { text: '丁', level: '市' }];
    const out = stampRows(current, wanted, T1);
    expect(out[0]).toBe(current[0]);
    expect(out[1]).toEqual({ ...current[2], text: '丙（改）', updatedAt: T1 });
    expect(out[2]).toMatchObject({ text: '丁', level: '市', createdAt: T1, updatedAt: T1, deletedAt: null });
    expect(out[2]!.id).not.toMatch(/^[abcx]$/);
    expect(out[3]).toEqual({ ...current[1], deletedAt: T1, updatedAt: T1 });
    // A row taken off before stays as it was.
    expect(out[4]).toBe(current[3]);
    expect(liveRows(out).map((r) => r.text)).toEqual(['甲', '丙（改）', '丁']);
  });

  it('matches a row that comes without its id by its key, else by its fields', () => {
    const current = [row('a', '甲'), row('b', '乙')];
    const byFields = stampRows(current, [{ text: '乙', level: '县' }, { text: '甲', level: '县' }], T1);
    expect(byFields.map((r) => r.id)).toEqual(['b', 'a']);
    expect(byFields.every((r) => r.updatedAt === T0)).toBe(true);
    const byKey = stampRows(current, [{ text: '甲', level: '市' }], T1, (r) => r.text);
    expect(byKey).toEqual([{ ...current[0], level: '市', updatedAt: T1 }, { ...current[1], deletedAt: T1, updatedAt: T1 }]);
  });

  it('never brings a tombstone back to life for a wanted row naming its id: that is a new row', () => {
    const current = [row('a', '甲', T0)];
    const out = stampRows(current, [{ id: 'a', text: '甲', level: '县' }], T1);
    expect(out).toHaveLength(2);
    expect(out[0]!.id).not.toBe('a');
    expect(out[1]).toBe(current[0]);
  });
});

describe('newRow and takeOffRow', () => {
  it('stamps one new row, and takes one off by id as a tombstone', () => {
    const added = newRow({ text: '甲', level: '县' }, T0, 'r1');
    expect(added).toEqual(row('r1', '甲'));
    expect(takeOffRow([added, row('r2', '乙')], 'r1', T1)).toEqual([{ ...added, deletedAt: T1, updatedAt: T1 }, row('r2', '乙')]);
  });
});

describe('storedRowList', () => {
  // 批示 as stored: 50 may be live; those taken off stay in the list for the merge.
  const list = storedRowList(instructionSchema, 50);
  const at = (i: number) => `2025-03-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`;
  const row = (i: number, taken: boolean) => ({
    ...newRow({ level: '县' as const, leader: '县长', date: '2025-03-01', text: `第${i}条` }, at(i), `ins-${i}`),
    ...(taken ? { deletedAt: at(i), updatedAt: at(i) } : {}),
  });
  const rows = (live: number, taken: number) => [...Array.from({ length: live }, (_, i) => row(i, false)), ...Array.from({ length: taken }, (_, i) => row(live + i, true))];

  it('counts only live rows against the limit, so rows taken off never make a stored list unreadable', () => {
    expect(list.safeParse(rows(30, 25)).success).toBe(true);
    expect(list.safeParse(rows(50, 200)).success).toBe(true);
  });

  it('refuses more live rows than the limit, and a list far beyond any a user could keep', () => {
    const tooMany = list.safeParse(rows(51, 0));
    expect(tooMany.success).toBe(false);
    expect(!tooMany.success && tooMany.error.issues[0]?.message).toBe('不超过50条');
    expect(list.safeParse(rows(10, 1000)).success).toBe(false);
  });
});
