// Property tests of what an import asks, between PCs whose clocks disagree by up to ten years:
// each PC edits members, adds and takes off 批示 and attendance rows, stamping with its own ledger
// clock, and writes packages — whole, or what changed since its last one — that reach the others
// through the real path, late, out of order, or never: the package written and read by the real
// format (its header saying which packages the writer had taken), the plan made with what this PC
// took before (the exchange log's per-record versions), and the default choices written. The
// simulation knows which edits each PC's version of a record holds and which that PC has seen (an
// edit passed over in a conflict is seen, not held), so it knows when two versions are concurrent
// (each holds an edit the other PC has not seen). Held: a concurrent edit a person would see
// is always asked about (never settled out of sight), also when a package in between was skipped;
// between two PCs nothing else is asked about a record they are known to share a version of; rows
// inside a record are never a question, rows added anywhere are all kept and rows taken off stay
// off; and after exchanging both ways every PC holds the same records.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LedgerClock } from '../common/ledger-clock';
import { newRow, takeOffRow } from '../common/row-stamps';
import type { Ledger, LedgerArrays } from '../ledger/ledger';
import type { LedgerRows } from '../ledger/ledger-tables';
import { putRows } from '../ledger/ledger-arrays';
import type { Activity } from '../activities/activity';
import type { Member } from '../members/member';
import { withDerivedFields } from '../activities/activity';
import { canonicalJson } from './canonical-json';
import { arrivedAtOf, changedSince, serializeExchangePackage } from './exchange-format';
import { parseExchangePackage } from './exchange-parse';
import { conflictFields, mergeHistory, planImport, rowsToWrite } from './exchange-merge';
import { emptyRecords, RECORD_TABLES, recordsLedger, rowsOf, type RecordTable } from './exchange-tables';
import { arrivals, commonVersions, lastExport, seenAllFrom, packageVersions, seenFromForExport, type ExchangeLogEntry } from './exchange-log';
import { clockOffsetsArb, STEP_MS } from './clock-offsets-arb';
import { versionKey } from './merge-records';
import type { ExchangePackage } from './exchange-parse';
import type { BaseRecord } from '../common/record';
import { mergeRecords } from './exchange-merge';

const START = Date.parse('2026-01-05T08:00:00.000Z');
const BASE_AT = '2025-12-01T00:00:00.000Z';
const MEMBERS = ['m1', 'm2', 'm3'];

function member(id: string): Member {
  return {
    id, createdAt: BASE_AT, updatedAt: BASE_AT, deletedAt: null, name: `委员${id}`, gender: '', ethnicity: '', birthMonth: '', sector: '',
    party: '', township: '', workplace: '', role: '委员', term: 9, committees: [], phone: '', status: '在任', statusDate: '', note: '', isSample: false,
  };
}

const activity = (): Activity => withDerivedFields({
  id: 'a1', createdAt: BASE_AT, updatedAt: BASE_AT, deletedAt: null, title: '视察', type: '视察', startDate: '2025-12-01', endDate: '2025-12-01',
  participants: [], location: '', organizer: '', organizerKind: '', leaders: '', topic: '', summary: '',
  outcomes: { reports: [], suggestions: 0, adopted: 0, sentTo: [] }, instructions: [], followUp: '无需跟踪', isSample: false,
});

type Op =
  | { kind: 'note'; pc: number; member: number; text: string }
  | { kind: 'delete'; pc: number; member: number }
  | { kind: 'attend'; pc: number; member: number }
  | { kind: 'instruct'; pc: number }
  | { kind: 'takeOff'; pc: number }
  // A package written and kept (on a USB stick) for whoever takes it later, or never.
  | { kind: 'export'; pc: number; whole: boolean }
  // One of `from`'s packages `to` has not taken, any of them: packages arrive out of order.
  | { kind: 'deliver'; from: number; to: number; pick: number }
  // A package written and taken at once, the usual way.
  | { kind: 'exchange'; from: number; to: number; whole: boolean };

