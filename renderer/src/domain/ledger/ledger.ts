// The whole ledger as plain data: what a backup holds, what the statistics read, and what the
// sample generator produces. Tables appear here as arrays in the order the database keeps them.
import type { DictionaryEntry } from '../dictionaries/dictionary-kinds';
import type { SettingsRecord } from '../settings/committee-settings';
import type { Member } from '../members/member';
import type { Activity } from '../activities/activity';
import type { Attachment } from '../attachments/attachment';
import type { Proposal } from '../proposals/proposal';

export interface Ledger {
  settings: SettingsRecord | null;
  dictionary: DictionaryEntry[];
  members: Member[];
  activities: Activity[];
  proposals: Proposal[];
  attachments: Attachment[];
}

export interface LedgerCounts {
  members: number;
  activities: number;
  attendance: number;
  proposals: number;
  attachments: number;
  dictionary: number;
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
  };
}
