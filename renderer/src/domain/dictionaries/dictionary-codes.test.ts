// How entries get their codes and how names find them: by default name, by the only default of a
// category that an office replaced with a type of its own, else a code of the entry's own; codes
// once given never change; a code from a newer version is kept, and known to be unknown.
import { describe, expect, it } from 'vitest';
import { codeByName, customEntries, nameByCode, unknownCodeEntries, withDictionaryCodes } from './dictionary-codes';
import { defaultDictionaryEntries } from './default-dictionaries';
import { ACTIVITY_TYPES } from './activity-types';
import { PROPOSAL_CATEGORIES } from './proposal-categories';
import type { DictionaryEntry } from './dictionary-kinds';

const AT = '2025-01-01T00:00:00.000Z';
const uncoded = () => defaultDictionaryEntries(AT).map(({ code: _code, ...e }) => e);

describe('dictionary codes', () => {
  it('gives the default entries of a ledger made before codes their registry codes, and other kinds none', () => {
    const coded = withDictionaryCodes(uncoded());
    expect(coded.filter((e) => e.kind === 'activityType').map((e) => e.code)).toEqual(ACTIVITY_TYPES.map((t) => t.code));
    expect(coded.filter((e) => e.kind === 'proposalCategory').map((e) => e.code)).toEqual(PROPOSAL_CATEGORIES.map((c) => c.code));
    expect(coded.filter((e) => e.kind === 'sector').every((e) => e.code === null)).toBe(true);
  });

  it('finds a renamed default by its category when it is the only default there, and gives other own types their own codes', () => {
    const entries = uncoded().map((e) => (e.name === '视察' ? { ...e, deletedAt: AT } : e.name === '全体会议' ? { ...e, deletedAt: AT } : e));
    const own = (id: string, name: string, category: DictionaryEntry['category']) => ({ id, createdAt: AT, updatedAt: AT, deletedAt: null, kind: 'activityType' as const, name, category, order: 99 });
    const coded = withDictionaryCodes([...entries, own('x1', '专题视察', '视察'), own('x2', '全会', '会议'), own('x3', '读书会', '学习培训')]);
    const codeOf = (name: string) => coded.find((e) => e.name === name && e.deletedAt === null)?.code;
    // 视察 was deleted and 专题视察 added in its place: the only default of 视察, the only new type there.
    expect(codeOf('专题视察')).toBe('inspection');
    // 会议 has four defaults: which one 全会 replaced cannot be known, so it is the office's own.
    expect(codeOf('全会')).toBe('custom-x2');
    // 培训 is still there: 读书会 is a type of the office's own beside it.
    expect(codeOf('读书会')).toBe('custom-x3');
    expect(codeOf('培训')).toBe('training');
    // The deleted entries keep the codes their names give.
    expect(coded.find((e) => e.name === '视察')!.code).toBe('inspection');
  });

  it('never changes a code once given, so reading twice changes nothing', () => {
    const once = withDictionaryCodes(uncoded());
    const renamed = once.map((e) => (e.code === 'research' ? { ...e, name: '专题调研' } : e));
    expect(withDictionaryCodes(renamed)).toEqual(renamed);
    expect(withDictionaryCodes(once)).toEqual(once);
  });

  it('finds an activity type by any name it went by: live, deleted, or the default name', () => {
    const entries = defaultDictionaryEntries(AT).map((e) => (e.code === 'inspection' ? { ...e, name: '专题视察' } : e));
    const codes = codeByName(entries, 'activityType');
    expect(codes.get('专题视察')).toBe('inspection');
    expect(codes.get('视察')).toBe('inspection');
    expect(nameByCode(entries, 'activityType').get('inspection')).toBe('专题视察');
  });

  it('keeps an entry whose code this version does not know, and names it as unknown', () => {
    const newer: DictionaryEntry = { id: 'n1', createdAt: AT, updatedAt: AT, deletedAt: null, kind: 'activityType', name: '听证会', code: 'hearing', category: '监督', order: 30 };
    const own: DictionaryEntry = { ...newer, id: 'n2', name: '读书会', code: 'custom-n2', category: '学习培训' };
    const coded = withDictionaryCodes([...defaultDictionaryEntries(AT), newer, own]);
    expect(coded.find((e) => e.id === 'n1')).toEqual(newer);
    expect(unknownCodeEntries(coded).map((e) => e.name)).toEqual(['听证会']);
    expect(customEntries(coded, 'activityType').map((e) => e.name)).toEqual(['读书会']);
  });
});
