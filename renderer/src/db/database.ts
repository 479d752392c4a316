// The Dexie database: one table per kind of record, the schema built from SCHEMA_VERSIONS.
// Only db/ sees this class; screens go through the repositories (createLedgerRepositories).
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { DictionaryEntry } from '../domain/dictionaries/dictionary-kinds';
import type { SettingsRow } from '../domain/settings/settings-row';
import { LEDGER_TABLE_NAMES } from '../domain/ledger/ledger-tables';
import type { Member } from '../domain/members/member';
import type { Activity } from '../domain/activities/activity';
import type { Attachment } from '../domain/attachments/attachment';
import type { Proposal } from '../domain/proposals/proposal';
import type { Opinion } from '../domain/opinions/opinion';
import type { HistoryEntry } from '../domain/history/history-entry';
import type { ExchangeLogEntry } from '../domain/exchange/exchange-log';
import type { PlanItem } from '../domain/plans/plan';
import type { YearNotes } from '../domain/plans/year-notes';
import type { EvaluationRound } from '../domain/evaluations/evaluation';
import type { SupervisionLetter, SupervisorAppointment } from '../domain/supervisors/supervisor';
import type { Station } from '../domain/stations/station';
import type { Campaign } from '../domain/campaigns/campaign';
import type { Pairing } from '../domain/pairings/pairing';
import type { CultureRecord } from '../domain/culture/culture';
import type { RecordSource } from '../domain/ledger/record-source';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema-versions';
import { historyMiddleware } from './history/history-middleware';

export const DEFAULT_DATABASE_NAME = 'cppcc-ledger';

export class LedgerDatabase extends Dexie {
  /** The committee's row and the 履职积分 rules' row, told apart by id (settings-repo, score-rules-repo). */
  settings!: EntityTable<SettingsRow, 'id'>;
  dictionary!: EntityTable<DictionaryEntry, 'id'>;
  members!: EntityTable<Member, 'id'>;
  activities!: EntityTable<Activity, 'id'>;
  proposals!: EntityTable<Proposal, 'id'>;
  attachments!: EntityTable<Attachment, 'id'>;
  opinions!: EntityTable<Opinion, 'id'>;
  /** Who changed what and when, written by historyMiddleware (db/history), never by a repository. */
  history!: EntityTable<HistoryEntry, 'id'>;
  /** Every exchange package imported or exported here (db/exchange-repo.ts). */
  exchangeLog!: EntityTable<ExchangeLogEntry, 'id'>;
  plans!: EntityTable<PlanItem, 'id'>;
  yearNotes!: EntityTable<YearNotes, 'id'>;
  evaluations!: EntityTable<EvaluationRound, 'id'>;
  supervisors!: EntityTable<SupervisorAppointment, 'id'>;
  supervisionLetters!: EntityTable<SupervisionLetter, 'id'>;
  stations!: EntityTable<Station, 'id'>;
  campaigns!: EntityTable<Campaign, 'id'>;
  pairings!: EntityTable<Pairing, 'id'>;
  culture!: EntityTable<CultureRecord, 'id'>;
  /** Which committee an imported record came from (the city view), keyed [table+recordId]. */
  recordSources!: Table<RecordSource, [string, string]>;

  constructor(name: string, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
    this.use(historyMiddleware);
  }

  /**
   * Every table of the registry (domain/ledger/ledger-tables.ts), for whole-ledger work (backup,
   * restore, wipe) in one transaction. A database opened at an older version (the migration test
   * builds one) lacks the newer tables.
   */
  get ledgerTables(): Table[] {
    const present = new Set(this.tables.map((t) => t.name));
    return LEDGER_TABLE_NAMES.filter((name) => present.has(name)).map((name) => this.table(name));
  }
}
