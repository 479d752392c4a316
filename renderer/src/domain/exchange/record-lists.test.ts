// Lists inside a record whose items carry no stamps of their own (a proposal's assigned units and
// extensions, an activity's 成果 titles, an evaluation's units, a 社情民意's submitting groups)
// go with the record's later version. Two PCs editing one of them since their last shared version
// is therefore always a conflict shown with that list — never settled out of sight — whether or
// not the record's other fields differ.
import { describe, expect, it } from 'vitest';
import { smallLedgerWithAttachment } from '../backup/backup-fixtures';
import { generateLedger, smallSampleSize } from '../sample/generate-ledger';
import type { BaseRecord } from '../common/record';
import type { Ledger, LedgerArrays } from '../ledger/ledger';
import { putRows } from '../ledger/ledger-arrays';
import { conflictFields, planImport } from './exchange-merge';
import { recordsLedger, type RecordTable } from './exchange-tables';
import { versionKey } from './merge-records';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 5, 8, minute)).toISOString();

interface Case<T extends RecordTable> {
  name: string;
  table: T;
  label: string;
  pick: (ledger: Ledger) => LedgerArrays[T][number] | undefined;
  edit: (record: LedgerArrays[T][number], side: 'local' | 'incoming') => LedgerArrays[T][number];
}

const cases = [
  {
    name: 'a proposal\'s assigned units', table: 'proposals', label: '交办',
    pick: (l) => l.proposals.find((p) => p.assignment !== null),
    edit: (p, side) => ({ ...p, assignment: { ...p.assignment!, units: [...p.assignment!.units, { unit: side === 'local' ? '县交通运输局' : '县住建局', role: '协办' as const }] } }),
  } satisfies Case<'proposals'>,
  {
    name: 'a proposal\'s extensions', table: 'proposals', label: '交办',
    pick: (l) => l.proposals.find((p) => p.assignment !== null),
    edit: (p, side) => ({ ...p, assignment: { ...p.assignment!, extensions: [...p.assignment!.extensions, { date: '2024-09-01', newDueDate: side === 'local' ? '2024-10-01' : '2024-11-01', reason: '' }] } }),
  } satisfies Case<'proposals'>,
  {
    name: 'an activity\'s 成果 titles', table: 'activities', label: '成果',
    pick: (l) => l.activities[0],
    edit: (a, side) => ({ ...a, outcomes: { ...a.outcomes, reports: [...a.outcomes.reports, { kind: a.outcomes.reports[0]?.kind ?? '调研报告', title: side === 'local' ? '本机加的报告' : '对方加的报告' }] } }),
  } satisfies Case<'activities'>,
  {
    name: 'an evaluation\'s units', table: 'evaluations', label: '被评议单位',
    pick: (l) => l.evaluations[0],
    edit: (e, side) => ({ ...e, units: e.units.map((u, i) => (i === 0 ? { ...u, name: side === 'local' ? '本机改名的单位' : '对方改名的单位' } : u)) }),
  } satisfies Case<'evaluations'>,
  {
    name: 'a 社情民意\'s groups', table: 'opinions', label: '报送单位',
    pick: (l) => l.opinions[0],
    edit: (o, side) => ({ ...o, groups: [...o.groups, { kind: o.groups[0]?.kind ?? '界别', name: side === 'local' ? '经济界' : '教育界' }] }),
  } satisfies Case<'opinions'>,
] as const;

/** The fixture ledger, with evaluations from the sample where the small fixture has none. */
function source(): Ledger {
  const small = smallLedgerWithAttachment();
  return small.evaluations.length ? small : { ...small, evaluations: generateLedger(smallSampleSize('2025-12-01')).evaluations };
}

describe('a list that goes with its record, edited on both PCs', () => {
  for (const c of cases) {
    it(`is a conflict that shows it: ${c.name}`, () => {
      const found = (c.pick as unknown as (l: Ledger) => BaseRecord | undefined)(source());
      expect(found, c.name).toBeDefined();
      const base: BaseRecord = { ...found!, updatedAt: at(1) };
      const edit = c.edit as unknown as (r: BaseRecord, side: 'local' | 'incoming') => BaseRecord;
      const local = { ...edit(base, 'local'), updatedAt: at(3) };
      const incoming = { ...edit(base, 'incoming'), updatedAt: at(5) };
      const ledgerOf = (r: BaseRecord) => {
        const rows: Partial<LedgerArrays> = {};
        putRows(rows, c.table, [r] as LedgerArrays[typeof c.table]);
        return recordsLedger(rows, []);
      };
      // Both PCs hold the base version (minute 1); each changed only the list since.
      const shared = new Map([[versionKey(c.table, base.id), Date.parse(at(1))]]);
      const plan = planImport(ledgerOf(local), ledgerOf(incoming), at(2), at(2), shared);
      expect(plan.changes.map((ch) => ch.verdict), c.name).toEqual(['conflict']);
      // Named in Chinese, as the conflict card shows it.
      const fields = conflictFields(local, incoming, false, c.table);
      expect(fields.map((f) => f.label), c.name).toContain(c.label);
    });
  }
});
