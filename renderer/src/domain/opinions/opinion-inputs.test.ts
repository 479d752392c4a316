// What a form may send for a 社情民意信息, and what is refused, with the field the message goes to.
import { describe, expect, it } from 'vitest';
import { dictionariesFrom } from '../dictionaries/dictionary-kinds';
import { defaultDictionaryEntries } from '../dictionaries/default-dictionaries';
import { checkAdoption, checkIssue, checkOpinionInstruction, validateOpinionFields } from './opinion-inputs';
import { nextIssueNumber, issueLabel, adoptionLabel } from './opinion';
import { opinionFromProposal, wasConvertedToOpinion } from './opinion-from-proposal';
import { opinionFixture } from './opinion-test-support';
import { createProposal } from '../proposals/proposal-review';

const dicts = dictionariesFrom(defaultDictionaryEntries('2025-01-01T00:00:00.000Z', ['龙岸镇']));
const known = new Set(['m1', 'm2']);
const fields = { title: ' 关于停车难的建议 ', memberIds: ['m1'], groups: [], receivedDate: '2025-03-01', text: '内容' };

describe('validateOpinionFields', () => {
  it('accepts members and groups from the dictionaries, and trims the title', () => {
    const r = validateOpinionFields({ ...fields, groups: [{ kind: '界别', name: '教育界' }, { kind: '乡镇', name: '龙岸镇' }] }, dicts, known);
    expect(r).toEqual({ ok: true, value: { ...fields, title: '关于停车难的建议', groups: [{ kind: '界别', name: '教育界' }, { kind: '乡镇', name: '龙岸镇' }] } });
  });

  it('refuses an item with no submitter, an unknown member, a repeated member, a group not in its dictionary', () => {
    expect(validateOpinionFields({ ...fields, memberIds: [] }, dicts, known)).toEqual({ ok: false, errors: { memberIds: '请至少选择一位报送委员或一个报送单位' } });
    expect(validateOpinionFields({ ...fields, memberIds: ['m1', 'x'] }, dicts, known)).toEqual({ ok: false, errors: { 'memberIds.1': '第2位报送委员不在委员名单中' } });
    expect(validateOpinionFields({ ...fields, memberIds: ['m1', 'm1'] }, dicts, known)).toEqual({ ok: false, errors: { 'memberIds.1': '第2位报送委员与前面的重复' } });
    expect(validateOpinionFields({ ...fields, groups: [{ kind: '专委会', name: '不存在委员会' }] }, dicts, known))
      .toEqual({ ok: false, errors: { 'groups.0.name': '专门委员会“不存在委员会”不在字典中，请先在设置中添加' } });
  });

  it('refuses a missing title and a bad date at their fields', () => {
    const r = validateOpinionFields({ ...fields, title: '  ', receivedDate: '2025-02-30' }, dicts, known);
    expect(r).toEqual({ ok: false, errors: { title: '请填写标题', receivedDate: '请填写正确的收到日期，格式如 2025-03-05' } });
  });
});

