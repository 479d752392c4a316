// 监督员 figures on a ledger worked out by hand: who serves in the year, the units and groups,
// 建议书, and 阳光执法 / 现场办公 / 满意度测评 from the activities (counted by type code) — the
// catalogue's figures, as the 监督员 screen shows them.
import { describe, expect, it } from 'vitest';
import type { Activity } from '../activities/activity';
import type { SupervisionLetter, SupervisorAppointment } from './supervisor';
import { computeSupervisionFigures } from '../figures/supervision-screen-figures';
import { ledgerOfTables } from '../ledger/ledger-arrays';
import { defaultDictionaryEntries } from '../dictionaries/default-dictionaries';
import { validateLetter, validateSupervisor } from './supervisor-inputs';

const dictionary = defaultDictionaryEntries('2025-01-01T00:00:00.000Z');
const STAMP = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', deletedAt: null };
const appoint = (id: string, memberId: string, unit: string, group: string, fromDate: string, toDate: string | null, deleted = false): SupervisorAppointment =>
  ({ ...STAMP, id, memberId, kind: '特约监督员', unit, group, fromDate, toDate, note: '', isSample: false, ...(deleted ? { deletedAt: '2025-03-01T00:00:00.000Z' } : {}) });
const letter = (id: string, date: string): SupervisionLetter => ({ ...STAMP, id, group: '第一组', title: '建议书', date, text: '', units: [], year: Number(date.slice(0, 4)), isSample: false });
const activity = (id: string, type: string, startDate: string, present: string[], absent: string[] = []): Activity => ({
  ...STAMP, id, type, title: id, startDate, endDate: startDate, year: Number(startDate.slice(0, 4)),
  participants: [...present.map((m) => ({ ...STAMP, id: `${id}${m}`, memberId: m, status: '出席' as const, reason: '' })), ...absent.map((m) => ({ ...STAMP, id: `${id}${m}`, memberId: m, status: '请假' as const, reason: '' }))],
  memberIds: [...present, ...absent],
} as unknown as Activity);

const appointments = [
  appoint('a1', 'm1', '县公安局', '第一组', '2024-03-01', null),
  appoint('a2', 'm2', '县公安局', '第一组', '2024-03-01', '2025-02-28'),
  appoint('a3', 'm1', '县教育局', '第二组', '2025-04-01', '2026-03-31'),
  appoint('a4', 'm3', '县水利局', '第二组', '2023-01-01', '2024-12-31'),
  appoint('a5', 'm4', '县财政局', '第三组', '2025-12-10', null),
  appoint('a6', 'm5', '县林业局', '第三组', '2025-01-01', null, true),
];
const activities = [
  activity('le1', '阳光执法', '2025-04-02', ['m1', 'm2'], ['m3']),
  activity('le2', '阳光执法', '2025-08-02', ['m1', 'm6']),
  activity('le3', '阳光执法', '2024-08-02', ['m7']),
  activity('os1', '现场办公', '2025-05-02', ['m2']),
  activity('sp1', '满意度测评', '2025-06-02', ['m1']),
  activity('sp2', '满意度测评', '2025-12-20', ['m1']),
  { ...activity('sp3', '满意度测评', '2025-07-02', ['m1']), deletedAt: '2025-08-01T00:00:00.000Z' },
];

describe('computeSupervisionFigures', () => {
  it('counts 2025 by hand', () => {
    // Serving in 2025: a1 (m1 公安), a2 (m2 公安, to 2月底), a3 (m1 教育), a5 (m4 财政); a4 ended 2024, a6 deleted.
    const f = computeSupervisionFigures(ledgerOfTables({ supervisors: appointments, supervisionLetters: [letter('l1', '2025-10-01'), letter('l2', '2024-10-01')], activities, dictionary }), 2025);
    expect(f).toEqual({
      membersAppointed: 3, unitsCovered: 3, groups: 3, letters: 1,
      // 阳光执法 2025: le1 (m1, m2 present; m3 on leave), le2 (m1, m6) → 3 members, 2 times.
      lawEnforcement: { members: 3, times: 2 },
      onSiteOffice: { members: 1, times: 1 },
      satisfactionPolls: 2,
    });
  });

  it('stops at `until`', () => {
    const f = computeSupervisionFigures(ledgerOfTables({ supervisors: appointments, supervisionLetters: [letter('l1', '2025-10-01')], activities, dictionary }), 2025, '2025-09-30');
    // a5 starts 12月10日; l1 after; sp2 after.
    expect([f.membersAppointed, f.unitsCovered, f.groups, f.letters, f.satisfactionPolls]).toEqual([2, 2, 2, 0, 1]);
  });
});

describe('supervisor and letter input', () => {
  it('refuses an end before the start, a member off the roll and a unit outside the dictionary', () => {
    const base = { memberId: 'm1', kind: '特约监督员', unit: '县公安局', group: '第一组', fromDate: '2025-03-01', toDate: '', note: '' };
    expect(validateSupervisor({ ...base, toDate: '2025-01-01' }, ['县公安局'], new Set(['m1']))).toEqual({ ok: false, errors: { toDate: '聘任结束日期不能早于开始日期' } });
    expect(validateSupervisor({ ...base, memberId: 'x', unit: '县外星局' }, ['县公安局'], new Set(['m1']))).toEqual({ ok: false, errors: { memberId: '所选委员不在委员名单中', unit: '单位“县外星局”不在字典中，请先在设置中添加' } });
    expect(validateSupervisor(base, ['县公安局'], new Set(['m1'])).ok).toBe(true);
    expect(validateLetter({ group: '', title: '建议书', date: '2025-13-01', text: '', units: [] }, [])).toEqual({ ok: false, errors: { group: '请填写监督小组', date: '请填写正确的提交日期，格式如 2025-03-05' } });
  });
});
