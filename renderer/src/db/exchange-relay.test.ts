// Packages between three PCs: what one PC took from another goes on in its next package "since
// its last export", whatever the first PC's clock stamped it. A county office whose laptops only
// ever exchange with the main PC relies on this: the main PC passes each laptop's edits on.
import { describe, expect, it } from 'vitest';
import { openTestLedger } from './test-support';
import { SAMPLE_TOWNSHIPS } from '../domain/sample/sample-places';
import { parseExchangePackage } from '../domain/exchange/exchange-parse';
import { exportPackage, fullLedger, importPackage, tick } from './exchange-test-support';

async function threePcs() {
  const a = await openTestLedger();
  await a.backup.replaceWholeLedger(fullLedger());
  const b = await openTestLedger({ townships: SAMPLE_TOWNSHIPS });
  const c = await openTestLedger({ townships: SAMPLE_TOWNSHIPS });
  const whole = await exportPackage(a, 'pc-a', null);
  for (const [pc, id] of [[b, 'pc-b'], [c, 'pc-c']] as const) {
    const taken = await importPackage(pc, whole, id);
    if (!taken.ok) throw new Error(taken.message);
  }
  return { a, b, c };
}

describe('a package since the last export', () => {
  it('passes on an edit this PC took from a third PC after that export, though the third PC stamped it before', async () => {
    const { a, b, c } = await threePcs();
    const m = (await c.db.members.toArray()).sort((x, y) => (x.id < y.id ? -1 : 1))[0]!;
    // C edits before B's last export to A, but its package reaches B only after it.
    await c.members.updateMember(m.id, { ...m, note: 'C 改的' });
    await tick();
    const toA = await importPackage(a, await exportPackage(b, 'pc-b', null), 'pc-a');
    expect(toA.ok).toBe(true);
    await tick();
    const fromC = await importPackage(b, await exportPackage(c, 'pc-c', null), 'pc-b');
    // B and C never exchanged before: the one record they hold in different versions is asked about; the later edit, C's, is kept.
    expect(fromC.ok && fromC.plan.totals).toMatchObject({ updated: 0, conflict: 1 });
    expect((await b.members.getMember(m.id))!.note).toBe('C 改的');

    const text = await exportPackage(b, 'pc-b', await b.exchange.lastExportAt());
    const parsed = await parseExchangePackage(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.pkg.records.members.map((x) => x.id)).toEqual([m.id]);
    // The header says when it reached B, later than C stamped it.
    expect(Date.parse(parsed.pkg.header.arrivedAt![`members/${m.id}`]!)).toBeGreaterThan(Date.parse(parsed.pkg.records.members[0]!.updatedAt));
    const relayed = await importPackage(a, text, 'pc-a');
    expect(relayed.ok && relayed.plan.totals).toMatchObject({ updated: 1, conflict: 0 });
    expect((await a.members.getMember(m.id))!.note).toBe('C 改的');
  });

  it('leaves out what reached this PC before that export', async () => {
    const { b, c } = await threePcs();
    const m = (await c.db.members.toArray())[0]!;
    await c.members.updateMember(m.id, { ...m, note: 'C 改的' });
    await importPackage(b, await exportPackage(c, 'pc-c', null), 'pc-b');
    await tick();
    await exportPackage(b, 'pc-b', null);
    await tick();
    const parsed = await parseExchangePackage(await exportPackage(b, 'pc-b', await b.exchange.lastExportAt()));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.pkg.records.members).toEqual([]);
    expect(parsed.pkg.header.arrivedAt).toBeUndefined();
  });
});
