// Writes the history of every audited record in the same transaction as the change itself, as a
// Dexie DBCore middleware: every repository's writes pass through here, so none can forget, and a
// change and its history entry are committed together or not at all. Read-write transactions on
// audited tables are widened to include the history table (and settings, for the operator's name).
// A restore or a merge between PCs replaces records wholesale and is marked quiet; it is recorded
// as one event by its caller instead of one entry per row.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { historyEntryFor, type HistoryEntry } from '../../domain/history/history-entry';
import { newId } from '../../domain/common/record';
import { nowIso } from '../clock';
import { AUDITED_TABLES } from '../../domain/ledger/ledger-tables';

export const HISTORY_STORE = 'history';
export const AUDITED_STORES: ReadonlySet<string> = new Set(AUDITED_TABLES);

const quietTransactions = new WeakSet<object>();

/** Marks the current low-level transaction as writing no per-record history (restore, merge, sample). */
export function markQuiet(idbTransaction: unknown): void {
  if (typeof idbTransaction === 'object' && idbTransaction !== null) quietTransactions.add(idbTransaction);
}

function isQuiet(trans: DBCoreTransaction): boolean {
  return quietTransactions.has(trans) || (trans as { mode?: string }).mode === 'versionchange';
}

async function operatorOf(down: DBCore, trans: DBCoreTransaction): Promise<string> {
  // The settings row is a SettingsRecord: the operator is inside its `committee` part.
  const settings: unknown = await down.table('settings').get({ trans, key: 'committee' });
  const operator = (settings as { committee?: { operator?: unknown } } | undefined)?.committee?.operator;
  return typeof operator === 'string' ? operator : '';
}

function auditedTable(down: DBCore, table: DBCoreTable): DBCoreTable {
  const keyOf = table.schema.primaryKey.extractKey;
  return {
    ...table,
    async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      // deleteRange is a table's clear(): only restore and wipe use it, and they are whole-ledger events.
      if (req.type === 'deleteRange' || isQuiet(req.trans) || !keyOf) return table.mutate(req);
      const keys: unknown[] = req.type === 'delete' ? req.keys : req.values.map((v): unknown => keyOf(v));
      const before: unknown[] = req.type === 'add' ? keys.map(() => undefined) : await table.getMany({ trans: req.trans, keys });
      const response = await table.mutate(req);
      const context = { at: nowIso(), operator: await operatorOf(down, req.trans), makeId: newId };
      const entries: HistoryEntry[] = [];
      keys.forEach((_, i) => {
        if (response.failures[i]) return;
        const after = req.type === 'delete' ? null : (req.values[i] as HistoryRow);
        const entry = historyEntryFor(table.name, (before[i] as HistoryRow | undefined) ?? null, after, context);
        if (entry) entries.push(entry);
      });
      if (entries.length) await down.table(HISTORY_STORE).mutate({ type: 'add', trans: req.trans, values: entries });
      return response;
    },
  };
}

type HistoryRow = Record<string, unknown> & { id: string };

export const historyMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'record-history',
  create(down) {
    // A database opened at a version before the history table (the migration test) keeps no history.
    if (!down.schema.tables.some((t) => t.name === HISTORY_STORE)) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const audited = mode === 'readwrite' && stores.some((s) => AUDITED_STORES.has(s));
        return down.transaction(audited ? [...new Set([...stores, HISTORY_STORE, 'settings'])] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return AUDITED_STORES.has(name) ? auditedTable(down, table) : table;
      },
    };
  },
};
