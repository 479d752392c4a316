// Exchange packages between two ledgers (two PCs): export, preview, import in one transaction.
// Every refusal leaves every table byte for byte as it was (a canonical dump hashed before and
// after); the same package twice merges to no change; edits on both sides converge.
import { describe, expect, it } from 'vitest';
import type { LedgerRepositories } from './ledger-repositories';
import { openTestLedger, storesHash } from './test-support';
import { SAMPLE_TOWNSHIPS } from '../domain/sample/sample-places';
import { canonicalJson } from '../domain/exchange/canonical-json';
import { parseExchangePackage } from '../domain/exchange/exchange-parse';
import { badPackageCases, editPackage } from '../domain/exchange/exchange-fixtures';
import { RECORD_TABLES } from '../domain/exchange/exchange-tables';
import { exportPackage, fullLedger, importPackage, tick } from './exchange-test-support';

const contentHash = storesHash;

/** The records both PCs must agree on (not settings, not the history, not the log): id → canonical text. */
async function recordsDump(repos: LedgerRepositories, tables: readonly string[] = RECORD_TABLES): Promise<Map<string, string>> {
  const dump = new Map<string, string>();
  for (const table of tables) {
    for (const row of (await repos.db.table(table).toArray()) as { id: string }[]) dump.set(`${table}/${row.id}`, canonicalJson(row));
  }
  return dump;
}

/** The keys of the records that differ between the two PCs (empty: the same ledger). */
async function differences(a: LedgerRepositories, b: LedgerRepositories, tables: readonly string[] = RECORD_TABLES): Promise<string[]> {
  const [da, db] = [await recordsDump(a, tables), await recordsDump(b, tables)];
  return [...new Set([...da.keys(), ...db.keys()])].filter((k) => da.get(k) !== db.get(k)).sort();
}

/**
 * Both PCs hold the same records. Each kept the default dictionary it was set up with (an incoming
 * entry of a name it already has is not taken twice), so dictionaries are compared by kind and name.
 */
async function expectSameLedgers(a: LedgerRepositories, b: LedgerRepositories): Promise<void> {
  expect(await differences(a, b, RECORD_TABLES.filter((t) => t !== 'dictionary'))).toEqual([]);
  const names = async (r: LedgerRepositories) => (await r.db.dictionary.toArray()).map((e) => `${e.kind}/${e.name}/${e.deletedAt === null}`).sort();
  expect(await names(a)).toEqual(await names(b));
}

async function twoPcs() {
  const a = await openTestLedger();
  await a.backup.replaceWholeLedger(fullLedger());
  // The office's second PC, set up with the same 乡镇 as the first.
  const b = await openTestLedger({ townships: SAMPLE_TOWNSHIPS });
  const first = await importPackage(b, await exportPackage(a, 'pc-a', null), 'pc-b');
  if (!first.ok) throw new Error(first.message);
  return { a, b, first };
}

