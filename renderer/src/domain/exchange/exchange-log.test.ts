// Which versions two PCs are known to share, from the exchange log and the other PC's header:
// a package one PC skipped is not shared (a concurrent edit in it is asked about, and the clerk is
// told to send it again), a later whole package covers it, and a package delivered late is no news.
import { describe, expect, it } from 'vitest';
import type { Member } from '../members/member';
import { planImport } from './exchange-merge';
import { recordsLedger } from './exchange-tables';
import { commonVersions, exchangedVersions, exportsNotTaken, lastExchangeWith, seenAllFrom, seenFromForExport, type ExchangeLogEntry } from './exchange-log';
import { versionKey } from './merge-records';

const t = (minute: number) => new Date(Date.UTC(2026, 0, 5, 8, minute)).toISOString();

function member(updatedMinute: number, note: string): Member {
  return {
    id: 'm1', createdAt: t(0), updatedAt: t(updatedMinute), deletedAt: null, name: '张三', gender: '', ethnicity: '', birthMonth: '', sector: '',
    party: '', township: '', workplace: '', role: '委员', term: 9, committees: [], phone: '', status: '在任', statusDate: '', note, isSample: false,
  };
}

let n = 0;
function logged(direction: 'import' | 'export', pc: string, createdMinute: number, since: number | null, versions: Record<string, string>): ExchangeLogEntry {
  return {
    id: `e${++n}`, at: t(createdMinute), operator: '', direction, fileName: `包${createdMinute}.cppcc-exchange`, sourceInstallationId: pc, sourceCommittee: '县政协',
    packageCreatedAt: t(createdMinute), since: since === null ? null : t(since), verdicts: null, records: Object.keys(versions).length, versions,
  };
}

const M1 = versionKey('members', 'm1');

describe('a package the other PC skipped', () => {
  // PC A writes P1 (whole: 张三 as at minute 1), P2 (张三 edited at minute 4) and P3 (only another record).
  const aLog = [
    logged('export', 'pc-a', 2, null, { [M1]: t(1) }),
    logged('export', 'pc-a', 5, 2, { [M1]: t(4) }),
    logged('export', 'pc-a', 8, 5, { [versionKey('members', 'm2')]: t(7) }),
  ];
  // PC B took P1 and P3, never P2; its next package's header says so.
  const bLog = [logged('import', 'pc-a', 2, null, { [M1]: t(1) }), logged('import', 'pc-a', 8, 5, { [versionKey('members', 'm2')]: t(7) })];

  it('is left out of the header of the PC that skipped it', () => {
    expect(seenFromForExport(bLog)).toEqual({ 'pc-a': [t(2), t(8)] });
  });

  it('does not count as shared: an edit in it that meets the other PC\'s edit is asked about', () => {
    const theyTook = seenFromForExport(bLog)['pc-a'];
    const versions = commonVersions(aLog, 'pc-b', theyTook);
    expect(versions.get(M1)).toBe(Date.parse(t(1)));
    // A holds its minute-4 edit; B, never having seen it, edited the minute-1 version at minute 9.
    const local = recordsLedger({ members: [member(4, 'A 改的')] }, []);
    const incoming = recordsLedger({ members: [member(9, 'B 改的')] }, []);
    const plan = planImport(local, incoming, null, t(8), versions);
    expect(plan.changes.map((c) => c.verdict)).toEqual(['conflict']);
  });

  it('is named so the clerk can send it again', () => {
    expect(exportsNotTaken(aLog, seenFromForExport(bLog)['pc-a']).map((e) => e.packageCreatedAt)).toEqual([t(5)]);
  });

  it('is covered by a later whole package the other PC took: shared through it, and not named', () => {
    const whole = logged('export', 'pc-a', 10, null, { [M1]: t(4), [versionKey('members', 'm2')]: t(7) });
    const took = seenFromForExport([...bLog, logged('import', 'pc-a', 10, null, whole.versions!)])['pc-a'];
    expect(took).toEqual([t(10)]);
    expect(exportsNotTaken([...aLog, whole], took)).toEqual([]);
    expect(commonVersions([...aLog, whole], 'pc-b', took).get(M1)).toBe(Date.parse(t(4)));
  });

  it('is covered by a later package written from no later a start', () => {
    const again = logged('export', 'pc-a', 10, 2, { [M1]: t(4), [versionKey('members', 'm2')]: t(7) });
    expect(exportsNotTaken([...aLog, again], [t(2), t(8), t(10)])).toEqual([]);
  });

  it('names nothing when the other PC has taken none of this PC\'s packages', () => {
    expect(exportsNotTaken(aLog, undefined)).toEqual([]);
    expect(exportsNotTaken(aLog, [])).toEqual([]);
  });
});

