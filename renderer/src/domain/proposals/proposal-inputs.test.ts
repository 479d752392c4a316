// The fields of a proposal as a form sends them: proposer kinds, sessions, and the dictionaries.
import { describe, expect, it } from 'vitest';
import { validateProposalFields } from './proposal-inputs';
import { proposalFields } from './proposal-fixtures';
import { DEFAULT_COMMITTEES, DEFAULT_PARTIES, DEFAULT_PROPOSAL_CATEGORIES, DEFAULT_SECTORS } from '../dictionaries/default-dictionaries';

const dicts = { proposalCategory: DEFAULT_PROPOSAL_CATEGORIES, party: DEFAULT_PARTIES, sector: DEFAULT_SECTORS, committee: DEFAULT_COMMITTEES };
const members = new Set(['m1', 'm2', 'm3']);
const errorsOf = (extra: Record<string, unknown>) => {
  const r = validateProposalFields({ ...proposalFields(), ...extra }, dicts, members);
  return r.ok ? {} : r.errors;
};

describe('proposal fields', () => {
  it('accepts 个人, 联名 and 集体 proposals, and cleans the text', () => {
    const r = validateProposalFields({ ...proposalFields(), title: '  关于\u000b停车的建议 ' }, dicts, members);
    expect(r.ok && r.value.title).toBe('关于停车的建议');
    expect(errorsOf({ proposerKind: '联名', coSignerIds: ['m2', 'm3'] })).toEqual({});
    expect(errorsOf({ proposerKind: '集体', leadMemberId: null, collectiveKind: '党派', collectiveName: '民盟' })).toEqual({});
    expect(errorsOf({ term: null, session: null })).toEqual({});
  });

  it('says at each field what is missing or wrong', () => {
    expect(errorsOf({ title: '', category: '' })).toEqual({ title: '请填写案由', category: '请选择类别' });
    expect(errorsOf({ category: '体育' }).category).toBe('类别“体育”不在字典中，请先在设置中添加');
    expect(errorsOf({ session: null }).session).toContain('请同时填写届次和次会议');
    expect(errorsOf({ receivedDate: '2025-02-30' }).receivedDate).toContain('请填写正确的收到日期');
    expect(errorsOf({ proposerKind: '联名' }).coSignerIds).toBe('联名提案请至少选择一位附议人');
    expect(errorsOf({ coSignerIds: ['m2'] }).coSignerIds).toContain('个人提案没有附议人');
    expect(errorsOf({ proposerKind: '联名', coSignerIds: ['m2', 'm1'] })['coSignerIds.1']).toContain('重复');
    expect(errorsOf({ leadMemberId: null }).leadMemberId).toBe('请选择第一提案人');
    expect(errorsOf({ leadMemberId: 'ghost' }).leadMemberId).toBe('第一提案人不在委员名单中');
    expect(errorsOf({ proposerKind: '联名', coSignerIds: ['ghost'] })['coSignerIds.0']).toBe('第1位附议人不在委员名单中');
    expect(errorsOf({ proposerKind: '集体', leadMemberId: null })).toEqual({ collectiveKind: '请选择集体提案者的类别', collectiveName: '请填写集体提案者名称' });
    expect(errorsOf({ proposerKind: '集体', collectiveKind: '界别', collectiveName: '教育' }).leadMemberId).toBe('集体提案不填写提案人和附议人');
    expect(errorsOf({ proposerKind: '集体', leadMemberId: null, collectiveKind: '界别', collectiveName: '火星' }).collectiveName).toContain('界别“火星”不在字典中');
  });
});
