// Two PCs set up apart may each add an activity type (or 提案类别) of the same name, each under a
// code of its own. An import takes the incoming entry for the local one of that name (it is not
// listed twice) — records name their type, and figures go from the name to this PC's code — so the
// other PC's records of that type count under this PC's entry, none under nothing.
import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import type { LedgerRepositories } from './ledger-repositories';
import { exportPackage, importPackage } from './exchange-test-support';
import { computeFigures, yearScope } from '../domain/report/figure-catalogue';
import { activityTypeKey } from '../domain/report/figures/activity-figures';
import { reportFixtureLedger } from '../domain/report/report-fixtures';
import { assigned } from '../domain/proposals/proposal-fixtures';

const TYPE = '界别协商座谈会';
const CATEGORY = '民族宗教';

/** This PC's own type and category, and one activity and one 集体 proposal of them. */
async function officeWithOwnEntries(title: string): Promise<{ repos: LedgerRepositories; typeCode: string; categoryCode: string }> {
  const repos = await openTestLedger();
  const type = await repos.dictionary.addDictionaryEntry('activityType', TYPE, '协商');
  const category = await repos.dictionary.addDictionaryEntry('proposalCategory', CATEGORY);
  if (!type.ok || !category.ok) throw new Error(JSON.stringify([type, category]));
  const a3 = reportFixtureLedger().activities.find((a) => a.id === 'a3')!;
  const at = new Date().toISOString();
  await repos.db.activities.put({
    ...a3, id: `${title}-a`, createdAt: at, updatedAt: at, type: TYPE, title, participants: [], memberIds: [],
    startDate: '2025-10-10', endDate: '2025-10-10', year: 2025, instructions: [], followUp: '无需跟踪' as const,
    outcomes: { ...a3.outcomes, reports: [], suggestions: 0, adopted: 0, sentTo: [] },
  });
  // Registered (立案) and assigned: figures count registered proposals only.
  const proposal = assigned(`${title}-p`, 1, '县教育局', [], { title: `${title}的提案`, category: CATEGORY, proposerKind: '集体', leadMemberId: null, collectiveKind: '党派', collectiveName: '民盟' });
  await repos.db.proposals.put({ ...proposal, createdAt: at, updatedAt: at });
  return { repos, typeCode: type.entry.code!, categoryCode: category.entry.code! };
}

describe('an incoming activity type or 提案类别 of a name this PC already has under its own code', () => {
  it('is not added again, and the other PC\'s records of it count under this PC\'s entry', async () => {
    const a = await officeWithOwnEntries('甲电脑的协商会');
    const b = await officeWithOwnEntries('乙电脑的协商会');
    expect(a.typeCode).not.toBe(b.typeCode);
    const year = (await b.repos.db.proposals.toArray())[0]!.year;
    expect(year).toBe(2025);
    const before = computeFigures(await b.repos.backup.readWholeLedger(), yearScope(2025));
    // B's own activity and proposal of them.
    expect(before.get(activityTypeKey(b.typeCode))!.value).toBe(1);
    expect(before.get(`proposals.category.${b.categoryCode}`)!.value).toBe(1);

    const taken = await importPackage(b.repos, await exportPackage(a.repos, 'pc-a', null), 'pc-b');
    if (!taken.ok) throw new Error(taken.message);
    const entries = await b.repos.dictionary.listDictionaryEntries();
    expect(entries.filter((e) => e.name === TYPE).map((e) => e.code)).toEqual([b.typeCode]);
    expect(entries.filter((e) => e.name === CATEGORY).map((e) => e.code)).toEqual([b.categoryCode]);

    const after = computeFigures(await b.repos.backup.readWholeLedger(), yearScope(2025));
    // A's activity and proposal join them, under B's own codes.
    expect(after.get(activityTypeKey(b.typeCode))!.value).toBe(2);
    expect(after.get(`proposals.category.${b.categoryCode}`)!.value).toBe(2);
    expect(after.has(activityTypeKey(a.typeCode))).toBe(false);
  });
});
