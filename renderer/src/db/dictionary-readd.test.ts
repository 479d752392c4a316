// Deleting an activity type and adding it again — under its name, or a new name in its place —
// keeps every figure: the report fixture (every figure worked out by hand, report-fixtures.ts) is
// written to a database, its types deleted and added back through 设置's own functions, and the
// whole catalogue counted again. And a type the registry holds that an older ledger lacks is added
// as the program opens it, once, and never against the office's own deletion.
import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import { readWholeLedger, replaceWholeLedger } from './backup-repo';
import { computeFigures } from '../domain/report/figure-catalogue';
import { FIXTURE_SCOPE, reportFixtureLedger } from '../domain/report/report-fixtures';
import { ACTIVITY_TYPES } from '../domain/dictionaries/activity-types';

const values = (figures: Map<string, { value: number }>) => Object.fromEntries([...figures].map(([k, r]) => [k, r.value]));

async function fixtureLedger() {
  const repos = await openTestLedger({ setUp: false });
  await replaceWholeLedger(repos.db, reportFixtureLedger());
  const before = values(computeFigures(await readWholeLedger(repos.db), FIXTURE_SCOPE));
  const entry = async (code: string) => (await repos.dictionary.listDictionaryEntries()).find((e) => e.code === code)!;
  return { repos, before, entry };
}

describe('deleting a dictionary entry and adding it again', () => {
  it('gives 视察 its code back when it is added again under its name: every figure unchanged', async () => {
    const { repos, before, entry } = await fixtureLedger();
    expect(before['activities.type.inspection']).toBeGreaterThan(0);
    await repos.dictionary.deleteDictionaryEntry((await entry('inspection')).id);
    const added = await repos.dictionary.addDictionaryEntry('activityType', '视察', '视察');
    expect(added).toMatchObject({ ok: true, entry: { code: 'inspection' } });
    expect(values(computeFigures(await readWholeLedger(repos.db), FIXTURE_SCOPE))).toEqual(before);
  });

  it('gives a type added in the place of its category’s one default (专题视察 for 视察) the default’s code', async () => {
    const { repos, before, entry } = await fixtureLedger();
    await repos.dictionary.deleteDictionaryEntry((await entry('inspection')).id);
    expect(await repos.dictionary.addDictionaryEntry('activityType', '专题视察', '视察')).toMatchObject({ ok: true, entry: { code: 'inspection' } });
    expect(values(computeFigures(await readWholeLedger(repos.db), FIXTURE_SCOPE))).toEqual(before);
  });

  it('gives an office’s own type added again its own code back, and a second type beside a live default a code of its own', async () => {
    const { repos, entry } = await fixtureLedger();
    const own = await repos.dictionary.addDictionaryEntry('activityType', '委员读书会', '学习培训');
    if (!own.ok) throw new Error(own.message);
    expect(own.entry.code).toMatch(/^custom-/);
    await repos.dictionary.deleteDictionaryEntry(own.entry.id);
    expect(await repos.dictionary.addDictionaryEntry('activityType', '委员读书会', '学习培训')).toMatchObject({ ok: true, entry: { code: own.entry.code } });
    // 视察 is live: a second type of its category is the office's own.
    expect((await entry('inspection')).deletedAt).toBeNull();
    const second = await repos.dictionary.addDictionaryEntry('activityType', '专题视察', '视察');
    expect(second.ok && second.entry.code).toMatch(/^custom-/);
  });

  it('gives a 提案类别 added again under its default name the default’s code', async () => {
    const { repos } = await fixtureLedger();
    const categories = (await repos.dictionary.listDictionaryEntries()).filter((e) => e.kind === 'proposalCategory');
    const first = categories[0]!;
    await repos.dictionary.deleteDictionaryEntry(first.id);
    expect(await repos.dictionary.addDictionaryEntry('proposalCategory', first.name)).toMatchObject({ ok: true, entry: { code: first.code } });
  });
});

describe('registry types an older ledger lacks', () => {
  it('are added as the ledger opens, once, with the same id and stamps on every PC', async () => {
    const repos = await openTestLedger();
    const inspection = (await repos.dictionary.listDictionaryEntries()).find((e) => e.code === 'inspection')!;
    // A ledger set up before 视察 was in the registry: no entry holds its code.
    await repos.db.dictionary.delete(inspection.id);
    expect(await repos.dictionary.addMissingRegistryEntries()).toBe(1);
    const added = (await repos.dictionary.listDictionaryEntries()).filter((e) => e.code === 'inspection');
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ name: '视察', category: '视察', id: 'registry-activityType-inspection', updatedAt: '2000-01-01T00:00:00.000Z' });
    expect(await repos.dictionary.addMissingRegistryEntries()).toBe(0);
    expect((await repos.dictionary.listDictionaryEntries()).filter((e) => e.kind === 'activityType')).toHaveLength(ACTIVITY_TYPES.length);
  });

  it('never brings back a type the office deleted, and adds nothing to a ledger not set up yet', async () => {
    const repos = await openTestLedger();
    const inspection = (await repos.dictionary.listDictionaryEntries()).find((e) => e.code === 'inspection')!;
    await repos.dictionary.deleteDictionaryEntry(inspection.id);
    expect(await repos.dictionary.addMissingRegistryEntries()).toBe(0);
    const empty = await openTestLedger({ setUp: false });
    expect(await empty.dictionary.addMissingRegistryEntries()).toBe(0);
    expect(await empty.db.dictionary.count()).toBe(0);
  });
});
