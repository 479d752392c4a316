// The recycle bin reads each of its tables through a deletedAt index (which holds exactly the
// deleted records, live ones being null). A table the registry puts in the bin without that index
// would fail only when the bin opens, so this says so at build time instead.
import { describe, expect, it } from 'vitest';
import { BIN_TABLES, LEDGER_TABLE_NAMES } from '../domain/ledger/ledger-tables';
import { SCHEMA_VERSIONS } from './schema-versions';

/** Each store's index list as the newest version declaring it leaves it. */
function latestStores(): Map<string, string | null> {
  const stores = new Map<string, string | null>();
  for (const v of SCHEMA_VERSIONS) for (const [name, spec] of Object.entries(v.stores)) stores.set(name, spec);
  return stores;
}

describe('the recycle bin\'s tables', () => {
  it('each have a deletedAt index in the latest schema', () => {
    const stores = latestStores();
    const missing = BIN_TABLES.filter((t) => !(stores.get(t) ?? '').split(',').map((s) => s.trim()).includes('deletedAt'));
    expect(missing).toEqual([]);
  });

  it('are the soft-deleted tables of the ledger, and only those', () => {
    const stores = latestStores();
    const indexed = LEDGER_TABLE_NAMES.filter((t) => (stores.get(t) ?? '').split(',').map((s) => s.trim()).includes('deletedAt'));
    expect([...BIN_TABLES].sort()).toEqual([...indexed].sort());
  });
});