describe('issues, adoptions and 批示 on an item', () => {
  const item = opinionFixture('a', { receivedDate: '2025-03-01', adoptions: [{ level: '市', nationalMode: null, date: '2025-04-01', note: '' }] });

  it('numbers issues per year and labels them', () => {
    expect(nextIssueNumber([])).toBe(1);
    expect(nextIssueNumber([1, 3, 2])).toBe(4);
    expect(issueLabel({ year: 2025, number: 3 })).toBe('2025年第3期');
  });

  it('refuses an issue dated outside its year or before the item arrived', () => {
    expect(checkIssue(item, { year: 2025, number: 2, date: '2025-03-05' })).toEqual({ ok: true, value: { year: 2025, number: 2, date: '2025-03-05' } });
    expect(checkIssue(item, { year: 2026, number: 1, date: '2025-12-05' })).toEqual({ ok: false, errors: { date: '编发日期应在2026年内' } });
    expect(checkIssue(item, { year: 2025, number: 1, date: '2025-02-05' })).toEqual({ ok: false, errors: { date: '编发日期不能早于收到日期' } });
    expect(checkIssue(item, { year: 2025, number: 0, date: '2025-03-05' })).toEqual({ ok: false, errors: { number: '期号至少为1' } });
  });

  it('records one adoption per level; 全国 needs 单篇 or 转送, the others must not have it', () => {
    expect(checkAdoption(item, { level: '全国', nationalMode: '转送采用', date: '2025-05-01', note: '' }).ok).toBe(true);
    expect(checkAdoption(item, { level: '全国', nationalMode: null, date: '2025-05-01', note: '' })).toEqual({ ok: false, errors: { nationalMode: '全国政协采用请选择单篇采用或转送采用' } });
    expect(checkAdoption(item, { level: '省', nationalMode: '单篇采用', date: '2025-05-01', note: '' })).toEqual({ ok: false, errors: { nationalMode: '只有全国政协采用才分单篇采用和转送采用' } });
    expect(checkAdoption(item, { level: '市', nationalMode: null, date: '2025-05-01', note: '' })).toEqual({ ok: false, errors: { level: '已记录市政协采用，如需修改请先删除原记录' } });
    expect(checkAdoption(item, { level: null, nationalMode: null, date: '2025-05-01', note: '' })).toEqual({ ok: false, errors: { level: '请选择采用级别（县、市、省或全国）' } });
    expect(adoptionLabel({ level: '全国', nationalMode: '单篇采用' })).toBe('全国政协单篇采用');
    expect(adoptionLabel({ level: '市', nationalMode: null })).toBe('市政协采用');
  });

  it('requires the level of a new 批示', () => {
    expect(checkOpinionInstruction(item, { level: null, leader: '县长', date: '2025-05-01', text: '' })).toEqual({ ok: false, errors: { level: '请选择批示级别（县、市、省或全国）' } });
    expect(checkOpinionInstruction(item, { level: '县', leader: '', date: '2025-05-01', text: '' })).toEqual({ ok: false, errors: { leader: '请填写批示领导' } });
    expect(checkOpinionInstruction(item, { level: '县', leader: '县长', date: '2025-01-01', text: '' })).toEqual({ ok: false, errors: { date: '批示日期不能早于收到日期' } });
    expect(checkOpinionInstruction(item, { level: '县', leader: '县长', date: '2025-05-01', text: '阅。' })).toEqual({ ok: true, value: { level: '县', leader: '县长', date: '2025-05-01', text: '阅。' } });
  });
});

describe('opinionFromProposal', () => {
  const stamp = { id: 'p1', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', deletedAt: null };
  const base = { term: 9, session: 2, title: '关于农村饮水的建议', category: '社会', receivedDate: '2025-01-09', text: '建议……' };

  it('carries the 案由, proposers, date and text of a 联名 proposal and points back at it', () => {
    const p = createProposal({ ...base, proposerKind: '联名', leadMemberId: 'm1', coSignerIds: ['m2'], collectiveKind: null, collectiveName: '' }, 5, '', stamp);
    const o = opinionFromProposal(p, { ...stamp, id: 'o1' });
    expect(o).toMatchObject({ id: 'o1', title: base.title, memberIds: ['m1', 'm2'], groups: [], receivedDate: '2025-01-09', year: 2025, text: '建议……', sourceProposalId: 'p1', issue: null, adoptions: [], instructions: [] });
  });

  it('names a 集体 proposer as a group', () => {
    const p = createProposal({ ...base, proposerKind: '集体', leadMemberId: null, coSignerIds: [], collectiveKind: '党派', collectiveName: '民盟' }, 6, '', stamp);
    expect(opinionFromProposal(p, stamp)).toMatchObject({ memberIds: [], groups: [{ kind: '党派', name: '民盟' }] });
  });

  it('is wanted only for 不予立案 handled as 社情民意信息', () => {
    expect(wasConvertedToOpinion({ stage: '不予立案', rejection: { reason: '内容空泛、没有具体建议', rejectedAs: '社情民意信息' } })).toBe(true);
    expect(wasConvertedToOpinion({ stage: '不予立案', rejection: { reason: '内容空泛、没有具体建议', rejectedAs: '委员来信' } })).toBe(false);
    expect(wasConvertedToOpinion({ stage: '已立案', rejection: null })).toBe(false);
  });
});