describe('the versions that went between two PCs, for an older release\'s package', () => {
  it('are those taken from that PC and those this PC sent in any package, not those taken from another PC', () => {
    const log = [
      logged('import', 'pc-old', 2, null, { [M1]: t(1) }),
      logged('export', 'pc-here', 3, null, { [M1]: t(3) }),
      logged('import', 'pc-other', 4, null, { [M1]: t(4) }),
    ];
    expect(exchangedVersions(log, 'pc-old').get(M1)).toEqual(new Set([Date.parse(t(1)), Date.parse(t(3))]));
  });
});

describe('until when this PC holds all of another PC\'s edits', () => {
  it('runs from a whole package through each taken package that starts no later than the one before was written', () => {
    const run = [logged('import', 'pc-a', 2, null, {}), logged('import', 'pc-a', 5, 2, {}), logged('import', 'pc-a', 8, 4, {})];
    expect(seenAllFrom(run, 'pc-a')).toBe(t(8));
    expect(seenAllFrom(run, 'pc-b')).toBeNull();
  });

  it('stops at a skipped package, and starts again at a later whole one', () => {
    const gap = [logged('import', 'pc-a', 2, null, {}), logged('import', 'pc-a', 8, 5, {})];
    expect(seenAllFrom(gap, 'pc-a')).toBe(t(2));
    expect(lastExchangeWith(gap, 'pc-a')).toBe(t(8));
    expect(seenAllFrom([logged('import', 'pc-a', 8, 5, {})], 'pc-a')).toBeNull();
    expect(seenAllFrom([...gap, logged('import', 'pc-a', 9, null, {})], 'pc-a')).toBe(t(9));
  });

  it('asks about a record the skipped package alone carried, when this PC edited it too', () => {
    // B took only A's package of minute 8 (from minute 5 on): A's whole package of minute 2, with
    // 张三 as A edited it at minute 1, never came. Now A's next whole package brings that version.
    const bLog = [logged('import', 'pc-a', 8, 5, { [versionKey('members', 'm2')]: t(7) })];
    const local = recordsLedger({ members: [member(9, 'B 改的')] }, []);
    const incoming = recordsLedger({ members: [member(1, 'A 改的')] }, []);
    const plan = planImport(local, incoming, seenAllFrom(bLog, 'pc-a'), null, commonVersions(bLog, 'pc-a', undefined));
    expect(plan.changes.map((c) => c.verdict)).toEqual(['conflict']);
  });
});

describe('a package delivered late', () => {
  it('holding a version older than one both PCs share, is no news and asks nothing', () => {
    // A took B's package of minute 6 (张三 at minute 5), then the older one of minute 3 arrives
    // (张三 at minute 2); A has edited 张三 since.
    const aLog = [logged('import', 'pc-b', 6, 3, { [M1]: t(5) })];
    const versions = commonVersions(aLog, 'pc-b', undefined);
    const local = recordsLedger({ members: [member(7, 'A 后来改的')] }, []);
    const late = recordsLedger({ members: [member(2, 'B 早先的')] }, []);
    const plan = planImport(local, late, t(6), null, versions);
    expect(plan.changes.map((c) => [c.verdict, c.winnerSide])).toEqual([['older', 'local']]);
  });
});
