// Opens a database created by every earlier schema version with the newest code and checks
// that every record is still there. If this fails after you added a version: your upgrade lost
// or changed records — fix the upgrade, never the fixture of a released version.
import { describe, expect, it } from 'vitest';
import { LedgerDatabase } from './database';
import { SCHEMA_VERSIONS, LATEST_SCHEMA_VERSION } from './schema-versions';
import { LEDGER_AT_VERSION } from './migration-fixtures';
import { readWholeLedger } from './backup-repo';

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
      const ledger = LEDGER_AT_VERSION[v.version]!();
      await old.transaction('rw', old.ledgerTables, async () => {
        if (ledger.settings) await old.settings.put(ledger.settings);
        await old.dictionary.bulkAdd(ledger.dictionary);
        await old.members.bulkAdd(ledger.members);
        await old.activities.bulkAdd(ledger.activities);
        await old.proposals.bulkAdd(ledger.proposals);
      });
      old.close();

      const current = new LedgerDatabase(name);
      await current.open();
      expect(current.verno).toBe(LATEST_SCHEMA_VERSION);
      const after = await readWholeLedger(current);
      expect(after.members.map((m) => m.id).sort()).toEqual(ledger.members.map((m) => m.id).sort());
      expect(after.activities).toHaveLength(ledger.activities.length);
      expect(after.activities.flatMap((a) => a.participants)).toHaveLength(ledger.activities.flatMap((a) => a.participants).length);
      expect(after.dictionary).toHaveLength(ledger.dictionary.length);
      const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((x, y) => x.id.localeCompare(y.id));
      expect(byId(after.proposals)).toEqual(byId(ledger.proposals));
      expect(after.settings?.committee).toEqual(ledger.settings?.committee);
      const year = ledger.activities[0]!.year;
      expect(await current.activities.where('year').equals(year).count()).toBe(ledger.activities.filter((a) => a.year === year).length);
      current.close();
    });
  }
});
