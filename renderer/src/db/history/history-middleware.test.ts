import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { historyMiddleware, markQuiet } from './history-middleware';
import type { HistoryEntry } from '../../domain/history/history-entry';

interface Row { id: string; name?: string; title?: string; sector?: string; createdAt: string; updatedAt: string; deletedAt: string | null }

let counter = 0;
function openDb() {
  const db = new Dexie(`history-test-${++counter}`) as Dexie & { members: Dexie.Table<Row, string>; activities: Dexie.Table<Row, string>; settings: Dexie.Table<Record<string, unknown>, string>; history: Dexie.Table<HistoryEntry, string> };
  db.version(1).stores({ settings: 'id', members: 'id, deletedAt', activities: 'id', history: 'id, [table+recordId], at' });
  db.use(historyMiddleware);
  return db;
}

const stamp = '2026-11-29T01:00:00.000Z';
const member = (over: Partial<Row> = {}): Row => ({ id: 'm1', name: '丁一', sector: '教育界', createdAt: stamp, updatedAt: stamp, deletedAt: null, ...over });

describe('record history written by the database layer', () => {
  it('records create, change, delete, restore and purge with the operator and the changed fields', async () => {
    const db = openDb();
    await db.settings.put({ id: 'committee', committee: { operator: '韦小宝' } });
    await db.members.add(member());
    await db.members.put(member({ sector: '农业界', name: '丁一一', updatedAt: '2026-11-29T02:00:00.000Z' }));
    await db.members.update('m1', { deletedAt: '2026-11-29T03:00:00.000Z' });
    await db.members.update('m1', { deletedAt: null });
    await db.members.delete('m1');
    const entries = await db.history.where('[table+recordId]').equals(['members', 'm1']).sortBy('at');
    expect(entries.map((e) => e.action)).toEqual(['新建', '修改', '删除', '恢复', '彻底删除']);
    expect(entries.every((e) => e.operator === '韦小宝')).toBe(true);
    expect(entries[1]!.changes).toEqual([
      { field: 'name', label: '姓名', before: '丁一', after: '丁一一' },
      { field: 'sector', label: '界别', before: '教育界', after: '农业界' },
    ]);
    expect(entries[4]!.label).toBe('丁一一');
  });

  it('writes nothing for a save that changes nothing a person would see', async () => {
    const db = openDb();
    await db.members.add(member());
    await db.members.put(member({ updatedAt: '2026-11-29T05:00:00.000Z' }));
    expect(await db.history.count()).toBe(1);
  });

  it('keeps a change and its history together: an aborted transaction leaves neither', async () => {
    const db = openDb();
    await expect(db.transaction('rw', db.members, async () => {
      await db.members.add(member());
      throw new Error('stop');
    })).rejects.toThrow('stop');
    expect(await db.members.count()).toBe(0);
    expect(await db.history.count()).toBe(0);
  });

  it('records a bulk write row by row, but nothing for a transaction marked quiet (a restore)', async () => {
    const db = openDb();
    await db.members.bulkAdd([member({ id: 'a' }), member({ id: 'b', name: '王二' })]);
    expect((await db.history.toArray()).map((e) => e.label).sort()).toEqual(['丁一', '王二']);
    await db.transaction('rw', db.members, async (tx) => {
      markQuiet(tx.idbtrans);
      await db.members.clear();
      await db.members.bulkAdd([member({ id: 'c' }), member({ id: 'd' })]);
    });
    expect(await db.history.count()).toBe(2);
  });
});