const opArb = (pcs: number): fc.Arbitrary<Op> => {
  const pc = fc.integer({ min: 0, max: pcs - 1 });
  return fc.oneof(
    fc.record({ kind: fc.constant('note' as const), pc, member: fc.integer({ min: 0, max: 2 }), text: fc.constantFrom('甲', '乙', '丙') }),
    fc.record({ kind: fc.constant('delete' as const), pc, member: fc.integer({ min: 0, max: 2 }) }),
    fc.record({ kind: fc.constant('attend' as const), pc, member: fc.integer({ min: 0, max: 2 }) }),
    fc.record({ kind: fc.constant('instruct' as const), pc }),
    fc.record({ kind: fc.constant('takeOff' as const), pc }),
    fc.record({ kind: fc.constant('export' as const), pc, whole: fc.boolean() }),
    fc.record({ kind: fc.constant('deliver' as const), from: pc, to: pc, pick: fc.nat() }),
    fc.record({ kind: fc.constant('exchange' as const), from: pc, to: pc, whole: fc.boolean() }),
  );
};

/** Per member: the edits a PC's version holds, and those the PC has seen (held, or passed over in a conflict). */
interface Edits {
  held: Set<number>;
  seen: Set<number>;
}

const copyEdits = (e: Edits): Edits => ({ held: new Set(e.held), seen: new Set(e.seen) });

/** A package on its way: what it holds, and which edits its members' versions held and had seen when written. */
interface Sent {
  pkg: ExchangePackage;
  edits: Map<string, Edits>;
}

interface Pc {
  id: string;
  offset: number;
  clock: LedgerClock;
  ledger: Ledger;
  log: ExchangeLogEntry[];
  /** Which edits this PC's version of each member holds and has seen (the simulation's truth, not the program's). */
  edits: Map<string, Edits>;
  /** The packages this PC wrote, and the `createdAt` of each package of others it took. */
  outbox: Sent[];
  took: Set<string>;
}

let editCounter = 0;
let rowCounter = 0;

function importInto(to: Pc, sent: Sent, now: number, twoPcs: boolean): void {
  const { header, records: pkgRecords } = sent.pkg;
  const theyTook = header.seenFrom?.[to.id];
  const versions = commonVersions(to.log, header.installationId, theyTook);
  const lastSeen = seenAllFrom(to.log, header.installationId);
  const plan = planImport(to.ledger, pkgRecords, lastSeen, lastExport(to.log), versions, false, header.arrivedAt);
  for (const c of plan.changes) {
    if (c.table !== 'members' || !c.local) continue;
    const [mine, theirs] = [to.edits.get(c.local.id)!, sent.edits.get(c.local.id)!];
    const concurrent = [...mine.held].some((e) => !theirs.seen.has(e)) && [...theirs.held].some((e) => !mine.seen.has(e));
    // A concurrent edit a person would see is asked about, never settled out of sight.
    if (concurrent && conflictFields(c.local, c.incoming).length > 0) expect(c.verdict).toBe('conflict');
    // Between two PCs, nothing else is asked about a record they are known to share a version of.
    // (Of one no package carried between them — a first exchange, or one whose package was
    // skipped — neither can tell who changed it: asking is right.)
    if (twoPcs && !concurrent && versions.has(versionKey('members', c.local.id))) expect(c.verdict).not.toBe('conflict');
  }
  // Rows inside a record are never a question.
  for (const c of plan.changes) if (c.table === 'activities') expect(c.verdict).not.toBe('conflict');
  const at = to.clock.stamp(now + to.offset);
  const writes = rowsToWrite(plan, new Map(), at);
  const rows: Partial<LedgerArrays> = {};
  const apply = <T extends RecordTable>(table: T) => {
    const byId = new Map<string, BaseRecord>(rowsOf(to.ledger, table).map((r) => [r.id, r]));
    for (const r of writes.get(table) ?? []) byId.set(r.id, r);
    // rowsToWrite keeps each table's own rows.
    putRows(rows, table, [...byId.values()] as LedgerRows[T][]);
  };
  RECORD_TABLES.forEach(apply);
  to.ledger = recordsLedger(rows, mergeHistory(to.ledger.history, pkgRecords.history));
  // This PC has now seen the edits of the members the package held (and only those). Where the
  // package's version was taken, this PC's version is now that one: it holds that version's edits,
  // and its own edits it replaced were passed over in a conflict or had come to the same text.
  const taken = new Set(plan.changes.filter((c) => c.table === 'members' && c.winnerSide === 'incoming').map((c) => c.incoming.id));
  for (const [id, theirs] of sent.edits) {
    const mine = to.edits.get(id) ?? { held: new Set<number>(), seen: new Set<number>() };
    to.edits.set(id, { held: new Set(taken.has(id) ? theirs.held : mine.held), seen: new Set([...mine.seen, ...theirs.seen]) });
  }
  to.clock.observe(header.createdAt);
  to.took.add(`${header.installationId}/${header.createdAt}`);
  to.log.push({
    id: `log-${to.log.length}`, at, operator: '', direction: 'import', fileName: '', sourceInstallationId: header.installationId, sourceCommittee: '',
    packageCreatedAt: header.createdAt, since: header.since, verdicts: null, records: 0, versions: packageVersions(pkgRecords),
    written: [...writes].flatMap(([table, written]) => written.map((r) => versionKey(table, r.id))),
  });
}

