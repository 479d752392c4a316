// Opens a database created by every earlier schema version with the newest code and checks
// that every record is still there. If this fails after you added a version: your upgrade lost
// or changed records — fix the upgrade, never the stored fixture of a released version.
import { describe, expect, it } from 'vitest';
import { LedgerDatabase } from './database';
import { SCHEMA_VERSIONS, LATEST_SCHEMA_VERSION } from './schema-versions';
import { LEDGER_AT_VERSION } from './migration-fixtures';
import { readWholeLedger } from './backup-repo';
import { computeFigures, yearScope } from '../domain/report/figure-catalogue';

const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

describe('schema migrations', () => {
  it('has a fixture for every schema version', () => {
    for (const v of SCHEMA_VERSIONS) {
      expect(LEDGER_AT_VERSION[v.version], `add a fixture for schema version ${v.version} to migration-fixtures.ts`).toBeDefined();
    }
  });

  for (const v of SCHEMA_VERSIONS) {
    it(`opens a version ${v.version} database with version ${LATEST_SCHEMA_VERSION} and keeps every record`, async () => {
      const name = `migration-${v.version}-${Math.random()}`;
      const old = new LedgerDatabase(name, SCHEMA_VERSIONS.filter((s) => s.version <= v.version));
      const { stored, expected } = LEDGER_AT_VERSION[v.version]!();
      // Written through the raw tables: the rows are in that version's shape, not today's types.
      await old.transaction('rw', old.ledgerTables, async () => {
        if (stored.settings) await old.table('settings').put(stored.settings);
        await old.table('dictionary').bulkAdd(stored.dictionary);
        await old.table('members').bulkAdd(stored.members);
        await old.table('activities').bulkAdd(stored.activities);
        await old.table('proposals').bulkAdd(stored.proposals);
        if (stored.opinions) await old.table('opinions').bulkAdd(stored.opinions);
        if (stored.scoreRules) await old.table('settings').put(stored.scoreRules);
      });
      old.close();

      const current = new LedgerDatabase(name);
      await current.open();
      expect(current.verno).toBe(LATEST_SCHEMA_VERSION);
      const after = await readWholeLedger(current);
      expect(byId(after.members)).toEqual(byId(expected.members));
      expect(byId(after.activities)).toEqual(byId(expected.activities));
      expect(after.activities.flatMap((a) => a.participants)).toHaveLength(expected.activities.flatMap((a) => a.participants).length);
      expect(byId(after.dictionary)).toEqual(byId(expected.dictionary));
      expect(after.scoreRules?.rules).toEqual(expected.scoreRules?.rules);
      // Every figure of the tables the fixture stores, for each year, is what the ledger as written says.
      const stores = (key: string) => /^(activities|meetings|members|proposals|opinions)\./.test(key);
      const figures = (l: typeof after, y: number) => Object.fromEntries([...computeFigures(l, yearScope(y))].filter(([k]) => stores(k)).map(([k, r]) => [k, r.value]));
      for (const y of new Set(expected.activities.map((a) => a.year))) expect(figures(after, y)).toEqual(figures(expected, y));
      expect(byId(after.proposals)).toEqual(byId(expected.proposals));
      expect(byId(after.opinions)).toEqual(byId(expected.opinions));
      expect(after.settings?.committee).toEqual(expected.settings?.committee);
      const year = expected.activities[0]!.year;
      expect(await current.activities.where('year').equals(year).count()).toBe(expected.activities.filter((a) => a.year === year).length);
      expect(await current.opinions.where('year').equals(year).count()).toBe(expected.opinions.filter((o) => o.year === year).length);
      current.close();
    });
  }

  it('the version 2 fixture holds entries without codes, a default type replaced by the office, and rules naming types', () => {
    const { stored, expected } = LEDGER_AT_VERSION[2]!();
    expect(stored.dictionary.every((e) => !('code' in e))).toBe(true);
    expect(expected.dictionary.find((e) => e.name === '专题视察')!.code).toBe('inspection');
    expect(expected.activities.filter((a) => a.type === '专题视察').length).toBeGreaterThan(0);
    // Counted by code, the renamed type's activities are the 视察 figure.
    const year = expected.activities.find((a) => a.type === '专题视察')!.year;
    const figures = computeFigures(expected, yearScope(year));
    expect(figures.get('activities.type.inspection')!.value).toBe(expected.activities.filter((a) => a.year === year && a.deletedAt === null && a.type === '专题视察').length);
    expect(JSON.stringify(stored.scoreRules)).toContain('全体会议');
  });

  it('the version 1 fixture holds 批示 without a level and proposals without 批示, as version 1 wrote them', () => {
    const { stored } = LEDGER_AT_VERSION[1]!();
    const instructions = stored.activities.flatMap((a) => (a as { instructions: object[] }).instructions);
    expect(instructions.length).toBeGreaterThan(0);
    expect(instructions.every((i) => !('level' in i))).toBe(true);
    expect(stored.proposals.every((p) => !('instructions' in p))).toBe(true);
    expect(stored.opinions).toBeUndefined();
  });
});
