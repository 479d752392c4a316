// `ledger merge A B --out C`: two exchange packages (from two PCs, or two USB sticks) merged into
// one package C with the rule the program itself uses (domain/exchange/merge-packages.ts). Both
// are checked first; a bad one is named with the reason, and C is not written.
import { parseExchangeBytes, type ExchangePackage } from '../../renderer/src/domain/exchange/exchange-parse';
import { serializeExchangePackage } from '../../renderer/src/domain/exchange/exchange-format';
import { mergePackages } from '../../renderer/src/domain/exchange/merge-packages';
import { RECORD_TABLES, rowsOf } from '../../renderer/src/domain/exchange/exchange-tables';
import { TABLE_LABELS } from '../../renderer/src/domain/backup/field-labels';
import { parseArgs } from './cli-args';
import type { CliIo } from './cli-io';
import { fail } from './figures-command';
import type { Subcommand } from './subcommand';
import { readLedgerInput } from './read-input';


async function readPackage(io: CliIo, path: string): Promise<{ ok: true; pkg: ExchangePackage } | { ok: false; message: string }> {
  const file = await readLedgerInput(io, path);
  if (!file.ok) return file;
  const parsed = await parseExchangeBytes(file.value);
  return parsed.ok ? parsed : { ok: false, message: `${path} 不能合并：${parsed.message}` };
}

export const mergeCommand: Subcommand = {
  name: 'merge',
  usage: 'merge 交换包A 交换包B --out 合并后的交换包',
  summary: '把两个交换包按程序的合并规则（较晚的修改为准）合并成一个交换包',
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseArgs(argv, ['out']);
    if (!parsed.ok) return fail(io, parsed.message);
    const [first, second, ...extra] = parsed.args.positionals;
    const out = parsed.args.options.get('out');
    if (!first || !second || !out) return fail(io, '请指定两个交换包和输出文件，例如：npm run ledger -- merge 甲.cppcc-exchange 乙.cppcc-exchange --out 合并.cppcc-exchange');
    if (extra.length) return fail(io, `多余的参数：${extra.join(' ')}`);
    if (out === first || out === second) return fail(io, '输出文件不能与要合并的交换包相同');
    const a = await readPackage(io, first);
    if (!a.ok) return fail(io, a.message);
    const b = await readPackage(io, second);
    if (!b.ok) return fail(io, b.message);
    const { records, meta } = await mergePackages(a.pkg, b.pkg);
    const text = await serializeExchangePackage(records, meta);
    try {
      await io.writeBytes(out, new TextEncoder().encode(text));
    } catch (error) {
      return fail(io, `无法写入 ${out}（${(error as { code?: string }).code ?? String(error)}）`);
    }
    const counts = RECORD_TABLES.map((t) => [t, rowsOf(records, t).length] as const).filter(([, n]) => n > 0);
    io.out(
      [
        `已合并：${out}`,
        `  ${counts.map(([t, n]) => `${TABLE_LABELS[t] ?? t} ${n} 条`).join('，') || '没有记录'}，修改记录 ${records.history.length} 条`,
        '',
      ].join('\n'),
    );
    return 0;
  },
};
