// The year, the 截至 date and the backup every subcommand reads, checked once with Chinese messages.
import { parseBackupBytes } from '../../renderer/src/domain/backup/backup-parse';
import { isIsoDate, toIsoDate } from '../../renderer/src/domain/common/dates';
import type { Ledger } from '../../renderer/src/domain/ledger/ledger';
import { yearScope, type FigureScope } from '../../renderer/src/domain/report/figure-catalogue';
import { defaultUntil } from '../../renderer/src/domain/report/report-context';
import { committeeCounts } from '../../renderer/src/domain/exchange/committee-ledger';
import type { ParsedArgs } from './cli-args';
import type { CliIo } from './cli-io';

/** Today by the fake's clock in tests, by the PC's otherwise. */
export const todayOf = (io: CliIo): string => io.today?.() ?? toIsoDate(new Date());

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** The year and its 截至 date: without --until, the same default as the 报告 screen (today while the year is running). */
export function scopeFrom(args: ParsedArgs, today: string): Checked<FigureScope> {
  const yearText = args.options.get('year');
  if (yearText === undefined) return { ok: false, message: '请用 --year 指定年度，例如 --year 2025' };
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < 1900 || year > 2200) return { ok: false, message: `年度“${yearText}”不正确，应为四位数字，例如 2025` };
  const until = args.options.get('until');
  if (until !== undefined) {
    if (!isIsoDate(until)) return { ok: false, message: `截至日期“${until}”不正确，格式如 2025-11-30` };
    if (!until.startsWith(`${year}-`)) return { ok: false, message: `截至日期 ${until} 不在 ${year} 年内` };
  }
  const committee = args.options.get('committee')?.trim();
  if (committee === '') return { ok: false, message: '选项 --committee 缺少政协名称，例如 --committee 某县政协' };
  const scope = yearScope(year, until ?? defaultUntil(year, today));
  return { ok: true, value: committee === undefined ? scope : { ...scope, committee } };
}

/**
 * A city ledger's figures for one committee: the committee must have records in the
 * backup, or the figures would be a silent row of zeros for a misspelt name.
 */
export function committeeProblem(ledger: Ledger, scope: FigureScope): string | null {
  if (scope.committee === undefined) return null;
  const held = committeeCounts(ledger, ledger.settings?.committee.name ?? '').map((c) => c.committee);
  if (held.includes(scope.committee)) return null;
  return `备份中没有“${scope.committee}”的记录${held.length ? `（有记录的政协：${held.join('、')}）` : ''}`;
}

export async function readLedger(path: string, io: CliIo): Promise<Checked<Ledger>> {
  let bytes: Uint8Array;
  try {
    bytes = io.readBytes ? await io.readBytes(path) : new TextEncoder().encode(await io.readText(path));
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { ok: false, message: code === 'ENOENT' ? `找不到备份文件：${path}` : `无法读取备份文件 ${path}（${code ?? String(error)}）` };
  }
  const parsed = await parseBackupBytes(bytes);
  return parsed.ok ? { ok: true, value: parsed.ledger } : { ok: false, message: `${path}：${parsed.message}` };
}