describe('exchanging packages between two PCs', () => {
  it('brings a first-run PC the whole ledger, without doubling its own default dictionary', async () => {
    const { a, b, first } = await twoPcs();
    expect(first.plan.totals.new).toBeGreaterThan(40);
    expect(first.plan.totals.unchanged).toBeGreaterThan(0);
    const names = async (r: LedgerRepositories) => (await r.db.dictionary.toArray()).map((e) => `${e.kind}/${e.name}`);
    const bNames = await names(b);
    expect(new Set(bNames).size).toBe(bNames.length);
    expect(await differences(a, b, RECORD_TABLES.filter((t) => t !== 'dictionary'))).toEqual([]);
    expect((await b.db.attachments.toArray())[0]!.data).toEqual((await a.db.attachments.toArray())[0]!.data);
    expect(await b.db.history.count()).toBeGreaterThanOrEqual(1);
    const log = await b.exchange.listExchangeLog();
    expect(log.map((e) => [e.direction, e.sourceInstallationId, e.verdicts?.new])).toEqual([['import', 'pc-a', first.plan.totals.new]]);
  });

  it('takes a package twice as once: the second import is all unchanged and changes no record', async () => {
    const a = await openTestLedger();
    await a.backup.replaceWholeLedger(fullLedger());
    const b = await openTestLedger();
    const text = await exportPackage(a, 'pc-a', null);
    await importPackage(b, text, 'pc-b');
    const before = await contentHash(b, ['exchangeLog']);
    const again = await importPackage(b, text, 'pc-b');
    expect(again.ok && again.plan.totals).toMatchObject({ new: 0, updated: 0, conflict: 0, older: 0 });
    expect(again.ok && again.outcome).toEqual({ written: 0, historyAdded: 0 });
    expect(await contentHash(b, ['exchangeLog'])).toBe(before);
    expect(await b.db.exchangeLog.count()).toBe(2);
  });

  it('ends with the same records on both PCs after edits on each, one record edited on both, exchanged both ways', async () => {
    const { a, b } = await twoPcs();
    const since = new Date().toISOString();
    await tick();
    const [m0, m1, m2] = (await a.db.members.toArray()).sort((x, y) => (x.id < y.id ? -1 : 1));
    await a.members.updateMember(m0!.id, { ...m0, note: 'A 改的' });
    await b.members.updateMember(m1!.id, { ...m1, note: 'B 改的' });
    await a.members.updateMember(m2!.id, { ...m2, workplace: 'A 的单位' });
    await tick();
    await b.members.updateMember(m2!.id, { ...m2, workplace: 'B 的单位' });
    const other = (await b.db.members.toArray()).find((m) => ![m0!.id, m1!.id, m2!.id].includes(m.id))!;
    await b.members.deleteMember(other.id);

    const toB = await importPackage(b, await exportPackage(a, 'pc-a', since), 'pc-b');
    if (!toB.ok) throw new Error(toB.message);
    const conflict = toB.plan.changes.find((c) => c.verdict === 'conflict')!;
    expect(conflict.incoming.id).toBe(m2!.id);
    // B's edit is the later one and is kept by default; A's page will take it when B's package comes.
    const toA = await importPackage(a, await exportPackage(b, 'pc-b', since), 'pc-a');
    if (!toA.ok) throw new Error(toA.message);
    // B had taken A's package and settled the conflict: A is not asked again, nor about what only one side changed.
    expect(toA.plan.totals.conflict).toBe(0);
    await expectSameLedgers(a, b);
    expect((await a.members.getMember(m2!.id))!.workplace).toBe('B 的单位');
    expect((await a.members.getMember(m0!.id))!.note).toBe('A 改的');
    expect((await a.members.getMember(m1!.id))!.note).toBe('B 改的');
  });

  it('keeps the version the user picks in a conflict, and that choice then wins on the other PC', async () => {
    const { a, b } = await twoPcs();
    // B must have taken something from A before, so that edits after it are both "since the last exchange".
    const since = new Date().toISOString();
    await tick();
    const m = (await a.db.members.toArray())[3]!;
    await b.members.updateMember(m.id, { ...m, phone: '13900000001' });
    await tick();
    await a.members.updateMember(m.id, { ...m, phone: '13900000002' });
    const toB = await importPackage(b, await exportPackage(a, 'pc-a', since), 'pc-b', () => 'local');
    expect(toB.ok && toB.plan.totals.conflict).toBe(1);
    expect((await b.members.getMember(m.id))!.phone).toBe('13900000001');
    const toA = await importPackage(a, await exportPackage(b, 'pc-b', since), 'pc-a');
    if (!toA.ok) throw new Error(toA.message);
    expect((await a.members.getMember(m.id))!.phone).toBe('13900000001');
    await expectSameLedgers(a, b);
  });

  it('asks about an edit in a package the other PC skipped, and names that package to send again', async () => {
    const { a, b } = await twoPcs();
    const [m, n] = (await a.db.members.toArray()).sort((x, y) => (x.id < y.id ? -1 : 1));
    await tick();
    await a.members.updateMember(m!.id, { ...m, note: 'A 在漏收的包里改的' });
    await tick();
    // Written, but never taken by B.
    const skipped = await parseExchangePackage(await exportPackage(a, 'pc-a', await a.exchange.lastExportAt()));
    if (!skipped.ok) throw new Error(skipped.message);
    await tick();
    await a.members.updateMember(n!.id, { ...n, note: '另一条' });
    await tick();
    const taken = await importPackage(b, await exportPackage(a, 'pc-a', await a.exchange.lastExportAt()), 'pc-b');
    expect(taken.ok && taken.plan.totals.conflict).toBe(0);
    // B never saw A's edit of this member, and edits it too.
    await b.members.updateMember(m!.id, { ...m, note: 'B 改的' });
    const back = await parseExchangePackage(await exportPackage(b, 'pc-b', null));
    if (!back.ok) throw new Error(back.message);
    expect(back.pkg.header.seenFrom?.['pc-a']).toHaveLength(2);
    const preview = await a.exchange.previewExchangeImport(back.pkg, 'pc-a');
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.preview.plan.changes.filter((c) => c.verdict === 'conflict').map((c) => c.incoming.id)).toEqual([m!.id]);
    expect(preview.preview.notTaken).toEqual([{ fileName: 'x.cppcc-exchange', packageCreatedAt: skipped.pkg.header.createdAt }]);
  });

  it('imports a package whose records point at records only the receiving ledger holds', async () => {
    const { a, b } = await twoPcs();
    const since = new Date().toISOString();
    await tick();
    const activity = (await a.db.activities.toArray())[0]!;
    await a.db.activities.put({ ...activity, summary: '只改了摘要', updatedAt: new Date().toISOString() });
    const text = await exportPackage(a, 'pc-a', since);
    const doc = JSON.parse(text) as { tables: Record<string, unknown[]> };
    expect(doc.tables.members).toEqual([]);
    expect(doc.tables.activities).toHaveLength(1);
    const historyBefore = await b.db.history.count();
    const result = await importPackage(b, text, 'pc-b');
    expect(result.ok).toBe(true);
    expect((await b.db.activities.get(activity.id))!.summary).toBe('只改了摘要');
    // A's history entry of that edit came with it; the import itself wrote none per record (markQuiet).
    expect(result.ok && result.outcome).toEqual({ written: 1, historyAdded: 1 });
    expect(await b.db.history.count()).toBe(historyBefore + 1);
    expect((await b.history.listRecordHistory('activities', activity.id))[0]!.changes.map((c) => c.after)).toContain('只改了摘要');
  });
});

