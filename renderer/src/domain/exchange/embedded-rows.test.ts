// Rows inside a record merged row by row between two PCs: 批示 added on both are both kept, one
// taken off on either stays off, one row edited on both keeps the later edit, and the list is no
// conflict question; the record's own fields still are.
import { describe, expect, it } from 'vitest';
import { newRow, takeOffRow } from '../common/row-stamps';
import type { Proposal } from '../proposals/proposal';
import { conflictFields, planImport } from './exchange-merge';
import { combineVersions } from './merge-records';
import { recordsLedger } from './exchange-tables';
import { createProposal } from '../proposals/proposal-review';

const at = (minute: number) => new Date(Date.UTC(2025, 2, 1, 8, minute)).toISOString();

function base(): Proposal {
  const fields = { term: 9, session: 2, title: '关于城区停车的建议', category: '经济', proposerKind: '集体' as const, leadMemberId: null, coSignerIds: [], collectiveKind: '界别' as const, collectiveName: '经济界', receivedDate: '2025-03-01', text: '' };
  const p = createProposal(fields, 1, '韦小宝', { id: 'p1', createdAt: at(0), updatedAt: at(0), deletedAt: null });
  return { ...p, instructions: [newRow({ level: '县', leader: '县长', date: '2025-03-01', text: '阅。' }, at(0), 'ins-0')] };
}

const instruct = (p: Proposal, leader: string, minute: number, id: string): Proposal =>
  ({ ...p, instructions: [...p.instructions, newRow({ level: '市' as const, leader, date: '2025-03-02', text: '' }, at(minute), id)], updatedAt: at(minute) });

describe('rows inside a record between two PCs', () => {
  it('keeps the 批示 added on each PC, in either order of merging', () => {
    const a = instruct(base(), '副市长', 5, 'ins-a');
    const b = instruct(base(), '市长', 6, 'ins-b');
    const ab = combineVersions(a, b);
    expect(ab).toEqual(combineVersions(b, a));
    expect(ab.instructions.map((i) => i.leader)).toEqual(['县长', '副市长', '市长']);
    expect(combineVersions(ab, a)).toEqual(ab);
  });

  it('keeps a 批示 taken off on one PC off, though the other PC edited the proposal later', () => {
    const a = { ...base(), instructions: takeOffRow(base().instructions, 'ins-0', at(5)), updatedAt: at(5) };
    const b = { ...instruct(base(), '市长', 9, 'ins-b'), title: '关于城区停车难的建议' };
    const merged = combineVersions(a, b);
    expect(merged.title).toBe('关于城区停车难的建议');
    expect(merged.instructions.filter((i) => i.deletedAt === null).map((i) => i.leader)).toEqual(['市长']);
  });

  it('keeps the later edit of one row edited on both PCs, whichever record won', () => {
    const edit = (p: Proposal, text: string, minute: number, title: string): Proposal =>
      ({ ...p, title, instructions: p.instructions.map((i) => ({ ...i, text, updatedAt: at(minute) })), updatedAt: at(minute) });
    const a = edit(base(), '请抓紧办理。', 7, '甲');
    const b = edit(base(), '已阅。', 3, '乙');
    // b's row edit is earlier: a's wins; and the record is a's.
    expect(combineVersions(a, b).instructions[0]!.text).toBe('请抓紧办理。');
    // Now b edits the record later, but its row edit stays the earlier one.
    const later = { ...b, updatedAt: at(9), title: '乙2' };
    const merged = combineVersions(a, later);
    expect(merged.title).toBe('乙2');
    expect(merged.instructions[0]!.text).toBe('请抓紧办理。');
  });

  it('asks about the record’s own fields, never about its merged rows', () => {
    const a = instruct(base(), '副市长', 5, 'ins-a');
    const b = { ...instruct(base(), '市长', 6, 'ins-b'), title: '关于城区停车难的建议' };
    expect(conflictFields(a, b).map((f) => f.field)).toEqual(['title']);
    const onlyRows: Proposal = { ...b, title: a.title };
    expect(conflictFields(a, onlyRows)).toEqual([]);
    // Both added a 批示 and nothing else: no question, and the import keeps both.
    const plan = planImport(recordsLedger({ proposals: [a] }, []), recordsLedger({ proposals: [onlyRows] }, []), null);
    expect(plan.totals).toMatchObject({ conflict: 0, updated: 1 });
    expect((plan.changes[0]!.winner as Proposal).instructions.map((i) => i.leader)).toEqual(['县长', '副市长', '市长']);
  });

  it('keeps rows stamped at one instant (an upgraded list) in their order when both PCs add to it', () => {
    // Three 批示 given stamps by an upgrade: one instant, ids that sort against their order.
    const upgraded: Proposal = { ...base(), instructions: ['z', 'm', 'a'].map((id, i) => newRow({ level: '县' as const, leader: `第${i + 1}位`, date: '2025-03-01', text: '' }, at(0), `ins-${id}`)) };
    const a = instruct(upgraded, '副市长', 5, 'ins-a2');
    const b = instruct(upgraded, '市长', 6, 'ins-b2');
    const want = ['第1位', '第2位', '第3位', '副市长', '市长'];
    expect(combineVersions(a, b).instructions.map((i) => i.leader)).toEqual(want);
    expect(combineVersions(b, a).instructions.map((i) => i.leader)).toEqual(want);
  });
});
