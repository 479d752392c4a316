// The command line's arguments: positionals and `--name value` / `--name=value` options, each
// option checked against what the subcommand accepts, every complaint in Chinese.

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string>;
}

export type ArgsResult = { ok: true; args: ParsedArgs } | { ok: false, message: string };

export function parseArgs(argv: readonly string[], accepted: readonly string[]): ArgsResult {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (!accepted.includes(name)) return { ok: false, message: `不认识的选项 --${name}（可用：${accepted.map((a) => `--${a}`).join(' ')}）` };
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) value = argv[++i];
    if (value === undefined || value === '') return { ok: false, message: `选项 --${name} 缺少取值` };
    if (options.has(name)) return { ok: false, message: `选项 --${name} 重复` };
    options.set(name, value);
  }
  return { ok: true, args: { positionals, options } };
}
