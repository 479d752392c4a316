// A package merged into a ledger, table by table, with the one merge rule of merge-records.ts
// (the later edit wins, ties by canonical text; a deletion is a tombstone). Rows inside a record
// (attendance, 批示, replies …) merge row by row with their parent (embedded-rows.ts).
// History entries never change once written: they are merged by id. Everything here is pure; the
// database side (db/exchange-repo.ts) reads, calls these, and writes the result in one transaction.
import type { BaseRecord } from '../common/record';
import type { Ledger, LedgerArrays } from '../ledger/ledger';
import { ledgerOfTables, putRows } from '../ledger/ledger-arrays';
import type { HistoryEntry } from '../history/history-entry';
import { fieldChanges, type FieldChange } from '../history/history-entry';
import { checkReferences } from '../backup/backup-parse';
import { canonicalJson } from './canonical-json';
import { listsAsRead, mergeEmbeddedRows, stampedLists, takeEmbeddedRowsWhole } from './embedded-rows';
import { classifyIncoming, mergeRecordSets, versionKey, type IncomingChange, type IncomingVerdict, type SeenVersions, type WholeLists } from './merge-records';
import { RECORD_TABLES, recordsLedger, rowsOf, type RecordTable } from './exchange-tables';

export const VERDICTS: readonly IncomingVerdict[] = ['new', 'updated', 'conflict', 'unchanged', 'older'];
export const VERDICT_LABELS: Record<IncomingVerdict, string> = {
  new: '新增', updated: '更新', conflict: '冲突', unchanged: '相同', older: '本机较新',
};

export type VerdictCounts = Record<IncomingVerdict, number>;

export interface TableChange extends IncomingChange<BaseRecord> {
  table: RecordTable;
  /** The incoming version came from a format-1 package: its lists go whole with the winner (merge-records.ts WholeLists). */
  listsWhole?: true;
}

export interface ImportPlan {
  changes: TableChange[];
  counts: Partial<Record<RecordTable, VerdictCounts>>;
  totals: VerdictCounts;
}

const zeroCounts = (): VerdictCounts => ({ new: 0, updated: 0, conflict: 0, unchanged: 0, older: 0 });

/**
 * What a person sees differ between the two versions: the fields, and whether it is deleted. Lists
 * of stamped rows are left out: the merge keeps both sides' rows, and of one row edited on both,
 * the later edit, so they are no question to ask — unless they go whole with the winner
 * (`listsWhole`: a format-1 package's), when they are compared as read, rows without their stamps.
 * `table` names the fields as that table's (history-entry.ts fieldChanges).
 */
export function conflictFields(local: BaseRecord, incoming: BaseRecord, listsWhole = false, table?: string): FieldChange[] {
  const lists = stampedLists(local, incoming);
  const merged = new Set(listsWhole ? [] : lists);
  const [l, i] = listsWhole ? [listsAsRead(local, lists), listsAsRead(incoming, lists)] : [local, incoming];
  const fields = fieldChanges(l, i, table).filter((f) => !merged.has(f.field));
  if ((local.deletedAt === null) !== (incoming.deletedAt === null)) {
    const state = (r: BaseRecord) => (r.deletedAt === null ? '在用' : '已删除（在回收站）');
    fields.unshift({ field: 'deletedAt', label: '状态', before: state(local), after: state(incoming) });
  }
  return fields;
}


/**
 * What importing `records` into `local` would do, before anything is written. A "conflict" whose
 * versions differ in nothing a person sees (only stamps) is no question to ask: the rule decides.
 * `listsWhole`: the package is of format 1, whose lists go whole with each record's winner.
 */
export function planImport(
  local: Ledger, records: Ledger, lastExchangeAt: string | null, lastExportAt: string | null = null, versions?: ReadonlyMap<string, number>, listsWhole = false,
  /** The package header's `arrivedAt`: when records it took from a third PC reached the writer. */
  arrivedAt: Readonly<Record<string, string>> = {},
  /** Every version that went between the two PCs before, by versionKey (exchange-log.ts exchangedVersions): for a format-1 package. */
  exchanged?: ReadonlyMap<string, ReadonlySet<number>>,
): ImportPlan {
  const changes: TableChange[] = [];
  const counts: ImportPlan['counts'] = {};
  const totals = zeroCounts();
  for (const table of RECORD_TABLES) {
    const incoming = rowsOf(records, table);
    if (!incoming.length) continue;
    const tableCounts = zeroCounts();
    const sameNamed = table === 'dictionary' ? liveDictionaryByName(rowsOf(local, table)) : null;
    // `versions`: by versionKey, the last version of each record both PCs are known to hold (exchange-log.ts commonVersions).
    const tableVersions: SeenVersions | undefined = versions && {
      common: (id) => versions.get(versionKey(table, id)),
      arrived: (id) => arrivedAt[versionKey(table, id)],
      ...(exchanged ? { exchanged: (id: string, stamp: number) => exchanged.get(versionKey(table, id))?.has(stamp) ?? false } : {}),
    };
    const whole = listsWhole ? { listsWhole: true as const } : {};
    for (const change of classifyIncoming(rowsOf(local, table), incoming, lastExchangeAt, lastExportAt, tableVersions, listsWhole)) {
      let verdict = change.verdict;
      const twin = verdict === 'new' ? sameNamed?.get(dictionaryName(change.incoming)) : undefined;
      if (twin) {
        changes.push({ verdict: 'unchanged', incoming: change.incoming, local: twin, winner: twin, winnerSide: 'local', table, ...whole });
        tableCounts.unchanged++;
        totals.unchanged++;
        continue;
      }
      if (verdict === 'conflict' && conflictFields(change.local!, change.incoming, listsWhole).length === 0) {
        verdict = change.winnerSide === 'incoming' || canonicalJson(change.winner) !== canonicalJson(change.local) ? 'updated' : 'older';
      }
      changes.push({ ...change, verdict, table, ...whole });
      tableCounts[verdict]++;
      totals[verdict]++;
    }
    counts[table] = tableCounts;
  }
  return { changes, counts, totals };
}

