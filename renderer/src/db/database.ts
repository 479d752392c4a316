// The Dexie database: one table per kind of record, the schema built from SCHEMA_VERSIONS.
// Only db/ sees this class; screens go through the repositories (createLedgerRepositories).
import { Dexie, type EntityTable } from 'dexie';
import type { DictionaryEntry } from '../domain/dictionaries/dictionary-kinds';
import type { SettingsRecord } from '../domain/settings/committee-settings';
import type { Member } from '../domain/members/member';
import type { Activity } from '../domain/activities/activity';
import type { Attachment } from '../domain/attachments/attachment';
import type { Proposal } from '../domain/proposals/proposal';
import type { Opinion } from '../domain/opinions/opinion';
import type { HistoryEntry } from '../domain/history/history-entry';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema-versions';
import { historyMiddleware } from './history/history-middleware';

export const DEFAULT_DATABASE_NAME = 'cppcc-ledger';

export class LedgerDatabase extends Dexie {
  settings!: EntityTable<SettingsRecord, 'id'>;
  dictionary!: EntityTable<DictionaryEntry, 'id'>;
  members!: EntityTable<Member, 'id'>;
  activities!: EntityTable<Activity, 'id'>;
  proposals!: EntityTable<Proposal, 'id'>;
  attachments!: EntityTable<Attachment, 'id'>;
  opinions!: EntityTable<Opinion, 'id'>;
  /** Who changed what and when, written by historyMiddleware (db/history), never by a repository. */
  history!: EntityTable<HistoryEntry, 'id'>;

  constructor(name: string, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
    this.use(historyMiddleware);
  }

  /**
   * Every table, for whole-ledger work (backup, restore, wipe) in one transaction. A database
   * opened at an older version (the migration test builds one) lacks the newer tables.
   */
  get ledgerTables() {
    return [this.settings, this.dictionary, this.members, this.activities, this.proposals, this.attachments, this.opinions, this.history].filter((t) => t !== undefined);
  }
}
