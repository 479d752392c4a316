// Finding the header row of an Excel member roll (委员名册) and which column holds which field.
// Real rolls start with a merged title and a subtitle, name columns in several ways (出生年月 or
// 出生日期, 党派 or 政治面貌) and in any order, so the header is guessed and the guess says how
// sure it is: when unsure the UI shows a mapping step instead of importing silently wrong data.
import { cleanText, normalizeHeader } from '../common/text';

/** One cell as the Excel reader hands it over (merged cells already carry the master's value). */
export type RollCell = string | number | Date | null;
export type RollGrid = RollCell[][];

export const ROLL_FIELDS = [
  'name', 'gender', 'ethnicity', 'birthMonth', 'sector', 'party', 'township', 'workplace',
  'role', 'term', 'committees', 'phone', 'status', 'statusDate', 'note',
] as const;
export type RollField = (typeof ROLL_FIELDS)[number];

export const ROLL_FIELD_LABELS: Record<RollField, string> = {
  name: '姓名', gender: '性别', ethnicity: '民族', birthMonth: '出生年月', sector: '界别', party: '党派',
  township: '所在乡镇', workplace: '工作单位及职务', role: '委员职务', term: '届次', committees: '所属专委会',
  phone: '联系电话', status: '状态', statusDate: '状态日期', note: '备注',
};

/** Field → 0-based column index; a field left out is not imported. */
export type RollMapping = Partial<Record<RollField, number>>;

/** Header texts (normalized, parentheses removed) that surely name a field. */
const FIELD_ALIASES: Record<RollField, readonly string[]> = {
  name: ['姓名', '委员姓名', '名字'],
  gender: ['性别'],
  ethnicity: ['民族'],
  birthMonth: ['出生年月', '出生日期', '出生年月日', '出生时间', '生日'],
  sector: ['界别', '所属界别', '界别名称'],
  party: ['党派', '政治面貌', '所属党派', '党派团体'],
  township: ['乡镇', '所在乡镇', '所属乡镇', '乡镇街道', '所在乡镇街道'],
  workplace: ['工作单位及职务', '工作单位', '单位及职务', '工作单位和职务', '单位职务', '工作单位及职务职称', '现工作单位及职务'],
  role: ['委员职务', '政协职务'],
  term: ['届次', '届别', '所属届次'],
  committees: ['专委会', '所属专委会', '专门委员会', '所属专门委员会'],
  phone: ['联系电话', '电话', '手机', '手机号', '手机号码', '联系方式'],
  status: ['状态', '委员状态', '在任状态'],
  statusDate: ['状态日期', '变动日期', '离任日期'],
  note: ['备注'],
};

/** Columns a roll has that the ledger does not keep and nobody needs to be asked about. */
const IGNORED_HEADERS = ['序号', '编号', '排序', 'NO', 'NO.'];

/** The header is looked for only this far down: below it a roll has only data. */
export const HEADER_SEARCH_ROWS = 10;
export const MAX_ROLL_ROWS = 5000;

export interface RollHeader {
  /** 0-based index into the grid. */
  headerRowIndex: number;
  /** Each column's header text as shown to the user ('' for an untitled column). */
  headers: string[];
  mapping: RollMapping;
  /** False when the guess needs a person to look: an ambiguous or unknown column. */
  sure: boolean;
  /** Why it is unsure, in Chinese, one line each. */
  notes: string[];
  /** Non-blank rows below the header. */
  dataRowCount: number;
}

export type RollHeaderResult = { ok: true; header: RollHeader } | { ok: false; message: string };

type Strength = 'sure' | 'guess';
interface CellMatch {
  field: RollField | 'ignore';
  strength: Strength;
}