// Two PCs set up apart each wrote the default dictionary under ids of their own. Records name
// dictionary entries rather than point at their ids, so an incoming entry with the kind and name
// of a live local one is that entry already here: taking it too would list the name twice.
const dictionaryName = (r: BaseRecord) => {
  const e = r as BaseRecord & { kind?: unknown; name?: unknown };
  return `${String(e.kind)}\u0000${String(e.name)}`;
};

function liveDictionaryByName(rows: readonly BaseRecord[]): Map<string, BaseRecord> {
  return new Map(rows.filter((r) => r.deletedAt === null).map((r) => [dictionaryName(r), r]));
}

export type Side = 'local' | 'incoming';

export const changeKey = (c: { table: string; incoming: { id: string } }) => `${c.table}/${c.incoming.id}`;

/** Which side a conflict keeps when the user has not chosen: the later edit, as the rule says. */
export const defaultSide = (c: TableChange): Side => c.winnerSide;

/** One instant after both versions, so a version chosen against the rule wins on every other PC too. */
function decisionStamp(c: TableChange, now: string): string {
  const later = Math.max(Date.parse(c.incoming.updatedAt), Date.parse(c.local!.updatedAt)) + 1;
  return new Date(Math.max(Date.parse(now), later)).toISOString();
}

/**
 * The rows to write, per table: new records, updated ones (the later edit, with both sides'
 * attendance rows), and each conflict as the user chose. Keeping the version the rule would keep
 * writes it as the rule gives it, so both PCs converge; choosing the other one keeps that version's
 * fields (still with both sides' attendance rows) stamped with the decision's time, so that choice
 * then travels as the later edit.
 */
export function rowsToWrite(plan: ImportPlan, choices: ReadonlyMap<string, Side>, now: string): Map<RecordTable, BaseRecord[]> {
  const out = new Map<RecordTable, BaseRecord[]>();
  const add = (table: RecordTable, row: BaseRecord) => out.set(table, [...(out.get(table) ?? []), row]);
  for (const c of plan.changes) {
    if (c.verdict === 'new') add(c.table, c.incoming);
    if (c.verdict === 'updated') add(c.table, c.winner);
    if (c.verdict !== 'conflict') continue;
    const side = choices.get(changeKey(c)) ?? defaultSide(c);
    if (side === defaultSide(c)) {
      if (canonicalJson(c.winner) !== canonicalJson(c.local)) add(c.table, c.winner);
      continue;
    }
    const [chosen, other] = side === 'incoming' ? [c.incoming, c.local!] : [c.local!, c.incoming];
    const at = decisionStamp(c, now);
    // Lists that go whole: the chosen version's as they are (this PC's) or written as changed at the choice (the package's).
    const rows = !c.listsWhole ? mergeEmbeddedRows(chosen, other) : side === 'incoming' ? takeEmbeddedRowsWhole(chosen, other, at) : chosen;
    add(c.table, { ...rows, updatedAt: at });
  }
  return out;
}

/** History entries merged by id: the union, in id order; the same id twice keeps one version, the same on every PC. */
export function mergeHistory(a: readonly HistoryEntry[], b: readonly HistoryEntry[]): HistoryEntry[] {
  const byId = new Map<string, HistoryEntry>();
  for (const e of [...a, ...b]) {
    const held = byId.get(e.id);
    byId.set(e.id, held && canonicalJson(held) >= canonicalJson(e) ? held : e);
  }
  return [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** Two sets of records merged by the rule alone (no questions): the ledger-level merge. `whole`: which side is a format-1 package's. */
export function mergeRecords(a: Ledger, b: Ledger, whole: WholeLists = {}): Ledger {
  const rows: Partial<LedgerArrays> = {};
  const mergeTable = <T extends RecordTable>(table: T) => putRows(rows, table, mergeRecordSets(rowsOf(a, table), rowsOf(b, table), whole));
  RECORD_TABLES.forEach(mergeTable);
  return recordsLedger(rows, mergeHistory(a.history, b.history));
}

/**
 * The backup's reference checks (a participant must be a member, a merged proposal's target a
 * proposal …) run on what the ledger would hold after the import: every row of the package, then
 * the local rows it does not replace. The package's rows come first, so a problem is reported as
 * 交换包中第N条… with N its place in the package.
 */
export function checkMergedReferences(local: Ledger, records: Ledger): string | null {
  const merged: Partial<LedgerArrays> = {};
  const mergeTable = <T extends RecordTable>(table: T) => {
    const incoming = rowsOf(records, table);
    const ids = new Set(incoming.map((r) => r.id));
    putRows(merged, table, [...incoming, ...rowsOf(local, table).filter((r) => !ids.has(r.id))]);
  };
  RECORD_TABLES.forEach(mergeTable);
  const problem = checkReferences(ledgerOfTables(merged));
  return problem === null ? null : problem.replaceAll('备份文件', '交换包');
}
