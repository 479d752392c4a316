// Turning an Excel 提案办理情况一览表 into a preview the user confirms, as the member roll import
// does: the header is found under the title rows (common/sheet-header.ts), every data row becomes
// the proposal it would import with its problems in Chinese (第N行 and the column), and errors
// keep a row out. Checked across rows: a 案号 already used in its session — in the ledger, deleted
// proposals included (a 案号 is never reused), or twice in the file — and a 并案 whose target is
// neither in the file nor in the ledger. Nothing here writes.
import { freshStamp } from '../common/record';
import { cellText, detectSheetHeader, isBlankRow, type SheetGrid, type SheetHeader, type SheetHeaderResult } from '../common/sheet-header';
import { severityOf, type RowSeverity } from '../members/roll-row';
import type { Proposal } from './proposal';
import { validateProposalFields } from './proposal-inputs';
import { PROPOSAL_TABLE_LABELS, PROPOSAL_TABLE_SPEC, type ProposalTableField, type ProposalTableRow } from './proposal-table-columns';
import { findSession } from './proposal-table-cells';
import { parseTableRow, type ParseContext, type ParsedTableRow, type ProposalTableProblem } from './proposal-table-parse';
import { buildProposal, stepOf, StepRefused, type BuildContext } from './proposal-table-build';

export type ProposalTableHeader = SheetHeader<ProposalTableField>;
export type { ProposalTableProblem } from './proposal-table-parse';

export interface ProposalImportContext extends Omit<ParseContext, 'titleSession'>, BuildContext {
  /** Every proposal in the ledger, deleted ones too. */
  existing: readonly Proposal[];
}

export interface ProposalPreviewRow {
  rowNumber: number;
  cells: ProposalTableRow;
  /** The proposal the row imports as; null when an error keeps it out. */
  proposal: Proposal | null;
  problems: ProposalTableProblem[];
  severity: RowSeverity;
}

export function detectProposalTableHeader(grid: SheetGrid): SheetHeaderResult<ProposalTableField> {
  return detectSheetHeader(grid, PROPOSAL_TABLE_SPEC);
}

const SUMMARY_ROW = /^(合计|总计|小计|共计)/;

/** 政协××县第九届委员会第二次会议提案办理情况一览表: the session every row belongs to unless it says otherwise. */
function titleSessionOf(grid: SheetGrid, headerRowIndex: number) {
  for (const row of grid.slice(0, headerRowIndex)) {
    for (const cell of row) {
      const found = findSession(cellText(cell));
      if (found) return found;
    }
  }
  return null;
}

function withProblems(row: ProposalPreviewRow, problems: ProposalTableProblem[]): ProposalPreviewRow {
  const all = [...row.problems, ...problems];
  const severity = severityOf(all);
  return { ...row, problems: all, severity, proposal: severity === 'error' ? null : row.proposal };
}

/** The fields against the dictionaries and the roll, each message in its column. */
function fieldProblems(row: ParsedTableRow, ctx: ProposalImportContext): ProposalTableProblem[] {
  const live = new Set(ctx.members.filter((m) => m.deletedAt === null).map((m) => m.id));
  const checked = validateProposalFields(row.fields, ctx.dictionaries, live);
  if (checked.ok) return [];
  const columnOf: Record<string, ProposalTableField> = {
    title: 'title', category: 'category', receivedDate: 'receivedDate', session: 'session', term: 'session', collectiveName: 'proposers',
    collectiveKind: 'proposerKind', proposerKind: 'proposerKind', leadMemberId: 'proposers', coSignerIds: 'proposers',
  };
  return Object.entries(checked.errors).map(([path, message]) => {
    const field = columnOf[path.split('.')[0] ?? ''] ?? null;
    const label = field ? PROPOSAL_TABLE_LABELS[field] : '';
    return { field, severity: 'error', message: `第${row.rowNumber}行 ${!label || message.includes(label) ? message : `${label}：${message}`}` };
  });
}

