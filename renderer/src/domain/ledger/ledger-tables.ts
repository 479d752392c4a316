// The ledger's tables, one entry each: its Chinese name and what the program does with it. Every
// list of tables elsewhere is derived from this one — the whole-ledger read and write of a backup
// (db/backup-repo.ts), the tables a restore clears (db/database.ts ledgerTables), the tables whose
// changes are written to the history (db/history), what an exchange package carries
// (domain/exchange/exchange-tables.ts), the live counts a backup's header and the restore screen
// show (ledger.ts countLedger), the recycle bin's tables (db/recycle-bin.ts), the check that a
// backup or package holds each record once (domain/backup/unique-keys.ts) and the table names of
// the history, messages and a figure's records. The backup file's row schemas (domain/backup/backup-parse.ts
// tablesSchema) are typed by this list, so a table added here and not there does not compile. Adding a table: its row type in `LedgerRows`, an entry
// here, its row schema in tablesSchema, and its store in a schema version (db/schema-versions.ts).
import type { DictionaryEntry } from '../dictionaries/dictionary-kinds';
import type { SettingsRow } from '../settings/settings-row';
import type { Member } from '../members/member';
import type { Activity } from '../activities/activity';
import type { Attachment } from '../attachments/attachment';
import type { Proposal } from '../proposals/proposal';
import type { Opinion } from '../opinions/opinion';
import type { HistoryEntry } from '../history/history-entry-shape';
import type { EvaluationRound } from '../evaluations/evaluation';
import type { SupervisionLetter, SupervisorAppointment } from '../supervisors/supervisor';
import type { Station } from '../stations/station';
import type { Campaign } from '../campaigns/campaign';
import type { Pairing } from '../pairings/pairing';
import type { CultureRecord } from '../culture/culture';
import type { PlanItem } from '../plans/plan';
import type { YearNotes } from '../plans/year-notes';
import type { RecordSource } from './record-source';

/** The row type of each table. */
export interface LedgerRows {
  settings: SettingsRow;
  dictionary: DictionaryEntry;
  members: Member;
  activities: Activity;
  proposals: Proposal;
  attachments: Attachment;
  opinions: Opinion;
  history: HistoryEntry;
  plans: PlanItem;
  yearNotes: YearNotes;
  stations: Station;
  campaigns: Campaign;
  pairings: Pairing;
  culture: CultureRecord;
  evaluations: EvaluationRound;
  supervisors: SupervisorAppointment;
  supervisionLetters: SupervisionLetter;
  recordSources: RecordSource;
}

export type LedgerTableName = keyof LedgerRows;

export interface LedgerTableTraits {
  /** The table's name in messages and the history list. */
  label: string;
  /** Its changes are written to the history, one entry per record changed. */
  audited: boolean;
  /**
   * An exchange package carries its records, merged by id. Not settings (this PC's own), history
   * (merged by entry id on its own) or record sources (kept by the PC that imported).
   */
  exchanged: boolean;
  /** Its live records are counted in a backup's header and on the restore screen. */
  counted: boolean;
  /**
   * Its deleted records are listed in the recycle bin, to restore or purge (db/recycle-bin.ts; its
   * rows need a `deletedAt` index and a line in db/bin-rows.ts, which does not compile without it).
   */
  inBin: boolean;
}

/** In the order a backup file lists them. Every table is backed up. */
export const LEDGER_TABLES = {
  settings: { label: '设置', audited: true, exchanged: false, counted: false, inBin: false },
  dictionary: { label: '字典', audited: true, exchanged: true, counted: true, inBin: true },
  members: { label: '委员', audited: true, exchanged: true, counted: true, inBin: true },
  activities: { label: '活动', audited: true, exchanged: true, counted: true, inBin: true },
  proposals: { label: '提案', audited: true, exchanged: true, counted: true, inBin: true },
  attachments: { label: '附件', audited: true, exchanged: true, counted: true, inBin: true },
  opinions: { label: '社情民意', audited: true, exchanged: true, counted: true, inBin: true },
  history: { label: '修改记录', audited: false, exchanged: false, counted: false, inBin: false },
  plans: { label: '工作要点', audited: true, exchanged: true, counted: true, inBin: true },
  yearNotes: { label: '年度问题和打算', audited: true, exchanged: true, counted: true, inBin: false },
  stations: { label: '联络站', audited: true, exchanged: true, counted: true, inBin: true },
  campaigns: { label: '主题实践活动', audited: true, exchanged: true, counted: true, inBin: true },
  pairings: { label: '结对帮扶', audited: true, exchanged: true, counted: true, inBin: true },
  culture: { label: '文史资料', audited: true, exchanged: true, counted: true, inBin: true },
  evaluations: { label: '民主评议', audited: true, exchanged: true, counted: true, inBin: true },
  supervisors: { label: '监督员聘任', audited: true, exchanged: true, counted: true, inBin: true },
  supervisionLetters: { label: '民主监督建议书', audited: true, exchanged: true, counted: true, inBin: true },
  recordSources: { label: '来源', audited: false, exchanged: false, counted: false, inBin: false },
} as const satisfies { readonly [T in LedgerTableName]: LedgerTableTraits };

type TablesWhere<Trait extends keyof LedgerTableTraits> = { [T in LedgerTableName]: (typeof LEDGER_TABLES)[T][Trait] extends true ? T : never }[LedgerTableName];
export type AuditedTable = TablesWhere<'audited'>;
export type ExchangedTable = TablesWhere<'exchanged'>;
export type CountedTable = TablesWhere<'counted'>;
export type BinTable = TablesWhere<'inBin'>;

function isTableName(name: string): name is LedgerTableName {
  return Object.hasOwn(LEDGER_TABLES, name);
}

/** Every table, in the registry's order. */
export const LEDGER_TABLE_NAMES: readonly LedgerTableName[] = Object.keys(LEDGER_TABLES).filter(isTableName);

export const AUDITED_TABLES: readonly AuditedTable[] = LEDGER_TABLE_NAMES.filter((t): t is AuditedTable => LEDGER_TABLES[t].audited);
export const EXCHANGED_TABLES: readonly ExchangedTable[] = LEDGER_TABLE_NAMES.filter((t): t is ExchangedTable => LEDGER_TABLES[t].exchanged);
export const COUNTED_TABLES: readonly CountedTable[] = LEDGER_TABLE_NAMES.filter((t): t is CountedTable => LEDGER_TABLES[t].counted);
export const BIN_TABLES: readonly BinTable[] = LEDGER_TABLE_NAMES.filter((t): t is BinTable => LEDGER_TABLES[t].inBin);

/** The Chinese name of a table, or the name itself for one this version does not know. */
export function tableLabel(name: string): string {
  return isTableName(name) ? LEDGER_TABLES[name].label : name;
}
