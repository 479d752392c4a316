// `npm run ledger -- <subcommand> …`: the reports without the window, reading a backup file.
// Subcommands are a table, so new ones are one entry each.
import type { CliIo } from './cli-io';
import { checkCommand } from './check-command';
import { mergeCommand } from './merge-command';
import { figuresCommand } from './figures-command';
import { reportCommand } from './report-command';
import { learnCommand } from './learn-command';
import { rollCommand } from './roll-command';
import type { Subcommand } from './subcommand';

export const SUBCOMMANDS: readonly Subcommand[] = [figuresCommand, reportCommand, learnCommand, rollCommand, checkCommand, mergeCommand];

export function usage(): string {
  return ['用法：npm run ledger -- <命令> …', '', ...SUBCOMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`), ''].join('\n');
}

export async function runLedgerCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(usage());
    return name === undefined ? 1 : 0;
  }
  const command = SUBCOMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`错误：没有“${name}”这个命令\n\n${usage()}`);
    return 1;
  }
  return command.run(rest, io);
}
