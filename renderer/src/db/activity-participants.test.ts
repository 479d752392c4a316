// listActivityParticipants: the names beside each attendance row, in surname-stroke order, with
// members deleted since still shown (marked) and rows taken off the list left out.
import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import { emptyMemberFields } from '../domain/members/member';
import { emptyActivityFields } from '../domain/activities/activity';

describe('listActivityParticipants', () => {
  it('joins members, orders by strokes, marks deleted members, skips removed rows', async () => {
    const ledger = await openTestLedger();
    const ids: string[] = [];
    for (const [name, sector] of [['李华', '教育界'], ['丁建国', '农业界'], ['王明', ''], ['马力', '']] as const) {
      const r = await ledger.members.createMember({ ...emptyMemberFields(9), name, sector });
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      ids.push(r.value.id);
    }
    const [li, ding, wang, ma] = ids as [string, string, string, string];
    const fields = { ...emptyActivityFields('2025-04-10'), title: '视察', type: '视察' };
    const first = await ledger.activities.saveActivity(undefined, {
      fields,
      participants: [li, ding, wang, ma].map((memberId) => ({ memberId, status: '出席', reason: '' })),
    });
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    const id = first.value.id;
    await ledger.activities.saveActivity(id, {
      fields,
      participants: [
        { memberId: li, status: '请假', reason: '外出' },
        { memberId: ding, status: '出席', reason: '' },
        { memberId: wang, status: '缺席', reason: '' },
      ],
    });
    await ledger.members.deleteMember(wang);

    const rows = await ledger.activities.listActivityParticipants(id);
    expect(rows.map((r) => [r.member?.name, r.member?.sector, r.attendance.status, r.member?.deleted])).toEqual([
      ['丁建国', '农业界', '出席', false],
      ['王明', '', '缺席', true],
      ['李华', '教育界', '请假', false],
    ]);
    expect(await ledger.activities.listActivityParticipants('no-such-activity')).toEqual([]);
  });
});
