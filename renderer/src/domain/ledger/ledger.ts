// The whole ledger as plain data: what a backup holds, what the statistics read, and what the
// sample generator produces. Tables appear here as arrays in the order the database keeps them.
import type { DictionaryEntry } from '../dictionaries/dictionary-kinds';
import type { SettingsRecord } from '../settings/committee-settings';
import type { Member } from '../members/member';
import type { Activity } from '../activities/activity';
import type { Attachment } from '../attachments/attachment';
import type { Proposal } from '../proposals/proposal';
import type { ScoreRulesRecord } from '../scores/score-rules';
import type { Opinion } from '../opinions/opinion';
import type { HistoryEntry } from '../history/history-entry';
import type { EvaluationRound } from '../evaluations/evaluation';
import type { SupervisionLetter, SupervisorAppointment } from '../supervisors/supervisor';
import type { Station } from '../stations/station';
import type { Campaign } from '../campaigns/campaign';
import type { Pairing } from '../pairings/pairing';
import type { CultureRecord } from '../culture/culture';
import type { PlanItem } from '../plans/plan';
import type { YearNotes } from '../plans/year-notes';
import type { RecordSource } from './record-source';

export interface Ledger {
  settings: SettingsRecord | null;
  /** The office's 履职积分 rules, a second row of the settings table; absent while the defaults hold. */
  scoreRules?: ScoreRulesRecord | null;
  dictionary: DictionaryEntry[];
  members: Member[];
  activities: Activity[];
  proposals: Proposal[];
  attachments: Attachment[];
  /** 社情民意信息 (schema v2, backup format 2; empty when restored from an older backup). */
  opinions: Opinion[];
  /** Who changed which record when; not counted as content. */
  history: HistoryEntry[];
  /** 民主评议 rounds with their units, results, problems and 整改 (empty from an older backup). */
  evaluations: EvaluationRound[];
  /** 民主监督员 / 特约监督员 appointments. */
  supervisors: SupervisorAppointment[];
  /** The groups' yearly 民主监督建议书. */
  supervisionLetters: SupervisionLetter[];
  /** 年度工作要点 items and the "1234" steps (empty when restored from an older backup). */
  plans: PlanItem[];
  /** Each year's 存在问题 and 下步打算 text. */
  yearNotes: YearNotes[];
  /** 乡镇政协工作联络站 and the like (empty when restored from an older backup). */
  stations: Station[];
  /** 委员履职主题实践活动, one per year. */
  campaigns: Campaign[];
  /** "三个一" and other 结对帮扶 links with their deeds. */
  pairings: Pairing[];
  /** 文史资料 collected and published, and member interviews. */
  culture: CultureRecord[];
  /** Which committee each imported record came from (the city view); records typed here have none. */
  recordSources: RecordSource[];
}

export interface LedgerCounts {
  members: number;
  activities: number;
  attendance: number;
  proposals: number;
  attachments: number;
  dictionary: number;
  opinions: number;
  evaluations: number;
  supervisors: number;
  supervisionLetters: number;
  plans: number;
  yearNotes: number;
  stations: number;
  campaigns: number;
  pairings: number;
  culture: number;
}

export function countLedger(ledger: Ledger): LedgerCounts {
  const live = <T extends { deletedAt: string | null }>(rows: T[]) => rows.filter((r) => r.deletedAt === null).length;
  return {
    members: live(ledger.members),
    activities: live(ledger.activities),
    attendance: ledger.activities.filter((a) => a.deletedAt === null).reduce((n, a) => n + a.memberIds.length, 0),
    proposals: live(ledger.proposals),
    attachments: live(ledger.attachments),
    dictionary: live(ledger.dictionary),
    opinions: live(ledger.opinions),
    evaluations: live(ledger.evaluations),
    supervisors: live(ledger.supervisors),
    supervisionLetters: live(ledger.supervisionLetters),
    plans: live(ledger.plans),
    yearNotes: live(ledger.yearNotes),
    stations: live(ledger.stations),
    campaigns: live(ledger.campaigns),
    pairings: live(ledger.pairings),
    culture: live(ledger.culture),
  };
}
