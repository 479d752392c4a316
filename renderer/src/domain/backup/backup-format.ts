// The backup file (.cppcc-backup): the whole ledger as one JSON document. Documented in
// docs/backup-format.md; the command line and the exchange between PCs read the same format.
// `tables` is serialised first and its SHA-256 stored beside it, so a truncated or hand-edited
// file is recognised before anything is validated or written.
import type { Ledger } from '../ledger/ledger';
import { bytesToBase64, sha256Hex } from '../common/base64';
import { fileStamp } from './record-stamps';

export const BACKUP_FORMAT = 'cppcc-ledger-backup';
// 2: 社情民意 (`opinions`), 批示 levels and proposals' 批示. 3: activity types and 提案类别 carry
// codes, and 履职积分 rules name types by code. Formats 1–2 are still read (backup-parse.ts): their
// entries get codes and their rules codes as they are read.
export const BACKUP_FORMAT_VERSION = 3;
export const BACKUP_FILE_EXTENSION = 'cppcc-backup';

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  createdAt: string;
  appVersion: string;
  committee: string;
  counts: Record<string, number>;
  checksum: string;
}

/** The ledger as the rows of each table, as a backup writes them (and an exchange package, which
 * iterates over these tables, so a table added here travels between PCs too). */
export function backupTables(ledger: Ledger) {
  return {
    // The committee row first, then the other rows of the settings table (the 履职积分 rules).
    settings: [ledger.settings, ledger.scoreRules].filter((row) => row !== null && row !== undefined),
    dictionary: ledger.dictionary,
    members: ledger.members,
    activities: ledger.activities,
    proposals: ledger.proposals,
    attachments: ledger.attachments.map(({ data, ...rest }) => ({ ...rest, data: bytesToBase64(data) })),
    opinions: ledger.opinions,
    history: ledger.history,
    plans: ledger.plans,
    yearNotes: ledger.yearNotes,
    stations: ledger.stations,
    campaigns: ledger.campaigns,
    pairings: ledger.pairings,
    culture: ledger.culture,
    evaluations: ledger.evaluations,
    supervisors: ledger.supervisors,
    supervisionLetters: ledger.supervisionLetters,
    // Which county each imported record came from (city view); an exchange package leaves it out.
    recordSources: ledger.recordSources,
  };
}

export async function serializeBackup(
  ledger: Ledger,
  meta: { createdAt: string; appVersion: string; schemaVersion: number },
): Promise<string> {
  const tables = backupTables(ledger);
  const tablesJson = JSON.stringify(tables);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: meta.schemaVersion,
    // Never earlier than a record in it: a reader refuses a record stamped after its file.
    createdAt: fileStamp(ledger, meta.createdAt),
    appVersion: meta.appVersion,
    committee: ledger.settings?.committee.name ?? '',
    counts: Object.fromEntries(Object.entries(tables).map(([k, rows]) => [k, rows.length])),
    checksum: await sha256Hex(tablesJson),
  };
  // The header goes first and `tables` last, written as the exact string that was hashed.
  const headerJson = JSON.stringify(header);
  return `${headerJson.slice(0, -1)},"tables":${tablesJson}}`;
}

export function backupFileName(committeeShortName: string, createdAt: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${createdAt.getFullYear()}${pad(createdAt.getMonth() + 1)}${pad(createdAt.getDate())}-${pad(createdAt.getHours())}${pad(createdAt.getMinutes())}`;
  const who = committeeShortName.replace(/[\\/:*?"<>|\s]/g, '') || '政协';
  return `${who}-履职台账备份-${stamp}.${BACKUP_FILE_EXTENSION}`;
}