/** Excel's letter for a 0-based column: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function cellText(cell: RollCell | undefined): string {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return cleanText(cell);
}

function headerKey(cell: RollCell | undefined): string {
  // `出生年月（年.月）` and `联系电话(手机)` name the same columns as without the brackets.
  return normalizeHeader(cellText(cell)).replace(/[（(][^）)]*[）)]/g, '').toUpperCase();
}

function matchHeader(cell: RollCell | undefined): CellMatch | null {
  const key = headerKey(cell);
  if (!key) return null;
  if (IGNORED_HEADERS.includes(key)) return { field: 'ignore', strength: 'sure' };
  for (const field of ROLL_FIELDS) if (FIELD_ALIASES[field].includes(key)) return { field, strength: 'sure' };
  // Plain 职务 is as often the job title as the 政协 role: take it as the role, but ask.
  if (key === '职务') return { field: 'role', strength: 'guess' };
  // A long title row must not look like a header, so only short cells are searched inside.
  if (key.length > 12) return null;
  const inside = ROLL_FIELDS.filter((f) => FIELD_ALIASES[f].some((alias) => alias.length >= 2 && key.includes(alias)));
  return inside.length === 1 ? { field: inside[0]!, strength: 'guess' } : null;
}

function rowScore(row: readonly RollCell[]): { score: number; hasName: boolean } {
  const seen = new Map<RollField, Strength>();
  for (const cell of row) {
    const m = matchHeader(cell);
    if (m && m.field !== 'ignore' && seen.get(m.field) !== 'sure') seen.set(m.field, m.strength);
  }
  let score = 0;
  for (const strength of seen.values()) score += strength === 'sure' ? 1 : 0.5;
  return { score, hasName: seen.has('name') };
}

export function isBlankRow(row: readonly RollCell[] | undefined): boolean {
  return !row || row.every((cell) => cellText(cell) === '');
}

function proposeMapping(row: readonly RollCell[]): { mapping: RollMapping; notes: string[] } {
  const candidates = new Map<RollField, { col: number; strength: Strength }[]>();
  const notes: string[] = [];
  row.forEach((cell, col) => {
    const m = matchHeader(cell);
    const text = cellText(cell);
    if (!m) {
      if (text) notes.push(`第${columnLetter(col)}列“${text}”不认识，不会导入（可在下面指定它对应哪一项）`);
      return;
    }
    if (m.field === 'ignore') return;
    const list = candidates.get(m.field) ?? [];
    list.push({ col, strength: m.strength });
    candidates.set(m.field, list);
  });
  const mapping: RollMapping = {};
  for (const [field, list] of candidates) {
    const sure = list.filter((c) => c.strength === 'sure');
    const pool = sure.length ? sure : list;
    const chosen = pool[0]!;
    mapping[field] = chosen.col;
    const label = ROLL_FIELD_LABELS[field];
    if (pool.length > 1) {
      const cols = pool.map((c) => `第${columnLetter(c.col)}列`).join('、');
      notes.push(`有${pool.length}列都像“${label}”（${cols}），暂取第${columnLetter(chosen.col)}列，请确认`);
    } else if (chosen.strength === 'guess') {
      notes.push(`第${columnLetter(chosen.col)}列“${cellText(row[chosen.col])}”暂作“${label}”，请确认`);
    }
  }
  return { mapping, notes };
}

/** Looks for the header in the first rows; refuses an empty sheet, a roll without 姓名, or too many rows. */
export function detectRollHeader(grid: RollGrid): RollHeaderResult {
  if (grid.every((row) => isBlankRow(row))) {
    return { ok: false, message: '名册是空的：工作表里没有任何内容，请检查是否选错了文件' };
  }
  let found: { index: number; score: number } | null = null;
  for (const [index, row] of grid.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const { score, hasName } = rowScore(row);
    // Ties go to the upper row: a second header-like row is data or a sub-header.
    if (hasName && (!found || score > found.score)) found = { index, score };
  }
  if (!found) {
    return {
      ok: false,
      message: `没有找到“姓名”列：名册前${HEADER_SEARCH_ROWS}行中应有一行表头，其中一格写着“姓名”。请在 Excel/WPS 中检查表头后重新导入`,
    };
  }
  const headerRow = grid[found.index] ?? [];
  const dataRowCount = grid.slice(found.index + 1).filter((row) => !isBlankRow(row)).length;
  if (dataRowCount > MAX_ROLL_ROWS) {
    return {
      ok: false,
      message: `名册有${dataRowCount}行，超过一次导入${MAX_ROLL_ROWS}行的上限，请把名册分成几个文件分别导入`,
    };
  }
  const { mapping, notes } = proposeMapping(headerRow);
  const width = Math.max(...grid.map((row) => row.length));
  const headers = Array.from({ length: width }, (_, col) => cellText(headerRow[col]));
  return { ok: true, header: { headerRowIndex: found.index, headers, mapping, sure: notes.length === 0, notes, dataRowCount } };
}
