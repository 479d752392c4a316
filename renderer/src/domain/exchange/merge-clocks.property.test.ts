// Property tests of the merge between PCs whose clocks disagree by up to ten years either way, or
// agree to the millisecond.
// Three simulated PCs start from one ledger; each edits members, adds people to activities and
// deletes, stamping with its own ledger clock (domain/common/ledger-clock.ts) on its own wrong
// wall clock, and they exchange whole packages — written and read by the real format, so no PC
// refuses another's package for its clock. Held: every edit made after seeing another edit of the
// same record wins over it (its stamp is later), whatever the clocks say; nobody added to an
// activity is lost, nor a 批示 noted with them; the merge is commutative and idempotent; after
// exchanging both ways all agree.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LedgerClock } from '../common/ledger-clock';
import type { Ledger } from '../ledger/ledger';
import { mergeRecords } from './exchange-merge';
import { emptyRecords, recordsLedger } from './exchange-tables';
import { serializeExchangePackage } from './exchange-format';
import { parseExchangePackage } from './exchange-parse';
import { canonicalJson } from './canonical-json';
import type { Activity } from '../activities/activity';
import type { Member } from '../members/member';
import { withDerivedFields } from '../activities/activity';
import { newRow } from '../common/row-stamps';
import { clockOffsetsArb, STEP_MS } from './clock-offsets-arb';

const START = Date.parse('2026-01-05T08:00:00.000Z');
const BASE_AT = '2025-12-01T00:00:00.000Z';
const MEMBER_IDS = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'];

function member(id: string): Member {
  return {
    id, createdAt: BASE_AT, updatedAt: BASE_AT, deletedAt: null, name: `委员${id}`, gender: '', ethnicity: '', birthMonth: '', sector: '',
    party: '', township: '', workplace: '', role: '委员', term: 9, committees: [], phone: '', status: '在任', statusDate: '', note: '', isSample: false,
  };
}

function activity(id: string): Activity {
  return withDerivedFields({
    id, createdAt: BASE_AT, updatedAt: BASE_AT, deletedAt: null, title: `活动${id}`, type: '视察', startDate: '2025-12-01', endDate: '2025-12-01',
    participants: [], location: '', organizer: '', organizerKind: '', leaders: '', topic: '', summary: '',
    outcomes: { reports: [], suggestions: 0, adopted: 0, sentTo: [] }, instructions: [], followUp: '无需跟踪', isSample: false,
  } as unknown as Activity);
}

const base = (): Ledger => recordsLedger({ members: MEMBER_IDS.slice(0, 3).map(member), activities: ['a1', 'a2'].map(activity) }, []);

type Op =
  | { kind: 'note'; pc: number; member: number; text: string }
  | { kind: 'delete'; pc: number; member: number }
  | { kind: 'attend'; pc: number; activity: number; member: number }
  | { kind: 'exchange'; from: number; to: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('note' as const), pc: fc.integer({ min: 0, max: 2 }), member: fc.integer({ min: 0, max: 2 }), text: fc.constantFrom('甲', '乙', '丙', '丁') }),
  fc.record({ kind: fc.constant('delete' as const), pc: fc.integer({ min: 0, max: 2 }), member: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ kind: fc.constant('attend' as const), pc: fc.integer({ min: 0, max: 2 }), activity: fc.integer({ min: 0, max: 1 }), member: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ kind: fc.constant('exchange' as const), from: fc.integer({ min: 0, max: 2 }), to: fc.integer({ min: 0, max: 2 }) }),
);

interface Pc {
  id: string;
  offset: number;
  clock: LedgerClock;
  ledger: Ledger;
}

/** Who added whom to which activity (the row id), to check nobody is lost. */
type Added = { activity: string; row: string; member: string };

let rowCounter = 0;

function edit<T extends { id: string }>(rows: readonly T[], id: string, change: (r: T) => T): T[] {
  return rows.map((r) => (r.id === id ? change(r) : r));
}

async function exchange(from: Pc, to: Pc, now: number): Promise<void> {
  const createdAt = from.clock.stamp(now + from.offset);
  const text = await serializeExchangePackage(from.ledger, { schemaVersion: 2, appVersion: 't', installationId: from.id, committee: '县政协', since: null, createdAt });
  // The receiver's own clock is years off the sender's: the package is read all the same.
  const parsed = await parseExchangePackage(text);
  if (!parsed.ok) throw new Error(`${to.id} refused ${from.id}'s package: ${parsed.message}`);
  to.ledger = mergeRecords(to.ledger, parsed.pkg.records);
  to.clock.observe(parsed.pkg.header.createdAt);
}

