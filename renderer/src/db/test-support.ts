// For db tests only: a fresh database per test (fake-indexeddb is installed by the vitest
// setup file), set up with a committee, the default dictionaries and the fixture county's 乡镇.
import { openLedgerRepositories, type LedgerRepositories } from './ledger-repositories';
import { sha256Hex } from '../domain/common/base64';
import { canonicalJson } from '../domain/exchange/canonical-json';
import { FIXTURE_TOWNSHIPS } from '../domain/report/report-fixtures';
import { emptyMemberFields } from '../domain/members/member';

let counter = 0;

/** `townships`: the 乡镇 given at setup (the report fixture's county unless said). */
export async function openTestLedger(options: { setUp?: boolean; townships?: readonly string[] } = {}): Promise<LedgerRepositories> {
  counter++;
  const repos = openLedgerRepositories(`test-ledger-${counter}-${Math.random().toString(36).slice(2)}`);
  if (options.setUp ?? true) {
    const saved = await repos.settings.saveCommitteeSettings({
      name: '罗城仫佬族自治县政协', shortName: '县政协', level: '县', term: 9,
      sessions: [{ number: 1, date: '2022-01-08' }], operator: '韦小宝',
    }, options.townships ?? FIXTURE_TOWNSHIPS);
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  }
  return repos;
}

/** Every store of the database (but those left out), rows sorted by id, as one hash: what a refused file must leave equal. */
export async function storesHash(repos: LedgerRepositories, leaveOut: readonly string[] = []): Promise<string> {
  const dump: Record<string, string> = {};
  for (const table of repos.db.tables) {
    if (leaveOut.includes(table.name)) continue;
    const rows = (await table.toArray()) as { id: string }[];
    dump[table.name] = canonicalJson(rows.sort((a, b) => (a.id < b.id ? -1 : 1)));
  }
  return sha256Hex(canonicalJson(dump));
}

/** Adds members of the current 届 by name only; their ids in the same order. */
export async function addTestMembers(repos: LedgerRepositories, names: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) {
    const r = await repos.members.createMember({ ...emptyMemberFields(9), name });
    if (!r.ok) throw new Error(`member ${name}: ${JSON.stringify(r.errors)}`);
    ids.push(r.value.id);
  }
  return ids;
}
