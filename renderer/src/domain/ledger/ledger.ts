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
  /** Who changed which record when (issue 6); not counted as content. */
  history: HistoryEntry[];
}

export interface LedgerCounts {
  members: number;
  activities: number;
  attendance: number;
  proposals: number;
  attachments: number;
  dictionary: number;
  opinions: number;
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
  };
}
