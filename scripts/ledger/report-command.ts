// `ledger report BACKUP --year 2025 --kind supervision [--until …] [--out report.docx]`: the
// same report the 报告 screen exports, from a backup, with the office's saved template and
// layout when the backup has them, and the same two copies: the 印发稿 at --out and the 核对稿
// beside it (…（核对稿）.docx). The clauses left out and the figures worth a check are listed on
// stderr; an unknown figure refuses the export, as in the screen. The 成文日期 defaults as on the
// screen (report-context.ts). A {{chart:…}} is left out, with a note on stderr: drawing it takes
// the window's canvas.
import { formatChineseDate, isIsoDate } from '../../renderer/src/domain/common/dates';
import { computeFiguresFor, type FigureScope } from '../../renderer/src/domain/report/figure-catalogue';
import { exportBlockers, omittedMessage, problemMessage, renderReport } from '../../renderer/src/domain/report/render-report';
import { defaultReportDate, reportContextOf, reportDateProblem } from '../../renderer/src/domain/report/report-context';
import { REPORT_KIND_LABELS, REPORT_TEMPLATE_KINDS, type ReportKind } from '../../renderer/src/domain/report/report-template';
import { chartKeysOf, figureKeysOf } from '../../renderer/src/domain/report/template-keys';
import { layoutInForce, styleInForce, templateInForce } from '../../renderer/src/domain/settings/report-settings';
import { computeReportCharts } from '../../renderer/src/domain/report/report-charts';
import { reportFileName, reportLayoutFrom, writeReportCopiesDocx, writeReportDocx } from '../../renderer/src/export/docx/write-report-docx';
import { parseArgs } from './cli-args';
import type { CliIo } from './cli-io';
import { readLedger, scopeFrom, todayOf } from './cli-scope';
import { fail, MISSING_BACKUP } from './figures-command';
import type { Subcommand } from './subcommand';
import { findMember, memberRecordDocument } from './member-report';

const OPTIONS = ['year', 'until', 'kind', 'out', 'session', 'member', 'issuer', 'date'];

function kindOf(value: string | undefined): { ok: true; kind: ReportKind } | { ok: false; message: string } {
  if (value === undefined) return { ok: false, message: '请用 --kind 指定报告类型：supervision（民主监督工作情况汇报）、standing（常委会工作报告）、proposals（提案工作情况报告）、member（委员履职档案）' };
  const kind = REPORT_TEMPLATE_KINDS.find((k) => k === value);
  return kind ? { ok: true, kind } : { ok: false, message: `报告类型“${value}”不正确，可用：${REPORT_TEMPLATE_KINDS.join('、')}` };
}

