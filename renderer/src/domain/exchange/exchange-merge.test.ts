// Merging packages at the ledger level: on two random edit histories of copies of one ledger,
// A + changes(B) = B + changes(A), A + A = A, importing the same package twice changes nothing,
// and the import's plan (new / updated / conflict …, with the default choices) writes exactly the
// rule's result. Generators in the style of merge-records.test.ts: few ids, colliding minutes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BaseRecord } from '../common/record';
import type { Ledger, LedgerArrays } from '../ledger/ledger';
import type { LedgerRows } from '../ledger/ledger-tables';
import { putRows } from '../ledger/ledger-arrays';
import type { HistoryEntry } from '../history/history-entry';
import { generateLedger } from '../sample/generate-ledger';
import { withDerivedFields, type Activity } from '../activities/activity';
import { canonicalJson } from './canonical-json';
import { changedSince } from './exchange-format';
import { conflictFields, mergeHistory, mergeRecords, planImport, rowsToWrite, changeKey, type TableChange } from './exchange-merge';
import { emptyRecords, RECORD_TABLES, recordsLedger, rowsOf, type RecordTable } from './exchange-tables';

const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 0, minute)).toISOString();
const BEFORE_EDITS = at(0);

function baseLedger(): Ledger {
  let n = 0;
  const size = { firstYear: 2024, years: 1, members: 6, activitiesPerYear: 3, participantsPerActivity: 3, proposalsPerYear: 3, opinionsPerYear: 2, seed: 5 };
  return generateLedger(size, () => `id-${++n}`);
}

const EDITED_FIELD = { members: 'note', activities: 'summary', proposals: 'title', opinions: 'text' } as const;
type EditedTable = keyof typeof EDITED_FIELD;

const editArb = fc.record({
  table: fc.constantFrom(...(Object.keys(EDITED_FIELD) as EditedTable[])),
  index: fc.nat(5),
  minute: fc.integer({ min: 1, max: 5 }),
  kind: fc.constantFrom('edit', 'delete', 'restore', 'create', 'attendance'),
  text: fc.constantFrom('甲', '乙', '丙'),
});
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;
const historyArb = fc.array(editArb, { maxLength: 10 });

/** A copy of `base` with the edits applied in order, each stamped at its minute, each with a history entry. */
function applyEdits(base: Ledger, edits: readonly Edit[], side: string): Ledger {
  const copy = structuredClone(base);
  const history: HistoryEntry[] = [];
  edits.forEach((e, i) => {
    const rows = copy[e.table] as unknown as (BaseRecord & Record<string, unknown>)[];
    const target = rows[e.index % rows.length]!;
    const stamp = at(e.minute);
    let row: BaseRecord & Record<string, unknown> = { ...target, updatedAt: stamp };
    if (e.kind === 'edit') row[EDITED_FIELD[e.table]] = e.text;
    if (e.kind === 'delete') row.deletedAt = stamp;
    if (e.kind === 'restore') row.deletedAt = null;
    if (e.kind === 'create') row = { ...row, id: `new-${e.index % 3}`, createdAt: stamp, [EDITED_FIELD[e.table]]: e.text };
    if (e.kind === 'attendance' && e.table === 'activities') {
      const activity = row as unknown as Activity;
      row = withDerivedFields({ ...activity, participants: activity.participants.map((p, k) => (k === 0 ? { ...p, status: e.text === '甲' ? '请假' : '出席', updatedAt: stamp } : p)) });
    }
    const place = rows.findIndex((r) => r.id === row.id);
    if (place >= 0) rows[place] = row;
    else rows.push(row);
    history.push({ id: `h-${side}-${i}`, table: e.table, recordId: row.id, at: stamp, operator: side, action: '修改', label: '', changes: [] });
  });
  copy.history = history;
  return copy;
}

const norm = (ledger: Ledger) => canonicalJson(mergeRecords(ledger, emptyRecords()));

/** What the import writes with the default choices, applied to `local` as the database would. */
function importWithDefaults(local: Ledger, pkg: Ledger, lastExchangeAt: string | null): Ledger {
  const writes = rowsToWrite(planImport(local, pkg, lastExchangeAt), new Map(), at(60));
  const rows: Partial<LedgerArrays> = {};
  const apply = <T extends RecordTable>(table: T) => {
    const byId = new Map<string, BaseRecord>(rowsOf(local, table).map((r) => [r.id, r]));
    for (const r of writes.get(table) ?? []) byId.set(r.id, r);
    // rowsToWrite keeps each table's own rows.
    putRows(rows, table, [...byId.values()] as LedgerRows[T][]);
  };
  RECORD_TABLES.forEach(apply);
  return recordsLedger(rows, mergeHistory(local.history, pkg.history));
}

