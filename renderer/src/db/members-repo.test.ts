import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import { emptyMemberFields } from '../domain/members/member';

const member = (name: string, extra: Record<string, unknown> = {}) => ({ ...emptyMemberFields(9), name, ...extra });

describe('members repository', () => {
  it('creates members and lists them by surname stroke order', async () => {
    const ledger = await openTestLedger();
    for (const name of ['王明', '丁一', '李四', '白云', '马兰']) {
      const r = await ledger.members.createMember(member(name, { sector: '教育界' }));
      expect(r.ok).toBe(true);
    }
    const names = (await ledger.members.listMembers()).map((m) => m.name);
    expect(names).toEqual(['丁一', '马兰', '王明', '白云', '李四']);
  });

  it('strips full-width spaces from names and refuses an unknown 界别 at its field', async () => {
    const ledger = await openTestLedger();
    const ok = await ledger.members.createMember(member('王　明'));
    expect(ok.ok && ok.value.name).toBe('王明');
    const bad = await ledger.members.createMember(member('张三', { sector: '不存在的界别' }));
    expect(bad).toEqual({ ok: false, errors: { sector: '界别“不存在的界别”不在字典中，请先在设置中添加' } });
    expect(await ledger.members.listMembers()).toHaveLength(1);
  });

  it('filters by 界别, 乡镇, 职务, 状态 and name', async () => {
    const ledger = await openTestLedger();
    await ledger.members.createMember(member('王明', { sector: '教育界', township: '城关镇', role: '常委' }));
    await ledger.members.createMember(member('李四', { sector: '农业界', township: '龙岸镇' }));
    await ledger.members.createMember(member('张三', { sector: '教育界', status: '调离', statusDate: '2025-06-01' }));
    expect((await ledger.members.listMembers({ sector: '教育界' })).map((m) => m.name).sort()).toEqual(['张三', '王明']);
    expect((await ledger.members.listMembers({ township: '龙岸镇' })).map((m) => m.name)).toEqual(['李四']);
    expect((await ledger.members.listMembers({ role: '常委' })).map((m) => m.name)).toEqual(['王明']);
    expect((await ledger.members.listMembers({ status: '调离' })).map((m) => m.name)).toEqual(['张三']);
    expect((await ledger.members.listMembers({ nameQuery: '李' })).map((m) => m.name)).toEqual(['李四']);
  });

  it('lets a member keep a 界别 deleted from the dictionary, but not take a new one', async () => {
    const ledger = await openTestLedger();
    const created = await ledger.members.createMember(member('王明', { sector: '教育界' }));
    if (!created.ok) throw new Error('create');
    const entry = (await ledger.dictionary.listDictionaryEntries()).find((e) => e.kind === 'sector' && e.name === '教育界')!;
    await ledger.dictionary.deleteDictionaryEntry(entry.id);
    expect((await ledger.members.updateMember(created.value.id, member('王明', { sector: '教育界', phone: '13800000000' }))).ok).toBe(true);
    const other = await ledger.members.createMember(member('李四', { sector: '教育界' }));
    expect(!other.ok && other.errors.sector).toBe('界别“教育界”不在字典中，请先在设置中添加');
  });

  it('counts the live records that use a dictionary entry', async () => {
    const ledger = await openTestLedger();
    await ledger.members.createMember(member('王明', { sector: '教育界' }));
    await ledger.members.createMember(member('李四', { sector: '教育界', township: '城关镇' }));
    const gone = await ledger.members.createMember(member('张三', { sector: '教育界' }));
    if (gone.ok) await ledger.members.deleteMember(gone.value.id);
    expect(await ledger.dictionary.countDictionaryUses('sector', '教育界')).toEqual({ members: 2, activities: 0, proposals: 0, opinions: 0 });
    expect(await ledger.dictionary.countDictionaryUses('township', '城关镇')).toEqual({ members: 1, activities: 0, proposals: 0, opinions: 0 });
  });

  it('refuses a birth month in the future', async () => {
    const ledger = await openTestLedger();
    const r = await ledger.members.createMember(member('王明', { birthMonth: '2199-01' }));
    expect(!r.ok && r.errors.birthMonth).toBe('出生年月不能晚于本月');
  });

  it('requires a date when a member leaves', async () => {
    const ledger = await openTestLedger();
    const r = await ledger.members.createMember(member('王明', { status: '去世' }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.statusDate).toBe('状态为“去世”时请填写日期');
  });
});