async function run(offsets: number[], ops: Op[]) {
  const pcs: Pc[] = offsets.map((offset, i) => ({ id: `pc-${i}`, offset, clock: new LedgerClock(), ledger: base() }));
  // Each PC started from the same restored backup, and so has seen its stamps (db/backup-repo.ts).
  for (const pc of pcs) pc.clock.observe(BASE_AT);
  const added: Added[] = [];
  let now = START;
  for (const op of ops) {
    now += STEP_MS;
    if (op.kind === 'exchange') {
      if (op.from !== op.to) await exchange(pcs[op.from]!, pcs[op.to]!, now);
      continue;
    }
    const pc = pcs[op.pc]!;
    const stamp = pc.clock.stamp(now + pc.offset);
    if (op.kind === 'note' || op.kind === 'delete') {
      const id = MEMBER_IDS[op.member]!;
      const before = pc.ledger.members.find((m) => m.id === id)!;
      // An edit made after seeing a version is stamped after it, however wrong this PC's clock.
      expect(Date.parse(stamp)).toBeGreaterThan(Date.parse(before.updatedAt));
      pc.ledger = { ...pc.ledger, members: edit(pc.ledger.members, id, (m) => (op.kind === 'note' ? { ...m, note: `${m.note}${op.text}`, updatedAt: stamp } : { ...m, deletedAt: stamp, updatedAt: stamp })) };
    } else {
      const id = ['a1', 'a2'][op.activity]!;
      const memberId = MEMBER_IDS[op.member]!;
      const held = pc.ledger.activities.find((a) => a.id === id)!;
      if (held.participants.some((p) => p.memberId === memberId && p.deletedAt === null)) continue;
      if (!pc.ledger.members.some((m) => m.id === memberId)) pc.ledger = { ...pc.ledger, members: [...pc.ledger.members, { ...member(memberId), createdAt: stamp, updatedAt: stamp }] };
      const row = { id: `p${++rowCounter}`, createdAt: stamp, updatedAt: stamp, deletedAt: null, memberId, status: '出席' as const, reason: '' };
      added.push({ activity: id, row: row.id, member: memberId });
      // A 批示 noted with it: a second list of rows inside the record, merged the same way.
      const instruction = newRow({ level: '县' as const, leader: `领导${row.id}`, date: '2025-12-02', text: '' }, stamp, `i${row.id}`);
      pc.ledger = { ...pc.ledger, activities: edit(pc.ledger.activities, id, (a) => withDerivedFields({ ...a, participants: [...a.participants, row], instructions: [...a.instructions, instruction], updatedAt: stamp })) };
    }
  }
  return { pcs, added, now };
}

// Up to ten years off, or set so that two PCs stamp edits at the very same millisecond.
const offsetsArb = clockOffsetsArb(3);
const opsArb = fc.array(opArb, { minLength: 1, maxLength: 30 });

describe('the merge between PCs whose clocks are up to ten years off', () => {
  it('loses no edit made after seeing another, nor anyone added to an activity, and all PCs agree after exchanging', async () => {
    await fc.assert(
      fc.asyncProperty(offsetsArb, opsArb, async (offsets, ops) => {
        const { pcs, added, now } = await run(offsets, ops);
        // Everyone sends to everyone, twice round: all hold the same records.
        let t = now;
        for (let round = 0; round < 2; round++) for (const from of pcs) for (const to of pcs) if (from !== to) await exchange(from, to, (t += STEP_MS));
        const texts = pcs.map((pc) => canonicalJson(mergeRecords(pc.ledger, emptyRecords())));
        expect(new Set(texts).size).toBe(1);
        const final = pcs[0]!.ledger;
        // Nobody added to an activity is lost: each person added is on the list (once).
        for (const { activity: id, member: memberId, row } of added) {
          const a = final.activities.find((x) => x.id === id)!;
          expect(a.participants.filter((p) => p.memberId === memberId && p.deletedAt === null)).toHaveLength(1);
          expect(a.memberIds).toContain(memberId);
          expect(a.instructions.filter((i) => i.id === `i${row}` && i.deletedAt === null)).toHaveLength(1);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is commutative and idempotent, whatever the clocks', async () => {
    await fc.assert(
      fc.asyncProperty(offsetsArb, opsArb, async (offsets, ops) => {
        const { pcs } = await run(offsets, ops);
        const [a, b] = [pcs[0]!.ledger, pcs[1]!.ledger];
        const ab = mergeRecords(a, b);
        expect(canonicalJson(ab)).toBe(canonicalJson(mergeRecords(b, a)));
        expect(canonicalJson(mergeRecords(a, a))).toBe(canonicalJson(mergeRecords(a, emptyRecords())));
        expect(canonicalJson(mergeRecords(ab, b))).toBe(canonicalJson(ab));
        expect(canonicalJson(mergeRecords(ab, a))).toBe(canonicalJson(ab));
      }),
      { numRuns: 60 },
    );
  });
});
