// `ledger figures BACKUP --year 2025 [--until 2025-11-30] [--committee 某县政协]`: every figure of
// the catalogue as JSON [{key, label, value, unit}], for checking a report's numbers or feeding
// another tool; with --committee, one committee's figures of a city ledger.
import { computeFigures, figureCatalogueFor } from '../../renderer/src/domain/report/figure-catalogue';
import { parseArgs } from './cli-args';
import type { CliIo } from './cli-io';
import { committeeProblem, readLedger, scopeFrom, todayOf } from './cli-scope';
import type { Subcommand } from './subcommand';

export interface FigureLine {
  key: string;
  label: string;
  value: number;
  unit: string;
}

export const figuresCommand: Subcommand = {
  name: 'figures',
  usage: 'figures 备份文件 --year 2025 [--until 2025-11-30] [--committee 某县政协]',
  summary: '以 JSON 输出该年度（截至某日）的全部统计数字',
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseArgs(argv, ['year', 'until', 'committee']);
    if (!parsed.ok) return fail(io, parsed.message);
    const [path, ...extra] = parsed.args.positionals;
    if (extra.length) return fail(io, `多余的参数：${extra.join(' ')}`);
    if (!path) return fail(io, MISSING_BACKUP);
    const scope = scopeFrom(parsed.args, todayOf(io));
    if (!scope.ok) return fail(io, scope.message);
    const ledger = await readLedger(path, io);
    if (!ledger.ok) return fail(io, ledger.message);
    const notHeld = committeeProblem(ledger.value, scope.value);
    if (notHeld) return fail(io, notHeld);
    const figures = computeFigures(ledger.value, scope.value);
    const lines: FigureLine[] = figureCatalogueFor(ledger.value.dictionary).map((f) => ({ key: f.key, label: f.label, value: figures.get(f.key)!.value, unit: f.unit }));
    io.out(`${JSON.stringify(lines, null, 2)}\n`);
    return 0;
  },
};

export const MISSING_BACKUP = '请指定备份文件，例如：npm run ledger -- figures 台账备份.json --year 2025';

export function fail(io: CliIo, message: string): number {
  io.err(`错误：${message}\n`);
  return 1;
}
