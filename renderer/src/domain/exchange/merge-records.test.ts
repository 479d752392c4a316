import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyIncoming, compareVersions, mergeRecordSets } from './merge-records';
import { canonicalJson } from './canonical-json';
import type { BaseRecord } from '../common/record';

interface Note extends BaseRecord {
  title: string;
}

const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 0, minute)).toISOString();
const note = (id: string, minute: number, title: string, deleted = false): Note => ({
  id, createdAt: at(0), updatedAt: at(minute), deletedAt: deleted ? at(minute) : null, title,
});

describe('the merge rule', () => {
  it('keeps the later edit, whichever side it is on', () => {
    const local = [note('a', 5, '本机改过'), note('b', 1, '原样')];
    const incoming = [note('a', 3, '对方旧的'), note('b', 9, '对方新的')];
    expect(mergeRecordSets(local, incoming).map((r) => r.title)).toEqual(['本机改过', '对方新的']);
  });

  it('carries a deletion as a tombstone that wins when it is later', () => {
    const merged = mergeRecordSets([note('a', 2, '标题')], [note('a', 4, '标题', true)]);
    expect(merged[0]!.deletedAt).toBe(at(4));
  });

  it('breaks a tie of the same instant the same way on both PCs', () => {
    const x = note('a', 7, '甲');
    const y = note('a', 7, '乙');
    expect(mergeRecordSets([x], [y])).toEqual(mergeRecordSets([y], [x]));
    expect(Math.sign(compareVersions(x, y))).toBe(-Math.sign(compareVersions(y, x)));
  });

  it('writes canonical text independent of key order and with bytes as base64', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
    expect(canonicalJson({ data: new Uint8Array([1, 2, 3]) })).toBe('{"data":{"$bytes":"AQID"}}');
  });
});

describe('what an import would do', () => {
  const last = at(10);
  it('sorts incoming records into new, updated, older, unchanged and conflicting', () => {
    const local = [note('same', 4, '一样'), note('theirs', 4, '旧'), note('mine', 12, '本机新'), note('both', 12, '本机')];
    const incoming = [note('new', 11, '新来的'), note('same', 4, '一样'), note('theirs', 13, '对方新'), note('mine', 5, '对方旧'), note('both', 14, '对方')];
    const verdicts = Object.fromEntries(classifyIncoming(local, incoming, last).map((c) => [c.incoming.id, [c.verdict, c.winner.title]]));
    expect(verdicts).toEqual({
      new: ['new', '新来的'],
      same: ['unchanged', '一样'],
      theirs: ['updated', '对方新'],
      mine: ['older', '本机新'],
      both: ['conflict', '对方'],
    });
  });

  it('shows a conflict on the first exchange too: nothing says either PC saw the other version', () => {
    const changes = classifyIncoming([note('a', 12, '本机')], [note('a', 14, '对方')], null);
    expect(changes.map((c) => [c.verdict, c.winnerSide])).toEqual([['conflict', 'incoming']]);
  });

  it('takes two PCs\' edits stamped at the same millisecond for two versions: asked about, and settled the same way on both', () => {
    const here = note('a', 12, '本机改的');
    const there = note('a', 12, '对方改的');
    const shared = { common: () => Date.parse(at(10)) };
    const onHere = classifyIncoming([here], [there], last, null, shared)[0]!;
    const onThere = classifyIncoming([there], [here], last, null, shared)[0]!;
    expect([onHere.verdict, onThere.verdict]).toEqual(['conflict', 'conflict']);
    // The default on each PC is the same version (ties broken by the text), so both converge.
    expect(onHere.winner).toEqual(onThere.winner);
    expect(classifyIncoming([here], [there], null)[0]!.verdict).toBe('conflict');
  });

  it('asks about an older release\'s version stamped before this PC\'s but never exchanged: its clock may have been set back', () => {
    // Shared at minute 8 (this PC took it from the old PC); the old PC's clock was then set back,
    // and its edit is stamped minute 6. This PC has not changed the record since.
    const local = [note('a', 8, '共同的版本')];
    const edited = [note('a', 6, '老电脑改的')];
    const versions = (exchanged: number[]) => ({ common: () => Date.parse(at(8)), exchanged: (_id: string, stamp: number) => exchanged.map((m) => Date.parse(at(m))).includes(stamp) });
    expect(classifyIncoming(local, edited, last, null, versions([8]), true)[0]).toMatchObject({ verdict: 'conflict', winnerSide: 'local' });
    // A version that went between them before (one this PC sent or took) is no news.
    expect(classifyIncoming(local, edited, last, null, versions([6, 8]), true)[0]!.verdict).toBe('older');
    // From a PC on this release, stamps come from the ledger clock, which is never set back: the rule decides.
    expect(classifyIncoming(local, edited, last, null, versions([8]), false)[0]!.verdict).toBe('older');
  });

  it('compares stamps as instants: 14:30+08:00 is before 07:00Z', () => {
    const local = { ...note('a', 12, '本机'), updatedAt: '2025-03-05T07:00:00.000Z' };
    const incoming = { ...note('a', 12, '对方'), updatedAt: '2025-03-05T14:30:00.000+08:00' };
    expect(classifyIncoming([local], [incoming], '2025-03-01T00:00:00.000Z')[0]).toMatchObject({ verdict: 'conflict', winnerSide: 'local' });
    expect(classifyIncoming([local], [incoming], '2025-03-05T06:45:00.000Z')[0]).toMatchObject({ verdict: 'older', winnerSide: 'local' });
  });

  it('asks about a record the other PC took from a third PC after this PC last heard from it, though the third PC stamped it long before', () => {
    // Neither PC ever sent the other this record; this PC edited it at minute 12, the other's version
    // is a third PC's, stamped at minute 5 by a slow clock and taken there at minute 15 (its clock).
    const local = [note('a', 12, '本机改的')];
    const incoming = [note('a', 5, '第三台电脑改的')];
    const none = { common: () => undefined };
    expect(classifyIncoming(local, incoming, last, null, none)[0]!.verdict).toBe('older');
    expect(classifyIncoming(local, incoming, last, null, { ...none, arrived: () => at(15) })[0]).toMatchObject({ verdict: 'conflict', winnerSide: 'local' });
    // Taken there before this PC last heard from it: this PC holds it already.
    expect(classifyIncoming(local, incoming, last, null, { ...none, arrived: () => at(8) })[0]!.verdict).toBe('older');
  });
});

