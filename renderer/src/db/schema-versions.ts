// Every schema version the database has ever had, oldest first. This list is append-only: a
// released version is never edited (schema-versions.test.ts holds a fingerprint of each and
// fails if one changes). To change the schema, add a version with its stores and, if old
// records need new fields, an `upgrade` that fills them; then add that version's fixture to
// migration.test.ts so the test proves nothing is lost on the way up.
import type { Transaction } from 'dexie';
import type { DictionaryEntry } from '../domain/dictionaries/dictionary-kinds';
import { codeByName, withDictionaryCodes } from '../domain/dictionaries/dictionary-codes';
import { SCORE_RULES_ID, scoreRulesRecordSchema, scoreRulesWithCodes } from '../domain/scores/score-rules';
import { EMBEDDED_LISTS, withRowStamps } from '../domain/ledger/embedded-lists';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      settings: 'id',
      // `deletedAt` is null while a record is live, and IndexedDB leaves null out of an index,
      // so each deletedAt index holds exactly the recycle bin. Only indexes that a query uses:
      // each one is written with every row. Participants live inside their activity (see
      // domain/activities/activity.ts); `*memberIds` indexes them for a member's page.
      dictionary: 'id, kind, deletedAt',
      members: 'id, deletedAt',
      activities: 'id, year, [year+type], *memberIds, deletedAt',
      // Proposals embed their history, replies and feedback the same way; a session's list is
      // one range of [sessionKey+number], which also gives the next 案号.
      proposals: 'id, year, [sessionKey+number], *memberIds, deletedAt',
      attachments: 'id, ownerId, deletedAt',
    },
  },
  {
    version: 2,
    stores: {
      settings: 'id',
      dictionary: 'id, kind, deletedAt',
      members: 'id, deletedAt',
      activities: 'id, year, [year+type], *memberIds, deletedAt',
      proposals: 'id, year, [sessionKey+number], *memberIds, deletedAt',
      attachments: 'id, ownerId, deletedAt',
      // 社情民意信息: a year's list is one range of `year`; `issue.year` (absent while an item is in
      // no issue, so left out of the index) gives a year's issues and the next 期 number; the
      // submitting members are indexed like a proposal's for a member's page and the recycle bin.
      opinions: 'id, year, issue.year, *memberIds, deletedAt',
      // Who changed what and when (db/history writes it): a record's entries are one range of
      // [table+recordId]; `at` orders the whole log.
      history: 'id, [table+recordId], at',
      // 民主监督与工作计划. A year's records are one range of `year` where the work is
      // yearly; appointments, stations and pairings run across years and are few.
      plans: 'id, year, activityId, deletedAt',
      evaluations: 'id, year, deletedAt',
      supervisors: 'id, memberId, deletedAt',
      supervisionLetters: 'id, year, deletedAt',
      stations: 'id, township, deletedAt',
      campaigns: 'id, year, deletedAt',
      pairings: 'id, memberId, deletedAt',
      culture: 'id, year, kind, deletedAt',
      yearNotes: 'id, year',
      // What each exchange package import did, newest last.
      exchangeLog: 'id, at',
      // Which committee a record came from, for a city office that imports several counties'
      // packages; records typed on this PC have no row here.
      recordSources: '[table+recordId], committee',
    },
    // 批示 gained a level (县 / 市 / 省 / 全国) and proposals gained 批示. Instructions written
    // before say nothing of their level: null, shown as 未注明. Old proposals have none: [].
    upgrade: async (tx) => {
      await tx.table('activities').toCollection().modify((a: { instructions?: { level?: unknown }[] }) => {
        a.instructions = (a.instructions ?? []).map((ins) => ({ ...ins, level: ins.level ?? null }));
      });
      await tx.table('proposals').toCollection().modify((p: { instructions?: unknown[] }) => {
        p.instructions ??= [];
      });
    },
  },
  {
    version: 3,
    stores: {
      settings: 'id',
      dictionary: 'id, kind, deletedAt',
      members: 'id, deletedAt',
      activities: 'id, year, [year+type], *memberIds, deletedAt',
      proposals: 'id, year, [sessionKey+number], *memberIds, deletedAt',
      attachments: 'id, ownerId, deletedAt',
      opinions: 'id, year, issue.year, *memberIds, deletedAt',
      history: 'id, [table+recordId], at',
      plans: 'id, year, activityId, deletedAt',
      evaluations: 'id, year, deletedAt',
      supervisors: 'id, memberId, deletedAt',
      supervisionLetters: 'id, year, deletedAt',
      stations: 'id, township, deletedAt',
      campaigns: 'id, year, deletedAt',
      pairings: 'id, memberId, deletedAt',
      culture: 'id, year, kind, deletedAt',
      yearNotes: 'id, year',
      exchangeLog: 'id, at',
      recordSources: '[table+recordId], committee',
    },
    // Activity types and 提案类别 carry stable codes (domain/dictionaries/dictionary-codes.ts):
    // every entry gets its code by today's name, or by its category where an office replaced a
    // default type with its own; the 履职积分 rules saved by the office name types by code from
    // now on. Saved report templates name figures by key, never by a type's name: nothing to do.
    // Rows inside a record (批示, a proposal's replies, feedback and steps, a station's work log)
    // get an id and stamps of their own (domain/ledger/embedded-lists.ts withRowStamps), derived
    // from the record and the row alone, so two PCs upgrading the same record agree on them.
    upgrade: async (tx) => {
      for (const table of Object.keys(EMBEDDED_LISTS)) {
        await tx.table(table).toCollection().modify((record: object, ref: { value: object }) => {
          ref.value = withRowStamps(table, record);
        });
      }
      const dictionary = tx.table<DictionaryEntry, string>('dictionary');
      const entries = withDictionaryCodes(await dictionary.toArray());
      await dictionary.bulkPut(entries);
      const settings = tx.table<unknown, string>('settings');
      const saved = scoreRulesRecordSchema.safeParse(await settings.get(SCORE_RULES_ID));
      // Rules that do not parse are left as they are: loading them says so and uses the defaults.
      if (saved.success) await settings.put({ ...saved.data, rules: scoreRulesWithCodes(saved.data.rules, codeByName(entries, 'activityType')) });
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