/** Every data row below the header, blank rows, repeated headers and 合计 rows left out. */
export function previewProposalTable(grid: SheetGrid, header: Pick<ProposalTableHeader, 'headerRowIndex' | 'mapping'>, ctx: ProposalImportContext): ProposalPreviewRow[] {
  const parseCtx: ParseContext = { ...ctx, titleSession: titleSessionOf(grid, header.headerRowIndex) };
  const titleCol = header.mapping.title;
  const headerTitle = titleCol === undefined ? '' : cellText(grid[header.headerRowIndex]?.[titleCol]);
  const parsed: ParsedTableRow[] = [];
  for (let r = header.headerRowIndex + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (Object.values(header.mapping).every((col) => cellText(row[col]) === '') || isBlankRow(row)) continue;
    const title = titleCol === undefined ? '' : cellText(row[titleCol]);
    // Tables printed over several pages often repeat the header row.
    if (SUMMARY_ROW.test(title) || (title && title === headerTitle)) continue;
    parsed.push(parseTableRow(row, r + 1, header.mapping, parseCtx));
  }

  // 案号 per session: used in the ledger, or by an earlier row of the file.
  const used = new Map(ctx.existing.map((p) => [`${p.sessionKey}#${p.number}`, p]));
  const firstRowOf = new Map<string, number>();
  const rows = parsed.map((row): ProposalPreviewRow => {
    const problems = [...row.problems];
    if (!problems.some((p) => p.severity === 'error')) problems.push(...fieldProblems(row, ctx));
    const key = `${row.sessionKey}#${row.number}`;
    if (row.sessionKey && row.number) {
      const inLedger = used.get(key);
      const earlier = firstRowOf.get(key);
      const where = `${row.cells.session || '该次会议'}第${row.number}号`;
      if (inLedger) {
        const state = inLedger.deletedAt ? '（已删除，案号不再使用）' : `《${inLedger.title}》`;
        problems.push({ field: 'number', severity: 'error', message: `第${row.rowNumber}行 案号：台账中已有${where}提案${state}` });
      } else if (earlier !== undefined) {
        problems.push({ field: 'number', severity: 'error', message: `第${row.rowNumber}行 案号：${where}与第${earlier}行重复` });
      } else firstRowOf.set(key, row.rowNumber);
    }
    const base: ProposalPreviewRow = { rowNumber: row.rowNumber, cells: row.cells, proposal: null, problems, severity: severityOf(problems) };
    if (base.severity === 'error') return base;
    // A placeholder stamp: the import stamps every proposal again when it writes them.
    const built = buildProposal(row, ctx, freshStamp(`${ctx.today}T00:00:00.000Z`));
    return built.ok ? { ...base, proposal: built.proposal } : withProblems(base, built.problems);
  });
  return mergeRows(rows, parsed, ctx);
}

/** 并案 last: the target is another row of the same session (already built) or a live proposal in the ledger. */
function mergeRows(rows: ProposalPreviewRow[], parsed: readonly ParsedTableRow[], ctx: ProposalImportContext): ProposalPreviewRow[] {
  const byKey = new Map<string, ProposalPreviewRow>();
  rows.forEach((r) => r.proposal && byKey.set(`${r.proposal.sessionKey}#${r.proposal.number}`, r));
  return rows.map((row, i) => {
    const source = parsed[i]!;
    if (!row.proposal || source.stage !== '已并案' || source.mergeInto === null) return row;
    const key = `${row.proposal.sessionKey}#${source.mergeInto}`;
    const inFile = byKey.get(key);
    const inLedger = ctx.existing.find((p) => p.deletedAt === null && `${p.sessionKey}#${p.number}` === key);
    const target = inFile?.proposal ?? inLedger;
    const targetRow = inFile ? parsed[rows.indexOf(inFile)] : undefined;
    if (targetRow?.stage === '已并案') {
      return withProblems(row, [{ field: 'review', severity: 'error', message: `第${row.rowNumber}行 审查意见：第${source.mergeInto}号提案（第${targetRow.rowNumber}行）自己也已并案，不能再并入` }]);
    }
    if (!target) {
      const bad = parsed.find((p) => p.sessionKey === row.proposal!.sessionKey && p.number === source.mergeInto);
      const why = bad ? `第${bad.rowNumber}行的该提案有错误，不能导入` : '文件和台账中都没有该提案';
      return withProblems(row, [{ field: 'review', severity: 'error', message: `第${row.rowNumber}行 审查意见：要并入的第${source.mergeInto}号提案${why}` }]);
    }
    try {
      const merged = stepOf(source, ctx)(row.proposal, 'merge', { targetId: target.id, note: '' }, source.fields.receivedDate, 'review', target);
      return { ...row, proposal: merged };
    } catch (e) {
      if (e instanceof StepRefused) return withProblems(row, e.problems);
      throw e;
    }
  });
}

export interface ProposalImportPlan {
  proposals: Proposal[];
  importedRowNumbers: number[];
  errorRowCount: number;
  warningRowCount: number;
}

/** What 确认导入 writes: every row without an error. */
export function planProposalImport(rows: readonly ProposalPreviewRow[]): ProposalImportPlan {
  const ok = rows.filter((r): r is ProposalPreviewRow & { proposal: Proposal } => r.proposal !== null && r.severity !== 'error');
  return {
    proposals: ok.map((r) => r.proposal),
    importedRowNumbers: ok.map((r) => r.rowNumber),
    errorRowCount: rows.filter((r) => r.severity === 'error').length,
    warningRowCount: rows.filter((r) => r.severity === 'warning').length,
  };
}
