// The proposers as the proposal screens write them, and list errors folded onto their field.
import { describe, expect, it } from 'vitest';
import { collapseListErrors, proposerFull, proposerShort } from './proposal-options';

const names = new Map([['m1', '丁一'], ['m2', '王二'], ['m3', '张三']]);
const person = { proposerKind: '个人' as const, leadMemberId: 'm1', coSignerIds: [], collectiveKind: null, collectiveName: '' };

describe('proposers by name', () => {
  it('writes 个人, 联名 and 集体 proposers', () => {
    expect(proposerShort(person, names)).toBe('丁一');
    expect(proposerFull(person, names)).toBe('丁一（个人）');
    const joint = { ...person, proposerKind: '联名' as const, coSignerIds: ['m2', 'm3'] };
    expect(proposerShort(joint, names)).toBe('丁一等3人');
    expect(proposerFull(joint, names)).toBe('第一提案人 丁一；附议人 王二、张三（联名）');
    const group = { ...person, proposerKind: '集体' as const, leadMemberId: null, collectiveKind: '界别' as const, collectiveName: '教育' };
    expect(proposerShort(group, names)).toBe('教育');
    expect(proposerFull(group, names)).toBe('界别：教育（集体）');
  });

  it('says so when a proposer has left the roll', () => {
    expect(proposerShort({ ...person, leadMemberId: 'gone' }, names)).toBe('（已删除的委员）');
  });
});

describe('list errors', () => {
  it('puts coUnits.1 on coUnits and joins two messages for one field', () => {
    expect(collapseListErrors({ title: '请填写案由', 'coUnits.0': '甲', 'coUnits.2': '乙' })).toEqual({ title: '请填写案由', coUnits: '甲；乙' });
  });
});
