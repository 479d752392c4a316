// `ledger check FILE`: is this a backup the program would restore, or an exchange package it would
// import? Says which, or in Chinese what is wrong and where (the same messages the 恢复 and 数据交换
// screens show), exit 0 when valid and 1 when not, so an office can check the files on a USB
// stick, or a script can check a night's copies.
import { parseBackupBytes } from '../../renderer/src/domain/backup/backup-parse';
import { notOursMessage, sniffFormat } from '../../renderer/src/domain/backup/ledger-file';
import { parseExchangeBytes, type ExchangePackage } from '../../renderer/src/domain/exchange/exchange-parse';
import { RECORD_TABLES, rowsOf } from '../../renderer/src/domain/exchange/exchange-tables';
import { TABLE_LABELS } from '../../renderer/src/domain/backup/field-labels';
import { parseArgs } from './cli-args';
import type { CliIo } from './cli-io';
import { fail } from './figures-command';
import type { Subcommand } from './subcommand';
import { readLedgerInput } from './read-input';

/** `2026-11-29T09:13:40Z` → `2026年11月29日 17:13` on this computer's clock. */
function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** parseBackup's word for a file of another program; check accepts packages too, so it says so. */
const NOT_A_BACKUP = notOursMessage('backup', null);

/**
 * Whether the file opens as an exchange package (anything else is checked as a backup), from its
 * first bytes, as the readers themselves tell: the rest of the file is not decoded for this.
 */
function isExchangePackage(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return sniffFormat(new TextDecoder().decode(bytes.subarray(start, start + 1024))) === 'exchange';
}

function describePackage(path: string, pkg: ExchangePackage): string {
  const h = pkg.header;
  const counts = RECORD_TABLES.map((t) => [t, rowsOf(pkg.records, t)] as const)
    .filter(([, rows]) => rows.length > 0)
    .map(([t, rows]) => {
      const deleted = rows.filter((r) => r.deletedAt !== null).length;
      return `${TABLE_LABELS[t] ?? t} ${rows.length} 条${deleted ? `（其中已删除 ${deleted} 条）` : ''}`;
    });
  return [
    `有效：${path} 是完好的履职台账交换包，可以在“数据交换”中导入。`,
    `  来源：${h.committee || '（未设置）'}（电脑编号 ${h.installationId}）`,
    `  生成时间：${localTime(h.createdAt)}（程序版本 ${h.appVersion || '未知'}，格式版本 ${h.formatVersion}）`,
    `  内容：${h.since === null ? '全部记录' : `${localTime(h.since)}以来修改的记录`}`,
    `  ${counts.join('，') || '没有记录'}；修改记录 ${pkg.records.history.length} 条`,
    '',
  ].join('\n');
}

async function checkPackage(io: CliIo, path: string, bytes: Uint8Array): Promise<number> {
  const parsed = await parseExchangeBytes(bytes);
  if (!parsed.ok) {
    io.err(`无效：${path}（交换包）\n${parsed.message}\n`);
    return 1;
  }
  io.out(describePackage(path, parsed.pkg));
  return 0;
}

export const checkCommand: Subcommand = {
  name: 'check',
  usage: 'check 文件',
  summary: '检查备份文件或交换包是否完好、能否用来恢复或导入，并说明是哪一种（有效时退出码为 0，无效为 1）',
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseArgs(argv, []);
    if (!parsed.ok) return fail(io, parsed.message);
    const [path, ...extra] = parsed.args.positionals;
    if (!path) return fail(io, '请指定要检查的文件，例如：npm run ledger -- check 台账备份.cppcc-backup');
    if (extra.length) return fail(io, `多余的参数：${extra.join(' ')}`);
    const file = await readLedgerInput(io, path);
    if (!file.ok) return fail(io, file.message);
    const bytes = file.value;
    if (isExchangePackage(bytes)) return checkPackage(io, path, bytes);
    const backup = await parseBackupBytes(bytes);
    if (!backup.ok) {
      const neither = backup.message === NOT_A_BACKUP ? '这不是“政协履职台账”的备份文件或交换包' : backup.message;
      io.err(`无效：${path}\n${neither}\n`);
      return 1;
    }
    const { summary } = backup;
    const c = summary.counts;
    io.out(
      [
        `有效：${path} 是完好的履职台账备份，可以用来恢复。`,
        `  政协名称：${summary.committee || '（未设置）'}`,
        `  备份时间：${localTime(summary.createdAt)}（程序版本 ${summary.appVersion || '未知'}，格式版本 ${summary.formatVersion}）`,
        `  委员 ${c.members} 人，活动 ${c.activities} 项，出勤记录 ${c.attendance} 条，提案 ${c.proposals} 件，社情民意 ${c.opinions} 条，附件 ${c.attachments} 个`,
        `  年度：${summary.years.length ? summary.years.join('、') : '无'}`,
        '',
      ].join('\n'),
    );
    return 0;
  },
};