/** `from` writes a package (whole, or what changed since its last one), as the 数据交换 screen does. */
async function exportFrom(from: Pc, now: number, whole: boolean): Promise<Sent> {
  const createdAt = from.clock.stamp(now + from.offset);
  const since = whole ? null : lastExport(from.log);
  // What reached this PC since its last package: edited here, or taken from another PC (passed on).
  const arrived = arrivals(from.log);
  const records = changedSince(from.ledger, since, arrived);
  const text = await serializeExchangePackage(records, {
    schemaVersion: 3, appVersion: 't', installationId: from.id, committee: '县政协', since, createdAt, seenFrom: seenFromForExport(from.log), arrivedAt: arrivedAtOf(records, arrived),
  });
  const parsed = await parseExchangePackage(text);
  if (!parsed.ok) throw new Error(`${from.id}'s package refused: ${parsed.message}`);
  from.log.push({
    id: `log-${from.log.length}`, at: createdAt, operator: '', direction: 'export', fileName: '', sourceInstallationId: from.id, sourceCommittee: '',
    packageCreatedAt: parsed.pkg.header.createdAt, since, verdicts: null, records: 0, versions: packageVersions(parsed.pkg.records),
  });
  const held = new Set(parsed.pkg.records.members.map((m) => m.id));
  const sent = { pkg: parsed.pkg, edits: new Map([...from.edits].filter(([id]) => held.has(id)).map(([k, v]) => [k, copyEdits(v)])) };
  from.outbox.push(sent);
  return sent;
}

/** Who added which row to the activity, and which rows were taken off. */
interface Rows { added: Set<string>; takenOff: Set<string> }

