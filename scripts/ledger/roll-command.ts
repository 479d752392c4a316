// `ledger roll BACKUP --out 名册.xlsx`: the members in office as the 导出名册 button writes them
// (same selection, same layout, surname-stroke order), so a roll can be printed from any backup.
import { selectRollMembers } from '../../renderer/src/domain/members/roll-export';
import { writeRollXlsx } from '../../renderer/src/export/xlsx/write-roll';
import { parseArgs } from './cli-args';
import type { CliIo } from './cli-io';
import { readLedger } from './cli-scope';
import { fail } from './figures-command';
import type { Subcommand } from './subcommand';

export const rollCommand: Subcommand = {
  name: 'roll',
  usage: 'roll 备份文件 [--out 委员名册.xlsx]',
  summary: '把在任委员按姓氏笔画为序写成 Excel 委员名册（与“导出名册”相同）',
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseArgs(argv, ['out']);
    if (!parsed.ok) return fail(io, parsed.message);
    const [path, ...extra] = parsed.args.positionals;
    if (extra.length) return fail(io, `多余的参数：${extra.join(' ')}`);
    if (!path) return fail(io, '请指定备份文件，例如：npm run ledger -- roll 台账备份.cppcc-backup --out 委员名册.xlsx');
    const ledger = await readLedger(path, io);
    if (!ledger.ok) return fail(io, ledger.message);
    const committee = ledger.value.settings?.committee;
    const roll = selectRollMembers(ledger.value.members, committee?.name ?? '');
    if (roll.members.length === 0) return fail(io, '备份中没有在任委员，没有可导出的名册');
    const out = parsed.args.options.get('out') ?? `${committee?.shortName ?? ''}委员名册.xlsx`;
    await io.writeBytes(out, await writeRollXlsx({ title: roll.title, members: roll.members }));
    io.err(`已写出 ${out}：${roll.members.length} 位在任委员${roll.skippedSample ? `（未含 ${roll.skippedSample} 位示例委员）` : ''}\n`);
    return 0;
  },
};
