// The one object screens use to read and write the ledger: every repository function bound to
// one database. The app binds it to the real database (app-ledger.ts); tests bind it to a fresh
// fake-indexeddb database each.
import { LedgerDatabase } from './database';
import * as settings from './settings-repo';
import * as dictionary from './dictionary-repo';
import * as members from './members-repo';
import * as activities from './activities-repo';
import * as proposals from './proposals-repo';
import * as attachments from './attachments-repo';
import * as recycleBin from './recycle-bin';
import * as search from './search-repo';
import * as figures from './figures-repo';
import * as backup from './backup-repo';
import * as restorePoint from './restore-point-repo';
import * as sample from './sample-repo';
import * as memberImport from './member-import-repo';
import * as proposalImport from './proposal-import-repo';
import * as scoreRules from './score-rules-repo';
import * as scores from './scores-repo';
import * as charts from './charts-repo';
import * as reports from './reports-repo';
import * as opinions from './opinions-repo';
import * as instructions from './instructions-repo';
import * as history from './history/history-repo';
import * as years from './years-repo';
import * as exchange from './exchange-repo';
import * as committees from './committees-repo';
import * as stations from './stations-repo';
import * as campaigns from './campaigns-repo';
import * as pairings from './pairings-repo';
import * as culture from './culture-repo';
import * as plans from './plans-repo';
import * as evaluations from './evaluations-repo';
import * as supervisors from './supervisors-repo';
import * as meetingCalls from './meeting-calls-repo';

type Bound<M> = {
  [K in keyof M as M[K] extends (db: LedgerDatabase, ...rest: never[]) => unknown ? K : never]: M[K] extends (
    db: LedgerDatabase,
    ...rest: infer A
  ) => infer R
    ? (...rest: A) => R
    : never;
};

function bind<M extends object>(db: LedgerDatabase, module: M): Bound<M> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(module)) {
    if (typeof value === 'function') out[name] = (...rest: unknown[]) => (value as (...a: unknown[]) => unknown)(db, ...rest);
  }
  return out as Bound<M>;
}

export function createLedgerRepositories(db: LedgerDatabase) {
  return {
    db,
    settings: bind(db, settings),
    dictionary: bind(db, dictionary),
    members: bind(db, members),
    activities: bind(db, activities),
    proposals: bind(db, proposals),
    attachments: bind(db, attachments),
    recycleBin: bind(db, recycleBin),
    search: bind(db, search),
    figures: bind(db, figures),
    backup: bind(db, backup),
    restorePoint: bind(db, restorePoint),
    sample: bind(db, sample),
    memberImport: bind(db, memberImport),
    proposalImport: bind(db, proposalImport),
    scoreRules: bind(db, scoreRules),
    scores: bind(db, scores),
    charts: bind(db, charts),
    reports: bind(db, reports),
    opinions: bind(db, opinions),
    instructions: bind(db, instructions),
    history: bind(db, history),
    years: bind(db, years),
    exchange: bind(db, exchange),
    committees: bind(db, committees),
    stations: bind(db, stations),
    campaigns: bind(db, campaigns),
    pairings: bind(db, pairings),
    culture: bind(db, culture),
    plans: bind(db, plans),
    evaluations: bind(db, evaluations),
    supervisors: bind(db, supervisors),
    meetingCalls: bind(db, meetingCalls),
  };
}

export type LedgerRepositories = ReturnType<typeof createLedgerRepositories>;

export function openLedgerRepositories(name: string): LedgerRepositories {
  return createLedgerRepositories(new LedgerDatabase(name));
}
