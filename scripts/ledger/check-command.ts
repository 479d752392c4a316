// `ledger check FILE`: is this a backup the program would restore? Says in Chinese what is wrong
// and where (the same messages the 恢复 screen shows), exit 0 when valid and 1 when not, so an
// office can check the backups on a USB stick, or a script can check a night's copies.
import { parseBackup } from '../../renderer/src/domain/backup/backup-parse';
import { parseArgs } from './cli-args';
import type { CliIo } from './cli-io';
import { fail } from './figures-command';
import type { Subcommand } from './subcommand';

/** `2026-11-29T09:13:40Z` → `2026年11月29日 17:13` on this computer's clock. */
function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export const checkCommand: Subcommand = {
  name: 'check',
  usage: 'check 文件',
  summary: '检查备份文件是否完好、能否用来恢复（有效时退出码为 0，无效为 1）',
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseArgs(argv, []);
    if (!parsed.ok) return fail(io, parsed.message);
    const [path, ...extra] = parsed.args.positionals;
    if (!path) return fail(io, '请指定要检查的文件，例如：npm run ledger -- check 台账备份.cppcc-backup');
    if (extra.length) return fail(io, `多余的参数：${extra.join(' ')}`);
    let text: string;
    try {
      text = await io.readText(path);
    } catch (error) {
      const code = (error as { code?: string }).code;
      return fail(io, code === 'ENOENT' ? `找不到文件：${path}` : `无法读取文件 ${path}（${code ?? String(error)}）`);
    }
    const backup = await parseBackup(text);
    if (!backup.ok) {
      io.err(`无效：${path}\n${backup.message}\n`);
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
