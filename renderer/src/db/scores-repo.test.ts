// The 履职档案 read from a real (fake-indexeddb) database: the year's activities, proposals and
// 社情民意 through their indexes, the office's rules from the settings table — the same answers as
// the hand-worked domain test (scores-fixture.ts).
import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import { defaultDictionaryEntries } from '../domain/dictionaries/default-dictionaries';
import type { Opinion } from '../domain/opinions/opinion';
import { DEFAULT_SCORE_RULES } from '../domain/scores/score-rules';
import { ACTIVITIES, MEMBERS, PROPOSALS } from '../domain/scores/scores-fixture';
import { ledgerOfTables } from '../domain/ledger/ledger-arrays';

const at = '2025-03-01T00:00:00.000Z';
const opinion = (id: string, memberIds: string[], adopted: boolean, receivedDate = '2025-03-01'): Opinion => ({
  id, createdAt: at, updatedAt: at, deletedAt: null, title: `社情民意${id}`, memberIds, groups: [], receivedDate, text: '',
  year: Number(receivedDate.slice(0, 4)), sourceProposalId: null, issue: null,
  adoptions: adopted ? [{ level: '市', nationalMode: null, date: '2025-05-01', note: '' }] : [], instructions: [], isSample: false,
});

async function ledgerWithFixture() {
  const repos = await openTestLedger({ setUp: false });
  await repos.backup.replaceWholeLedger(ledgerOfTables({
    dictionary: defaultDictionaryEntries(at), members: MEMBERS, activities: ACTIVITIES, proposals: PROPOSALS,
    // 张三: two this year, one adopted; 李四: one in 2024.
    opinions: [opinion('o1', ['a'], true), opinion('o2', ['a'], false), opinion('o3', ['b'], true, '2024-11-01')],
  }));
  return repos;
}

describe('scores read from the database', () => {
  it('counts a member’s year, 社情民意 included', async () => {
    const repos = await ledgerWithFixture();
    const { duty, rules } = await repos.scores.loadMemberDuty('a', 2025);
    expect(rules.custom).toBe(false);
    expect(duty.opinions).toEqual({ submitted: 2, adopted: 1 });
    expect(duty.total).toBe(98);
  });

  it('lists the roll by 界别 then strokes, scored by the office’s rules', async () => {
    const repos = await ledgerWithFixture();
    const rules = structuredClone(DEFAULT_SCORE_RULES);
    rules.rules.find((r) => r.id === 'opinion')!.points = 1;
    expect((await repos.scoreRules.saveScoreRules(rules)).ok).toBe(true);
    const table = await repos.scores.loadDutyTable(2025);
    expect(table.rows.map((r) => r.member.name)).toEqual(['李四', '王五', '张三']);
    // 张三: 98 − 2 × 10 + 2 × 1.
    expect(table.rows[2]!.duty.total).toBe(80);
    expect(table.rows[2]!.duty.grade).toBe('良好');
  });
});
