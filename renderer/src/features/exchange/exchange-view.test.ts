// This PC's installation id and the words of the 数据交换 screen.
import { describe, expect, it } from 'vitest';
import { installationId } from './installation-id';
import { countRows, describeLogEntry, describeMissedEarlier, describeNotTaken, describeSince, describeVerdicts } from './exchange-view';
import { formatDateTime } from '../shared/dates';
import { VERDICT_LABELS, type ImportPlan } from '../../domain/exchange/exchange-merge';
import type { ExchangeLogEntry } from '../../domain/exchange/exchange-log';
import { lastExchangeWith, lastExport, missedEarlier } from '../../domain/exchange/exchange-log';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

describe('the installation id', () => {
  it('is made once and then kept', () => {
    const storage = memoryStorage();
    const first = installationId(storage);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(installationId(storage)).toBe(first);
  });

  it('is made anew when what is kept is not an id', () => {
    const storage = memoryStorage({ 'cppcc-ledger:installation-id': '<script>' });
    expect(installationId(storage)).not.toBe('<script>');
  });
});

const entry = (over: Partial<ExchangeLogEntry>): ExchangeLogEntry => ({
  id: 'e', at: '2025-03-05T06:00:00.000Z', operator: '韦小宝', direction: 'import', fileName: 'a.cppcc-exchange',
  sourceInstallationId: 'pc-a', sourceCommittee: '县政协', packageCreatedAt: '2025-03-05T05:00:00.000Z', since: null, verdicts: null, records: 3, ...over,
});

describe('the exchange log', () => {
  it('knows when this PC last took a package from each PC, and when it last wrote one', () => {
    const log = [
      entry({ packageCreatedAt: '2025-03-01T00:00:00.000Z' }),
      entry({ packageCreatedAt: '2025-03-04T00:00:00.000Z' }),
      entry({ sourceInstallationId: 'pc-b', packageCreatedAt: '2025-03-09T00:00:00.000Z' }),
      entry({ direction: 'export', sourceInstallationId: 'pc-here', packageCreatedAt: '2025-03-07T00:00:00.000Z' }),
    ];
    expect(lastExchangeWith(log, 'pc-a')).toBe('2025-03-04T00:00:00.000Z');
    expect(lastExchangeWith(log, 'pc-c')).toBeNull();
    expect(lastExport(log)).toBe('2025-03-07T00:00:00.000Z');
    expect(lastExport([])).toBeNull();
  });

  it('reads as the office says it', () => {
    expect(describeSince(null)).toBe('全部记录');
    expect(describeLogEntry(entry({}))).toBe('从“县政协”导入');
    expect(describeLogEntry(entry({ direction: 'export' }))).toBe('导出 3 条记录（全部记录）');
    expect(describeVerdicts({ new: 1, updated: 2, conflict: 0, unchanged: 4, older: 5 }, VERDICT_LABELS)).toBe('新增 1，更新 2，冲突 0，相同 4，本机较新 5');
    const plan: ImportPlan = { changes: [], totals: { new: 1, updated: 0, conflict: 0, unchanged: 0, older: 0 }, counts: { members: { new: 1, updated: 0, conflict: 0, unchanged: 0, older: 0 } } };
    expect(countRows(plan)).toEqual([{ key: 'members', table: '委员', new: 1, updated: 0, conflict: 0, unchanged: 0, older: 0 }]);
  });

  it('names the packages of this PC the other has not taken, and says to send them again', () => {
    expect(describeNotTaken([])).toBeNull();
    const at = '2025-03-05T05:00:00.000Z';
    const text = describeNotTaken([{ fileName: '县政协-台账交换包-20250305-1300.cppcc-exchange', packageCreatedAt: at }]);
    expect(text).toBe(`对方电脑还没有导入本机导出的 1 个交换包：“县政协-台账交换包-20250305-1300.cppcc-exchange”（${formatDateTime(at)} 导出）。其中的修改对方可能没有收到，两台电脑都改过的记录会列为冲突；请把这些交换包再发给对方导入（或导出“全部记录”给对方）。`);
  });

  it('says when a package starts after what this PC holds of the other PC, and what to do', () => {
    // Took pc-a's whole package written 05:00; a package since 05:00 joins on, one since 07:00 does not.
    const log = [entry({})];
    expect(missedEarlier(log, { installationId: 'pc-a', since: null })).toBeNull();
    expect(missedEarlier(log, { installationId: 'pc-a', since: '2025-03-05T05:00:00.000Z' })).toBeNull();
    const missed = missedEarlier(log, { installationId: 'pc-a', since: '2025-03-05T07:00:00.000Z' });
    expect(missed).toEqual({ since: '2025-03-05T07:00:00.000Z', heldUntil: '2025-03-05T05:00:00.000Z' });
    expect(describeMissedEarlier(missed)).toBe(`这个交换包只含对方电脑 ${formatDateTime('2025-03-05T07:00:00.000Z')} 以来的修改，而本机只收全了对方 ${formatDateTime('2025-03-05T05:00:00.000Z')} 以前的修改：对方更早导出的交换包本机没有导入，其中的修改不在这个包里。请先导入对方更早导出的交换包，或请对方导出“全部记录”；本机也改过的记录会列为冲突。`);
    // Never took a whole package of that PC.
    expect(describeMissedEarlier(missedEarlier([], { installationId: 'pc-a', since: '2025-03-05T07:00:00.000Z' }))).toContain('本机还没有导入过对方的“全部记录”交换包');
    expect(describeMissedEarlier(null)).toBeNull();
  });
});