async function run(offsets: number[], ops: Op[]) {
  const base = recordsLedger({ members: MEMBERS.map(member), activities: [activity()] }, []);
  // Two PCs may stamp edits of one record at the same millisecond (clockOffsetsArb): they are still
  // two versions, told apart by their text, and asked about like any other concurrent edits.
  const pcs: Pc[] = offsets.map((offset, i) => ({
    id: `pc-${i}`, offset, clock: new LedgerClock(), ledger: structuredClone(base), log: [], edits: new Map(MEMBERS.map((m) => [m, { held: new Set<number>(), seen: new Set<number>() }])), outbox: [], took: new Set(),
  }));
  for (const pc of pcs) pc.clock.observe(BASE_AT);
  const rows: Rows = { added: new Set(), takenOff: new Set() };
  const two = pcs.length === 2;
  let now = START;
  for (const op of ops) {
    now += STEP_MS;
    if (op.kind === 'export') {
      await exportFrom(pcs[op.pc]!, now, op.whole);
      continue;
    }
    if (op.kind === 'exchange' || op.kind === 'deliver') {
      const [from, to] = [pcs[op.from]!, pcs[op.to]!];
      if (from === to) continue;
      if (op.kind === 'exchange') {
        importInto(to, await exportFrom(from, now, op.whole), now, two);
        continue;
      }
      const waiting = from.outbox.filter((p) => !to.took.has(`${from.id}/${p.pkg.header.createdAt}`));
      if (waiting.length) importInto(to, waiting[op.pick % waiting.length]!, now, two);
      continue;
    }
    const pc = pcs[op.pc]!;
    const stamp = pc.clock.stamp(now + pc.offset);
    if (op.kind === 'note' || op.kind === 'delete') {
      const id = MEMBERS[op.member]!;
      pc.ledger = { ...pc.ledger, members: pc.ledger.members.map((m) => (m.id !== id ? m : op.kind === 'note' ? { ...m, note: `${m.note}${op.text}`, updatedAt: stamp } : { ...m, deletedAt: stamp, updatedAt: stamp })) };
      const made = ++editCounter;
      pc.edits.get(id)!.held.add(made);
      pc.edits.get(id)!.seen.add(made);
      continue;
    }
    const a = pc.ledger.activities[0]!;
    let next: Activity;
    if (op.kind === 'attend') {
      const memberId = MEMBERS[op.member]!;
      if (a.participants.some((p) => p.memberId === memberId && p.deletedAt === null)) continue;
      const row = newRow({ memberId, status: '出席' as const, reason: '' }, stamp, `p${++rowCounter}`);
      next = withDerivedFields({ ...a, participants: [...a.participants, row], updatedAt: stamp });
    } else if (op.kind === 'instruct') {
      const row = newRow({ level: '县' as const, leader: `领导${rowCounter}`, date: '2025-12-02', text: '' }, stamp, `i${++rowCounter}`);
      rows.added.add(row.id);
      next = { ...a, instructions: [...a.instructions, row], updatedAt: stamp };
    } else {
      const live = a.instructions.find((i) => i.deletedAt === null);
      if (!live) continue;
      rows.takenOff.add(live.id);
      next = { ...a, instructions: takeOffRow(a.instructions, live.id, stamp), updatedAt: stamp };
    }
    pc.ledger = { ...pc.ledger, activities: [next] };
  }
  // Everyone sends to everyone, twice round.
  for (let round = 0; round < 2; round++) for (const from of pcs) for (const to of pcs) if (from !== to) importInto(to, await exportFrom(from, (now += STEP_MS), true), now, two);
  return { pcs, rows };
}


describe('what an import asks, between PCs whose clocks are up to ten years off', () => {
  for (const n of [2, 3]) {
    it(`asks about every concurrent edit a person would see${n === 2 ? ' and nothing else' : ''}, keeps every row, and all ${n} PCs agree`, async () => {
      await fc.assert(
        fc.asyncProperty(clockOffsetsArb(n), fc.array(opArb(n), { minLength: 1, maxLength: 30 }), async (offsets, ops) => {
          const { pcs, rows } = await run(offsets, ops);
          const texts = pcs.map((pc) => canonicalJson(mergeRecords(pc.ledger, emptyRecords())));
          expect(new Set(texts).size).toBe(1);
          const instructions = pcs[0]!.ledger.activities[0]!.instructions;
          for (const id of rows.added) {
            const row = instructions.find((i) => i.id === id);
            expect(row).toBeDefined();
            expect(row!.deletedAt !== null).toBe(rows.takenOff.has(id));
          }
        }),
        { numRuns: 100 },
      );
    });
  }
});
