// What the 数据交换 screen shows, kept out of the components so it can be tested: the dialog
// filter, the rows of the preview's count table, this PC's packages the other has not taken, and
// how a log row reads.
import type { FileFilter } from '../../platform';
import { EXCHANGE_FILE_EXTENSION } from '../../domain/exchange/exchange-format';
import { TABLE_LABELS } from '../../domain/backup/field-labels';
import { VERDICTS, type ImportPlan, type VerdictCounts } from '../../domain/exchange/exchange-merge';
import type { ExchangeLogEntry, MissedEarlier } from '../../domain/exchange/exchange-log';
import { formatDateTime } from '../shared/dates';

export const EXCHANGE_FILTERS: readonly FileFilter[] = [{ name: '履职台账交换包', extensions: [EXCHANGE_FILE_EXTENSION] }];

export interface CountRow extends VerdictCounts {
  key: string;
  table: string;
}

/** One row per table the package touches, in the backup's table order. */
export function countRows(plan: ImportPlan): CountRow[] {
  return Object.entries(plan.counts).map(([table, counts]) => ({ key: table, table: TABLE_LABELS[table] ?? table, ...counts }));
}

/** `新增 3，更新 2，冲突 1，相同 40，本机较新 0` */
export function describeVerdicts(v: VerdictCounts | null, labels: Record<string, string>): string {
  if (!v) return '';
  return VERDICTS.map((k) => `${labels[k]} ${v[k]}`).join('，');
}

/** `2025年3月5日 14:05 以来的修改` or `全部记录`. */
export function describeSince(since: string | null): string {
  return since === null ? '全部记录' : `${formatDateTime(since)} 以来的修改`;
}

export function describeLogEntry(e: ExchangeLogEntry): string {
  return e.direction === 'export' ? `导出 ${e.records} 条记录（${describeSince(e.since)}）` : `从“${e.sourceCommittee || '未设置名称'}”导入`;
}

/**
 * The preview's word on this PC's packages the other PC has not taken though it took a later one
 * (exchange-log.ts exportsNotTaken): which, and what to do. Null when there are none.
 */
export function describeNotTaken(notTaken: readonly Pick<ExchangeLogEntry, 'fileName' | 'packageCreatedAt'>[]): string | null {
  if (!notTaken.length) return null;
  const named = notTaken.map((e) => `“${e.fileName}”（${formatDateTime(e.packageCreatedAt)} 导出）`).join('、');
  return `对方电脑还没有导入本机导出的 ${notTaken.length} 个交换包：${named}。其中的修改对方可能没有收到，两台电脑都改过的记录会列为冲突；请把这些交换包再发给对方导入（或导出“全部记录”给对方）。`;
}

/**
 * The preview's word on a package that starts after what this PC holds of the other PC's edits
 * (exchange-log.ts missedEarlier): an earlier package of that PC's was not taken here. Null when none.
 */
export function describeMissedEarlier(missed: MissedEarlier | null): string | null {
  if (!missed) return null;
  const held = missed.heldUntil === null ? '本机还没有导入过对方的“全部记录”交换包' : `本机只收全了对方 ${formatDateTime(missed.heldUntil)} 以前的修改`;
  return `这个交换包只含对方电脑 ${formatDateTime(missed.since)} 以来的修改，而${held}：对方更早导出的交换包本机没有导入，其中的修改不在这个包里。请先导入对方更早导出的交换包，或请对方导出“全部记录”；本机也改过的记录会列为冲突。`;
}