// Random edit histories: both PCs start from the same records and each edits, deletes and
// creates some, with timestamps that may collide.
const ids = ['r1', 'r2', 'r3', 'r4', 'r5'];
const editArb = fc.record({
  id: fc.constantFrom(...ids, 'n1', 'n2'),
  minute: fc.integer({ min: 1, max: 6 }),
  title: fc.constantFrom('甲', '乙', '丙', ''),
  deleted: fc.boolean(),
});
const historyArb = fc.array(editArb, { maxLength: 12 });

function applyEdits(base: Note[], edits: { id: string; minute: number; title: string; deleted: boolean }[]): Note[] {
  const byId = new Map(base.map((r) => [r.id, r]));
  for (const e of edits) byId.set(e.id, note(e.id, e.minute, e.title, e.deleted));
  return [...byId.values()];
}

describe('merge properties on random edit histories', () => {
  const base = ids.map((id) => note(id, 0, '原始'));
  it('is commutative: A+B = B+A', () => {
    fc.assert(fc.property(historyArb, historyArb, (ea, eb) => {
      const a = applyEdits(base, ea);
      const b = applyEdits(base, eb);
      expect(mergeRecordSets(a, b)).toEqual(mergeRecordSets(b, a));
    }));
  });
  it('is idempotent: A+A = A, and importing the same package twice changes nothing', () => {
    fc.assert(fc.property(historyArb, historyArb, (ea, eb) => {
      const a = mergeRecordSets(applyEdits(base, ea), []);
      expect(mergeRecordSets(a, a)).toEqual(a);
      const once = mergeRecordSets(a, applyEdits(base, eb));
      expect(mergeRecordSets(once, applyEdits(base, eb))).toEqual(once);
    }));
  });
  it('is associative, so three PCs end equal whatever the order of exchanges', () => {
    fc.assert(fc.property(historyArb, historyArb, historyArb, (ea, eb, ec) => {
      const [a, b, c] = [applyEdits(base, ea), applyEdits(base, eb), applyEdits(base, ec)];
      expect(mergeRecordSets(mergeRecordSets(a, b), c)).toEqual(mergeRecordSets(a, mergeRecordSets(b, c)));
    }));
  });
  it('keeps, for every id, the version the classification calls the winner', () => {
    fc.assert(fc.property(historyArb, historyArb, (ea, eb) => {
      const local = applyEdits(base, ea);
      const incoming = applyEdits(base, eb);
      const merged = new Map(mergeRecordSets(local, incoming).map((r) => [r.id, r]));
      for (const change of classifyIncoming(local, incoming, at(3))) expect(merged.get(change.incoming.id)).toEqual(change.winner);
    }));
  });
});
