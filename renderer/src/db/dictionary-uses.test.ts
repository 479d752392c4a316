// What deleting a dictionary entry touches: members, activities, proposals — a 集体 proposal names
// its 党派 / 界别 / 专委会 — and 社情民意 items submitted in a group's name. Deleted records don't count.
import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import { emptyMemberFields } from '../domain/members/member';
import { proposalFields } from '../domain/proposals/proposal-fixtures';

describe('dictionary uses', () => {
  it('counts 社情民意 items and 集体 proposals submitted in a group’s name', async () => {
    const ledger = await openTestLedger();
    const member = await ledger.members.createMember({ ...emptyMemberFields(9), name: '王明', sector: '教育界' });
    if (!member.ok) throw new Error('member');
    const opinion = (groups: { kind: string; name: string }[], title: string) =>
      ledger.opinions.saveOpinion(undefined, { title, memberIds: [], groups, receivedDate: '2025-03-01', text: '' });
    expect((await opinion([{ kind: '界别', name: '教育界' }], '关于校车安全的建议')).ok).toBe(true);
    expect((await opinion([{ kind: '界别', name: '教育界' }, { kind: '党派', name: '民盟' }], '关于乡村教师待遇的建议')).ok).toBe(true);
    const gone = await opinion([{ kind: '界别', name: '教育界' }], '已删除的一条');
    if (gone.ok) await ledger.opinions.deleteOpinion(gone.value.id);
    // 民盟 is both a 界别 and a 党派: only the group of the entry's own kind counts.
    expect((await opinion([{ kind: '界别', name: '民盟' }], '关于民营经济的建议')).ok).toBe(true);
    const collective = await ledger.proposals.createProposal(proposalFields({ proposerKind: '集体', leadMemberId: null, collectiveKind: '党派', collectiveName: '民盟' }));
    expect(collective.ok).toBe(true);

    expect(await ledger.dictionary.countDictionaryUses('sector', '教育界')).toEqual({ members: 1, activities: 0, proposals: 0, opinions: 2 });
    expect(await ledger.dictionary.countDictionaryUses('party', '民盟')).toEqual({ members: 0, activities: 0, proposals: 1, opinions: 1 });
    expect(await ledger.dictionary.countDictionaryUses('sector', '民盟')).toEqual({ members: 0, activities: 0, proposals: 0, opinions: 1 });
    expect(await ledger.dictionary.countDictionaryUses('unit', '县教育局')).toEqual({ members: 0, activities: 0, proposals: 0, opinions: 0 });
  });
});
