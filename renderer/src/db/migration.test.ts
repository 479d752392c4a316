// Opens a database created by every earlier schema version with the newest code and checks
// that every record is still there. If this fails after you added a version: your upgrade lost
// or changed records — fix the upgrade, never the stored fixture of a released version.
import { describe, expect, it } from 'vitest';
import { LedgerDatabase } from './database';
import { SCHEMA_VERSIONS, LATEST_SCHEMA_VERSION } from './schema-versions';
import { LEDGER_AT_VERSION } from './migration-fixtures';
import { readWholeLedger } from './backup-repo';

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
      });
      old.close();

      const current = new LedgerDatabase(name);
      await current.open();
      expect(current.verno).toBe(LATEST_SCHEMA_VERSION);
      const after = await readWholeLedger(current);
      expect(byId(after.members)).toEqual(byId(expected.members));
      expect(byId(after.activities)).toEqual(byId(expected.activities));
      expect(after.activities.flatMap((a) => a.participants)).toHaveLength(expected.activities.flatMap((a) => a.participants).length);
      expect(after.dictionary).toHaveLength(expected.dictionary.length);
      expect(byId(after.proposals)).toEqual(byId(expected.proposals));
      expect(byId(after.opinions)).toEqual(byId(expected.opinions));
      expect(after.settings?.committee).toEqual(expected.settings?.committee);
      const year = expected.activities[0]!.year;
      expect(await current.activities.where('year').equals(year).count()).toBe(expected.activities.filter((a) => a.year === year).length);
      expect(await current.opinions.where('year').equals(year).count()).toBe(expected.opinions.filter((o) => o.year === year).length);
      current.close();
    });
  }

  it('the version 1 fixture holds 批示 without a level and proposals without 批示, as version 1 wrote them', () => {
    const { stored } = LEDGER_AT_VERSION[1]!();
    const instructions = stored.activities.flatMap((a) => (a as { instructions: object[] }).instructions);
    expect(instructions.length).toBeGreaterThan(0);
    expect(instructions.every((i) => !('level' in i))).toBe(true);
    expect(stored.proposals.every((p) => !('instructions' in p))).toBe(true);
    expect(stored.opinions).toBeUndefined();
  });
});