describe('merging packages on random edit histories of one ledger', () => {
  const base = baseLedger();

  it('is commutative: A + changes of B = B + changes of A', () => {
    fc.assert(fc.property(historyArb, historyArb, (ea, eb) => {
      const a = applyEdits(base, ea, 'a');
      const b = applyEdits(base, eb, 'b');
      expect(norm(mergeRecords(a, changedSince(b, BEFORE_EDITS)))).toBe(norm(mergeRecords(b, changedSince(a, BEFORE_EDITS))));
    }), { numRuns: 150 });
  });

  it('is idempotent: A + A = A, and the same package twice is the same as once', () => {
    fc.assert(fc.property(historyArb, historyArb, (ea, eb) => {
      const a = applyEdits(base, ea, 'a');
      expect(norm(mergeRecords(a, a))).toBe(norm(a));
      const pkg = changedSince(applyEdits(base, eb, 'b'), BEFORE_EDITS);
      const once = mergeRecords(a, pkg);
      expect(norm(mergeRecords(once, pkg))).toBe(norm(once));
      const twice = importWithDefaults(importWithDefaults(a, pkg, null), pkg, null);
      expect(norm(twice)).toBe(norm(once));
    }), { numRuns: 150 });
  });

  it('writes, with the default choices, exactly what the rule gives, whenever the PCs last exchanged', () => {
    fc.assert(fc.property(historyArb, historyArb, fc.constantFrom(null, BEFORE_EDITS, at(3)), (ea, eb, last) => {
      const a = applyEdits(base, ea, 'a');
      const pkg = changedSince(applyEdits(base, eb, 'b'), BEFORE_EDITS);
      expect(norm(importWithDefaults(a, pkg, last))).toBe(norm(mergeRecords(a, pkg)));
    }), { numRuns: 150 });
  });
});

describe('the import plan', () => {
  const base = baseLedger();
  const member = base.members[0]!;
  const edited = (note: string, minute: number) => ({ ...member, note, updatedAt: at(minute) });
  const withMember = (m: typeof member) => ({ ...base, members: [m, ...base.members.slice(1)] });

  it('asks about a record both PCs edited since they last exchanged, showing the fields that differ', () => {
    const local = withMember(edited('本机写的', 4));
    const pkg = changedSince(withMember(edited('对方写的', 5)), BEFORE_EDITS);
    const plan = planImport(local, pkg, at(2));
    expect(plan.counts.members).toEqual({ new: 0, updated: 0, conflict: 1, unchanged: 0, older: 0 });
    const conflict = plan.changes[0]!;
    expect(conflictFields(conflict.local!, conflict.incoming)).toEqual([{ field: 'note', label: 'note', before: '本机写的', after: '对方写的' }].map((f) => ({ ...f, label: expect.any(String) as string })));
  });

  it('keeps the user\'s choice and stamps a choice against the rule as the later edit', () => {
    const local = withMember(edited('本机写的', 4));
    const pkg = changedSince(withMember(edited('对方写的', 5)), BEFORE_EDITS);
    const plan = planImport(local, pkg, at(2));
    const conflict = plan.changes[0] as TableChange;
    expect(rowsToWrite(plan, new Map(), at(9)).get('members')).toEqual([conflict.incoming]);
    const keptMine = rowsToWrite(plan, new Map([[changeKey(conflict), 'local']]), at(9)).get('members')!;
    expect(keptMine).toEqual([{ ...conflict.local!, updatedAt: at(9) }]);
  });

  it('calls a deletion on one side and an edit on the other a conflict, not a silent loss', () => {
    const local = withMember({ ...edited('本机写的', 4) });
    const pkg = changedSince(withMember({ ...member, deletedAt: at(5), updatedAt: at(5) }), BEFORE_EDITS);
    const conflict = planImport(local, pkg, at(2)).changes[0]!;
    expect(conflict.verdict).toBe('conflict');
    expect(conflictFields(conflict.local!, conflict.incoming)[0]).toMatchObject({ label: '状态', before: '在用', after: '已删除（在回收站）' });
  });

  it('does not ask when the two versions differ only in their stamps', () => {
    const local = withMember(edited('一样', 4));
    const pkg = changedSince(withMember(edited('一样', 5)), BEFORE_EDITS);
    expect(planImport(local, pkg, at(2)).changes[0]!.verdict).toBe('updated');
  });
});
