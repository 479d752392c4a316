// The history of a record: every create, change, delete to the recycle bin, restore and
// purge, with who did it, when, and which fields changed from what to what. Entries are written by
// the database layer itself (db/history), so no screen can forget to; this module decides what an
// entry says, from the record before and after.
import { z } from 'zod';
import { canonicalJson } from '../exchange/canonical-json';
import { HISTORY_FIELD_LABELS } from './history-labels';
import { tableLabel } from '../ledger/ledger-tables';

export const HISTORY_ACTIONS = ['新建', '修改', '删除', '恢复', '彻底删除'] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface HistoryEntry {
  id: string;
  table: string;
  recordId: string;
  /** ISO time. */
  at: string;
  operator: string;
  action: HistoryAction;
  /** The record's name or title when it happened, so a purged record's history still reads. */
  label: string;
  changes: FieldChange[];
}

/** As a backup carries it: checked like any other row before a restore writes it. */
export const historyEntrySchema = z.object({
  id: z.string().min(1).max(64),
  table: z.string().min(1).max(40),
  recordId: z.string().min(1).max(64),
  at: z.string().datetime({ offset: true }),
  operator: z.string().max(40),
  action: z.enum(HISTORY_ACTIONS),
  label: z.string().max(500),
  changes: z.array(z.object({ field: z.string().max(60), label: z.string().max(60), before: z.string().max(500), after: z.string().max(500) })).max(200),
});

type Row = Record<string, unknown> & { id: string; deletedAt?: string | null };

/** Bookkeeping and derived fields: recomputed from others, never what a person changed. */
const NOT_A_CHANGE = new Set(['updatedAt', 'createdAt', 'deletedAt', 'memberIds', 'year', 'sessionKey', 'id']);
const MAX_VALUE_TEXT = 120;

export function recordLabel(table: string, row: Row): string {
  for (const field of ['name', 'title', 'label', 'value']) {
    const value = row[field];
    if (typeof value === 'string' && value.trim()) return value;
  }
  if (table === 'settings') return '本会设置';
  return tableLabel(table);
}

/** A field's value as a short line of text for the history list. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string' || typeof value === 'number') return String(value).slice(0, MAX_VALUE_TEXT);
  if (Array.isArray(value)) {
    const live = value.filter((v) => !(typeof v === 'object' && v !== null && (v as Row).deletedAt));
    if (live.every((v) => typeof v === 'string')) return live.join('、').slice(0, MAX_VALUE_TEXT) || '（空）';
    return `${live.length} 项`;
  }
  return canonicalJson(value).slice(0, MAX_VALUE_TEXT);
}

export function fieldChanges(before: Row, after: Row): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !NOT_A_CHANGE.has(f)).sort();
  return fields
    .filter((f) => canonicalJson(before[f] ?? null) !== canonicalJson(after[f] ?? null))
    .map((f) => ({ field: f, label: HISTORY_FIELD_LABELS[f] ?? f, before: valueText(before[f]), after: valueText(after[f]) }));
}

/** The entry for one write, or null when nothing a person would call a change happened. */
export function historyEntryFor(
  table: string,
  before: Row | null,
  after: Row | null,
  context: { at: string; operator: string; makeId: () => string },
): HistoryEntry | null {
  const base = { id: context.makeId(), table, at: context.at, operator: context.operator };
  if (!before && !after) return null;
  if (!before) return { ...base, recordId: after!.id, action: '新建', label: recordLabel(table, after!), changes: [] };
  if (!after) return { ...base, recordId: before.id, action: '彻底删除', label: recordLabel(table, before), changes: [] };
  const label = recordLabel(table, after);
  const wasDeleted = Boolean(before.deletedAt);
  const isDeleted = Boolean(after.deletedAt);
  if (!wasDeleted && isDeleted) return { ...base, recordId: after.id, action: '删除', label, changes: [] };
  if (wasDeleted && !isDeleted) return { ...base, recordId: after.id, action: '恢复', label, changes: fieldChanges(before, after) };
  const changes = fieldChanges(before, after);
  return changes.length ? { ...base, recordId: after.id, action: '修改', label, changes } : null;
}
