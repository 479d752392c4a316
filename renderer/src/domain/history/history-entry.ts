// The history of a record: every create, change, delete to the recycle bin, restore and
// purge, with who did it, when, and which fields changed from what to what. Entries are written by
// the database layer itself (db/history), so no screen can forget to; this module decides what an
// entry says, from the record before and after.
import { canonicalJson } from '../exchange/canonical-json';
import { HISTORY_FIELD_LABELS } from './history-labels';
import { fieldLabel } from '../backup/field-labels';
import { tableLabel } from '../ledger/ledger-tables';

export { HISTORY_ACTIONS, historyEntrySchema } from './history-entry-shape';
export type { FieldChange, HistoryAction, HistoryEntry } from './history-entry-shape';
import type { FieldChange, HistoryEntry } from './history-entry-shape';

type Row = Record<string, unknown> & { id: string; deletedAt?: string | null };

/** Bookkeeping and derived fields: recomputed from others, never what a person changed. */
const NOT_A_CHANGE = new Set(['updatedAt', 'createdAt', 'deletedAt', 'memberIds', 'year', 'sessionKey', 'id']);
const MAX_VALUE_TEXT = 120;

/** A record's field read by name, so any record (an interface without an index signature) can be passed. */
function fieldOf(row: object, field: string): unknown {
  return Object.hasOwn(row, field) ? Reflect.get(row, field) : undefined;
}

export function recordLabel(table: string, row: object): string {
  for (const field of ['name', 'title', 'label', 'value']) {
    const value = fieldOf(row, field);
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

/**
 * The fields that differ, each with its Chinese name: the history's own wording, else the name the
 * file readers give the field in `table` (field-labels.ts), so no key reaches the screen in English.
 */
export function fieldChanges(before: object, after: object, table?: string): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !NOT_A_CHANGE.has(f)).sort();
  const label = (f: string) => (Object.hasOwn(HISTORY_FIELD_LABELS, f) ? HISTORY_FIELD_LABELS[f]! : undefined) ?? (table === undefined ? undefined : fieldLabel(table, f)) ?? f;
  return fields
    .filter((f) => canonicalJson(fieldOf(before, f) ?? null) !== canonicalJson(fieldOf(after, f) ?? null))
    .map((f) => ({ field: f, label: label(f), before: valueText(fieldOf(before, f)), after: valueText(fieldOf(after, f)) }));
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
  if (wasDeleted && !isDeleted) return { ...base, recordId: after.id, action: '恢复', label, changes: fieldChanges(before, after, table) };
  const changes = fieldChanges(before, after, table);
  return changes.length ? { ...base, recordId: after.id, action: '修改', label, changes } : null;
}
