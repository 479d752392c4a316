// `ledger learn FILE.docx --kind supervision|standing|proposals`: what the program learns from an
// office's own report — every number in document order, with the figure it proposes and whether
// it is sure — as JSON, the same proposals the 照着去年写 screen shows the clerk.
import { readReportDocx } from '../../renderer/src/export/learn/read-report-docx';
import { learnReport, type LearnedNumber } from '../../renderer/src/domain/report/learn/learn-report';
import { REPORT_KIND_LABELS, type ReportKind } from '../../renderer/src/domain/report/report-template';
import { parseArgs } from './cli-args';
import type { CliIo } from './cli-io';
import { fail } from './figures-command';
import { readBinaryInput } from './read-input';
import type { Subcommand } from './subcommand';

const LEARNABLE_KINDS = ['supervision', 'standing', 'proposals'] as const satisfies readonly ReportKind[];

export interface LearnLine {
  text: string;
  value: number;
  unit: string;
  key: string | null;
  sure: boolean;
  /** Beside a figure: the report's year, its 截至 date, or text. */
  role: LearnedNumber['role'];
  /** A range's upper end (1—2名) and its figure. */
  to?: number;
  toKey?: string;
}

export function learnLines(numbers: readonly LearnedNumber[]): LearnLine[] {
  return numbers.map((n) => ({
    text: n.clause,
    value: n.mention.value,
    unit: n.mention.unit,
    key: n.role === 'figure' ? n.proposal.key : null,
    sure: n.proposal.sure,
    role: n.role,
    ...(n.mention.to !== undefined ? { to: n.mention.to } : {}),
    ...(n.role === 'figure' && n.proposal.toKey ? { toKey: n.proposal.toKey } : {}),
  }));
}

export const learnCommand: Subcommand = {
  name: 'learn',
  usage: 'learn 去年的报告.docx --kind supervision|standing|proposals',
  summary: '读出 Word 报告中的每个数字，以 JSON 输出程序建议对应的统计数字（key）及是否确定（sure）',
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseArgs(argv, ['kind']);
    if (!parsed.ok) return fail(io, parsed.message);
    const [path, ...extra] = parsed.args.positionals;
    if (extra.length) return fail(io, `多余的参数：${extra.join(' ')}`);
    if (!path) return fail(io, '请指定去年的报告（.docx），例如：npm run ledger -- learn 2024年民主监督工作情况汇报.docx --kind supervision');
    const kind = parsed.args.options.get('kind');
    if (!kind || !(LEARNABLE_KINDS as readonly string[]).includes(kind)) {
      return fail(io, `请用 --kind 指明报告类型：${LEARNABLE_KINDS.map((k) => `${k}（${REPORT_KIND_LABELS[k]}）`).join('、')}`);
    }
    const file = await readBinaryInput(io, path);
    if (!file.ok) return fail(io, file.message);
    const read = await readReportDocx(path.split(/[\\/]/).pop() ?? path, file.value);
    if (!read.ok) return fail(io, read.message);
    const learned = learnReport(read.blocks, kind as ReportKind);
    io.out(`${JSON.stringify(learnLines(learned.numbers), null, 2)}\n`);
    const unplaced = learned.numbers.filter((n) => n.role === 'text' && n.mention.kind !== 'ordinal' && n.mention.kind !== 'bare');
    if (unplaced.length) io.err(`以下 ${unplaced.length} 个数字未能对应统计数字，保留为原文：\n${unplaced.map((n) => `  ${n.clause}`).join('\n')}\n`);
    return 0;
  },
};