describe('a package that cannot be imported changes nothing', () => {
  it('refuses every broken package of the corpus with a Chinese message, every table as it was', async () => {
    const { a, b } = await twoPcs();
    const good = await exportPackage(a, 'pc-a', null);
    const before = await contentHash(b);
    const cases = await badPackageCases(good);
    for (const bad of cases) {
      const result = await importPackage(b, bad.text, 'pc-b');
      expect(result.ok, bad.name).toBe(false);
      if (!result.ok) expect(result.message, bad.name).toContain(bad.expected);
    }
    expect(await contentHash(b)).toBe(before);
  });

  it('refuses, on the merged ledger, a record pointing at a member neither side holds', async () => {
    const { a, b } = await twoPcs();
    const good = await exportPackage(a, 'pc-a', null);
    const dangling = await editPackage(good, (d) => {
      ((d.tables.activities![1]!.participants as Record<string, unknown>[])[0]!).memberId = 'no-such-member';
    });
    const before = await contentHash(b);
    const result = await importPackage(b, dangling, 'pc-b');
    expect(result).toEqual({ ok: false, message: '不能导入：交换包中第2条活动记录的第1位参加人员（no-such-member）不在委员记录中' });
    expect(await contentHash(b)).toBe(before);
  });

  it('refuses this PC\'s own package', async () => {
    const { a } = await twoPcs();
    const own = await exportPackage(a, 'pc-a', null);
    const before = await contentHash(a);
    const result = await importPackage(a, own, 'pc-a');
    expect(result).toEqual({ ok: false, message: '这是本机导出的交换包，不需要导入本机' });
    expect(await contentHash(a)).toBe(before);
  });

  it('writes nothing when a record changed on this PC between the preview and the import', async () => {
    const { a, b } = await twoPcs();
    const since = new Date().toISOString();
    await tick();
    const m = (await a.db.members.toArray())[5]!;
    await a.members.updateMember(m.id, { ...m, note: '对方改的' });
    const parsed = await parseExchangePackage(await exportPackage(a, 'pc-a', since));
    if (!parsed.ok) throw new Error(parsed.message);
    const preview = await b.exchange.previewExchangeImport(parsed.pkg, 'pc-b');
    if (!preview.ok) throw new Error(preview.message);
    await b.members.updateMember(m.id, { ...m, note: '预览之后本机改的' });
    const before = await contentHash(b);
    await expect(b.exchange.applyExchangeImport(parsed.pkg, preview.preview, new Map(), 'x')).rejects.toThrow('预览之后本机台账又有改动');
    expect(await contentHash(b)).toBe(before);
  });
});
