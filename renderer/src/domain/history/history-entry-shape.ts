// What a history entry holds, and its row schema for a backup. Apart from history-entry.ts (which
// words entries and names tables from the table registry) so the registry can type its history
// table without the two importing each other.
import { z } from 'zod';

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
