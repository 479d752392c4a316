// What the 备份与恢复 screen shows and writes, kept out of the components so it can be tested:
// the version stamped into a backup, the dialog filter, and how times and years read.
import type { FileFilter } from '../../platform';
import { BACKUP_FILE_EXTENSION } from '../../domain/backup/backup-format';
import { formatDateTime } from '../shared/dates';
import { TABLE_LABELS } from '../../domain/backup/field-labels';
import type { LedgerCounts } from '../../domain/ledger/ledger';

// Vite exposes only VITE_* variables; a build may set VITE_APP_VERSION, otherwise this stays in
// step with package.json by hand. The version is informational: restoring never depends on it.
const versionFromEnv: unknown = import.meta.env.VITE_APP_VERSION;
export const APP_VERSION = typeof versionFromEnv === 'string' && versionFromEnv !== '' ? versionFromEnv : '0.1.0';

export const BACKUP_FILTERS: readonly FileFilter[] = [{ name: '履职台账备份', extensions: [BACKUP_FILE_EXTENSION] }];

/** When a backup was made, as the office reads a time: `2025年3月5日 14:05`. */
export const formatBackupTime = formatDateTime;

/** Newest first, as the summary gives them: `2025年、2024年`. */
export function formatYears(years: readonly number[]): string {
  return years.length ? years.map((y) => `${y}年`).join('、') : '无活动记录';
}

/** The restore's advice on the 备份 page, whose 备份整个台账 button is above it. */
export const BEFORE_RESTORE_ON_BACKUP_PAGE = '建议先点本页上方的“备份整个台账”，保存一份当前台账的备份。';

/** …and at first run, where there is no ledger yet to lose. */
export const BEFORE_RESTORE_AT_FIRST_RUN = '这台电脑上还没有建立台账，恢复不会丢失任何记录。';

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** `20261129-173005` (local time, from an automatic backup's name) → `2026年11月29日 17:30`. */
export function formatBackupStamp(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})/u.exec(stamp);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日 ${m[4]}:${m[5]}` : stamp;
}

/** What an automatic backup holds, from the counts in its header: `委员 512 人，活动 3000 项，提案 4000 件`. */
export function describeBackupCounts(counts: Readonly<Record<string, number>> | undefined): string {
  if (!counts) return '无法读取内容（文件可能已损坏）';
  const parts = [
    ['members', '委员', '人'],
    ['activities', '活动', '项'],
    ['proposals', '提案', '件'],
    ['opinions', '社情民意', '条'],
    ['attachments', '附件', '个'],
  ].flatMap(([key, label, unit]) => (counts[key!] === undefined ? [] : [`${label} ${counts[key!]} ${unit}`]));
  return parts.join('，') || '空台账';
}

export function formatFileSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const COUNT_UNITS: Partial<Record<keyof LedgerCounts, string>> = { members: '人', activities: '项', proposals: '件', attachments: '个', opinions: '条', attendance: '条' };
const COUNT_LABELS: Partial<Record<keyof LedgerCounts, string>> = { attendance: '出勤记录', dictionary: '字典条目' };

/** Every table a restore writes, with its count, in the order the summary gives them: [表, `12 人`]. */
export function backupCountItems(counts: LedgerCounts): { key: string; label: string; text: string }[] {
  return (Object.keys(counts) as (keyof LedgerCounts)[]).map((key) => ({
    key,
    label: COUNT_LABELS[key] ?? TABLE_LABELS[key] ?? key,
    text: `${counts[key]} ${COUNT_UNITS[key] ?? '条'}`,
  }));
}
