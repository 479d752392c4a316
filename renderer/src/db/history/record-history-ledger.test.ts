// The record history through the real repositories and the real settings row: what a member's
// page shows after it is added, edited, deleted and restored, signed by the office's operator.
import { describe, expect, it } from 'vitest';
import { openTestLedger } from '../test-support';
import { emptyMemberFields } from '../../domain/members/member';

describe('record history on a real ledger', () => {
  it('signs every entry with the operator of the committee settings', async () => {
    const ledger = await openTestLedger();
    const created = await ledger.members.createMember({ ...emptyMemberFields(9), name: '赵敏', sector: '教育界' });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const id = created.value.id;
    const edited = await ledger.members.updateMember(id, { ...emptyMemberFields(9), name: '赵敏', sector: '农业界' });
    if (!edited.ok) throw new Error(JSON.stringify(edited.errors));
    await ledger.members.deleteMember(id);
    await ledger.recycleBin.restoreFromBin('members', id);

    const entries = await ledger.history.listRecordHistory('members', id);
    expect(entries.map((e) => e.action).sort()).toEqual(['修改', '删除', '恢复', '新建'].sort());
    expect(entries.map((e) => e.operator)).toEqual(['韦小宝', '韦小宝', '韦小宝', '韦小宝']);
    expect(entries.find((e) => e.action === '修改')?.changes).toEqual([{ field: 'sector', label: '界别', before: '教育界', after: '农业界' }]);
  });
});