export const reportCommand: Subcommand = {
  name: 'report',
  usage: 'report 备份文件 --year 2025 --kind supervision|standing|proposals|member [--member 姓名] [--until 2025-11-30] [--session 9-2] [--out 报告.docx] [--issuer 落款] [--date 2025-11-30]',
  summary: '按 GB/T 9704 版式生成报告（.docx）',
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseArgs(argv, OPTIONS);
    if (!parsed.ok) return fail(io, parsed.message);
    const { positionals, options } = parsed.args;
    const [path, ...extra] = positionals;
    if (extra.length) return fail(io, `多余的参数：${extra.join(' ')}`);
    if (!path) return fail(io, MISSING_BACKUP);
    const kindChecked = kindOf(options.get('kind'));
    if (!kindChecked.ok) return fail(io, kindChecked.message);
    const kind = kindChecked.kind;
    if (kind === 'member' && !options.has('member')) return fail(io, '委员履职档案请用 --member 指定委员姓名（或编号）');
    if (kind !== 'member' && options.has('member')) return fail(io, '--member 只用于 --kind member');
    const scoped = scopeFrom(parsed.args, todayOf(io));
    if (!scoped.ok) return fail(io, scoped.message);
    const session = options.get('session');
    if (session !== undefined && (kind !== 'proposals' || !/^\d{1,2}-\d{1,2}$/.test(session))) {
      return fail(io, kind !== 'proposals' ? '--session 只用于 --kind proposals' : `会议“${session}”不正确，格式为 届-次，例如 9-2 表示九届二次会议`);
    }
    const date = options.get('date');
    if (date !== undefined && !isIsoDate(date)) return fail(io, `成文日期“${date}”不正确，格式如 2025-11-30`);
    const dateProblem = date === undefined ? null : reportDateProblem(scoped.value.until, date);
    if (dateProblem) return fail(io, `${dateProblem}：成文日期 ${date} 早于截至日期 ${scoped.value.until}，请改 --date 或 --until`);
    const ledger = await readLedger(path, io);
    if (!ledger.ok) return fail(io, ledger.message);
    const settings = ledger.value.settings;
    if (!settings) return fail(io, '备份中没有政协基本信息（政协全称），请先在程序中完成首次设置后再备份');
    const scope: FigureScope = session ? { ...scoped.value, sessionKey: session } : scoped.value;
    const layout = reportLayoutFrom(layoutInForce(settings.reports));
    const reportDate = date ?? defaultReportDate(scope.until, todayOf(io));
    if (kind === 'member') {
      const member = findMember(ledger.value, options.get('member')!);
      if (!member.ok) return fail(io, member.message);
      const doc = memberRecordDocument(ledger.value, member.value, scope, formatChineseDate(reportDate));
      return write(io, await writeReportDocx(doc, layout), options.get('out') ?? reportFileName(doc, scope.year), REPORT_KIND_LABELS.member);
    }
    const template = templateInForce(settings.reports, kind);
    const figures = computeFiguresFor(ledger.value, scope, figureKeysOf(template));
    const context = reportContextOf(ledger.value, scope, reportDate, styleInForce(settings.reports), options.get('issuer'));
    const charts = computeReportCharts(ledger.value, scope, chartKeysOf(template));
    const doc = renderReport(template, figures, { ...context, copy: 'print' }, charts);
    const review = renderReport(template, figures, { ...context, copy: 'review' }, charts);
    for (const o of doc.omitted ?? []) io.err(`未写入：${omittedMessage(o)}\n`);
    for (const p of doc.problems.filter((x) => x.kind !== 'unknown-figure' && x.kind !== 'nothing-recorded')) io.err(`提示：${problemMessage(p, ledger.value.dictionary)}\n`);
    const blockers = exportBlockers(doc);
    if (blockers.length) return fail(io, `不能导出${REPORT_KIND_LABELS[kind]}：${blockers.map((b) => problemMessage(b, ledger.value.dictionary)).join('；')}`);
    // Word needs a PNG (or an SVG with a PNG beside it) and no PNG can be drawn here without a
    // native module, so the charts, which the window draws with the browser's canvas, are left out.
    for (const b of doc.blocks) if (b.kind === 'chart') io.err(`提示：命令行无法把图表绘制为图片，已略去“${b.caption}”；需要图表时请在程序的“报告”页导出\n`);
    const out = options.get('out') ?? reportFileName(doc, scope.year);
    const reviewOut = out.replace(/(\.docx)?$/i, '（核对稿）.docx');
    const bytes = await writeReportCopiesDocx({ doc, review }, layout);
    const written = await write(io, bytes.doc, out, REPORT_KIND_LABELS[kind]);
    if (written !== 0 || !bytes.review) return written;
    return write(io, bytes.review, reviewOut, `${REPORT_KIND_LABELS[kind]}核对稿`);
  },
};
async function write(io: CliIo, bytes: Uint8Array, out: string, label: string): Promise<number> {
  try {
    await io.writeBytes(out, bytes);
  } catch (error) {
    return fail(io, `无法写入 ${out}（${(error as { code?: string }).code ?? String(error)}）`);
  }
  io.out(`已生成${label}：${out}\n`);
  return 0;
}
