// Renaming an activity type or a 提案类别 in 设置 keeps every figure: the report fixture, whose
// every figure is worked out by hand (report-fixtures.ts HAND_FIGURES), is written to a database,
// every default type and category is renamed there, and the whole catalogue is counted again.
import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import { readWholeLedger, replaceWholeLedger } from './backup-repo';
import { computeFigures, FIGURE_CATALOGUE } from '../domain/report/figure-catalogue';
import { FIXTURE_SCOPE, HAND_FIGURES, reportFixtureLedger } from '../domain/report/report-fixtures';
import { ACTIVITY_TYPES } from '../domain/dictionaries/activity-types';

const values = (figures: Map<string, { value: number }>) => Object.fromEntries([...figures].map(([k, r]) => [k, r.value]));

describe('renaming a dictionary entry', () => {
  it('keeps every figure of a ledger whose answers are known when every default type and category is renamed', async () => {
    const repos = await openTestLedger({ setUp: false });
    await replaceWholeLedger(repos.db, reportFixtureLedger());
    const before = values(computeFigures(await readWholeLedger(repos.db), FIXTURE_SCOPE));
    expect(before).toEqual(Object.fromEntries(FIGURE_CATALOGUE.map((f) => [f.key, HAND_FIGURES[f.key] ?? 0])));

    const entries = await repos.dictionary.listDictionaryEntries();
    const renamed = entries.filter((e) => e.kind === 'activityType' || e.kind === 'proposalCategory');
    expect(renamed.filter((e) => e.kind === 'activityType')).toHaveLength(ACTIVITY_TYPES.length);
    for (const e of renamed) expect(await repos.dictionary.renameDictionaryEntry(e.id, `${e.name}（新）`)).toMatchObject({ ok: true });

    const after = await readWholeLedger(repos.db);
    // The records took the new names …
    expect(after.activities.every((a) => a.type.endsWith('（新）'))).toBe(true);
    expect(after.plans.every((p) => p.kind.endsWith('（新）'))).toBe(true);
    expect(after.proposals.every((p) => p.category === '' || p.category.endsWith('（新）'))).toBe(true);
    // … and not one figure moved.
    expect(values(computeFigures(after, FIXTURE_SCOPE))).toEqual(before);
  });

  it('refuses a name another entry of the kind has, and kinds without codes', async () => {
    const repos = await openTestLedger();
    const entries = await repos.dictionary.listDictionaryEntries();
    const inspection = entries.find((e) => e.code === 'inspection')!;
    expect(await repos.dictionary.renameDictionaryEntry(inspection.id, '调研')).toEqual({ ok: false, message: '活动类型“调研”已存在' });
    const sector = entries.find((e) => e.kind === 'sector')!;
    expect(await repos.dictionary.renameDictionaryEntry(sector.id, '新界别')).toMatchObject({ ok: false });
    expect((await repos.dictionary.listDictionaryEntries()).find((e) => e.id === inspection.id)!.name).toBe('视察');
  });
});
