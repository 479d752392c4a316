// The proposal form's values from a record and back: an unchanged form gives back the record's
// own fields (so 保存 without changes is refused as 没有修改任何内容, not saved as a spurious 修改),
// and fields that do not fit the proposer kind are sent empty.
import { describe, expect, it } from 'vitest';
import { formValuesOf, toProposalInput } from './proposal-form-values';
import { proposalFields, submitted } from '../../domain/proposals/proposal-fixtures';
import { changedFields } from '../../domain/proposals/proposal-edit';

describe('proposal form values', () => {
  it('give back a record’s own fields, for session and 平时 proposals and every proposer kind', () => {
    const cases = [
      proposalFields(),
      proposalFields({ term: null, session: null, receivedDate: '2025-07-01' }),
      proposalFields({ proposerKind: '联名', coSignerIds: ['m2', 'm3'], text: '正文' }),
      proposalFields({ proposerKind: '集体', leadMemberId: null, collectiveKind: '党派', collectiveName: '民盟' }),
    ];
    for (const fields of cases) {
      const p = submitted('p1', 1, fields);
      const back = toProposalInput(formValuesOf(p));
      expect(back).toEqual(fields);
      expect(changedFields(p, back)).toEqual([]);
    }
  });

  it('drops co-signers when 联名 becomes 个人, and the proposers when it becomes 集体', () => {
    const values = formValuesOf(submitted('p1', 1, proposalFields({ proposerKind: '联名', coSignerIds: ['m2'] })));
    expect(toProposalInput({ ...values, proposerKind: '个人' })).toMatchObject({ leadMemberId: 'm1', coSignerIds: [] });
    expect(toProposalInput({ ...values, proposerKind: '集体', collectiveKind: '界别', collectiveName: '教育' }))
      .toMatchObject({ leadMemberId: null, coSignerIds: [], collectiveKind: '界别', collectiveName: '教育' });
    expect(toProposalInput({ ...values, when: '平时' })).toMatchObject({ term: null, session: null });
  });
});
