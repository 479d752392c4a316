// Finding the header row of an office's Excel list (a member roll, a proposal table) and which
// column holds which field. Real lists start with a merged title and a subtitle, name columns in
// several ways and in any order, so the header is guessed and the guess says how sure it is. Each
// kind of list supplies its fields and their header spellings; the search itself is shared.
import { cleanText, normalizeHeader } from './text';

/** One cell as the Excel reader hands it over (merged cells already carry the master's value). */
export type SheetCell = string | number | Date | null;
export type SheetGrid = SheetCell[][];

/** Field → 0-based column index; a field left out is not imported. */
export type SheetMapping<F extends string> = Partial<Record<F, number>>;

export interface SheetColumns<F extends string> {
  fields: readonly F[];
  labels: Record<F, string>;
  /** Header texts (normalized, parentheses removed) that surely name a field. */
  aliases: Record<F, readonly string[]>;
  /** Header texts that are taken as a field, but only as a guess the user should confirm. */
  guesses?: Readonly<Record<string, F>>;
  /** Columns the list has that the ledger does not keep and nobody needs to be asked about. */
  ignored: readonly string[];
  /** The field a header row must name (姓名 for a roll, 案由 for a proposal table). */
  anchor: F;
  /** What the file is called in messages: 名册, 一览表. */
  noun: string;
  maxRows: number;
}

export interface SheetHeader<F extends string> {
  /** 0-based index into the grid. */
  headerRowIndex: number;
  /** Each column's header text as shown to the user ('' for an untitled column). */
  headers: string[];
  mapping: SheetMapping<F>;
  /** False when the guess needs a person to look: an ambiguous or unknown column. */
  sure: boolean;
  /** Why it is unsure, in Chinese, one line each. */
  notes: string[];
  /** Non-blank rows below the header. */
  dataRowCount: number;
}

export type SheetHeaderResult<F extends string> = { ok: true; header: SheetHeader<F> } | { ok: false; message: string };

/** The header is looked for only this far down: below it a list has only data. */
export const HEADER_SEARCH_ROWS = 10;

type Strength = 'sure' | 'guess';
interface CellMatch<F extends string> {
  field: F | 'ignore';
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

export function cellText(cell: SheetCell | undefined): string {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return cleanText(cell);
}

export function isBlankRow(row: readonly SheetCell[] | undefined): boolean {
  return !row || row.every((cell) => cellText(cell) === '');
}

function headerKey(cell: SheetCell | undefined): string {
  // `出生年月（年.月）` and `联系电话(手机)` name the same columns as without the brackets.
  return normalizeHeader(cellText(cell)).replace(/[（(][^）)]*[）)]/g, '').toUpperCase();
}

function matchHeader<F extends string>(cell: SheetCell | undefined, spec: SheetColumns<F>): CellMatch<F> | null {
  const key = headerKey(cell);
  if (!key) return null;
  if (spec.ignored.includes(key)) return { field: 'ignore', strength: 'sure' };
  for (const field of spec.fields) if (spec.aliases[field].includes(key)) return { field, strength: 'sure' };
  const guessed = spec.guesses?.[key];
  if (guessed) return { field: guessed, strength: 'guess' };
  // A long title row must not look like a header, so only short cells are searched inside.
  if (key.length > 12) return null;
  const inside = spec.fields.filter((f) => spec.aliases[f].some((alias) => alias.length >= 2 && key.includes(alias)));
  return inside.length === 1 ? { field: inside[0]!, strength: 'guess' } : null;
}

function rowScore<F extends string>(row: readonly SheetCell[], spec: SheetColumns<F>): { score: number; hasAnchor: boolean } {
  const seen = new Map<F, Strength>();
  for (const cell of row) {
    const m = matchHeader(cell, spec);
    if (m && m.field !== 'ignore' && seen.get(m.field) !== 'sure') seen.set(m.field, m.strength);
  }
  let score = 0;
  for (const strength of seen.values()) score += strength === 'sure' ? 1 : 0.5;
  return { score, hasAnchor: seen.has(spec.anchor) };
}

function proposeMapping<F extends string>(row: readonly SheetCell[], spec: SheetColumns<F>): { mapping: SheetMapping<F>; notes: string[] } {
  const candidates = new Map<F, { col: number; strength: Strength }[]>();
  const notes: string[] = [];
  row.forEach((cell, col) => {
    const m = matchHeader(cell, spec);
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
  const mapping: SheetMapping<F> = {};
  for (const [field, list] of candidates) {
    const sure = list.filter((c) => c.strength === 'sure');
    const pool = sure.length ? sure : list;
    const chosen = pool[0]!;
    mapping[field] = chosen.col;
    const label = spec.labels[field];
    if (pool.length > 1) {
      const cols = pool.map((c) => `第${columnLetter(c.col)}列`).join('、');
      notes.push(`有${pool.length}列都像“${label}”（${cols}），暂取第${columnLetter(chosen.col)}列，请确认`);
    } else if (chosen.strength === 'guess') {
      notes.push(`第${columnLetter(chosen.col)}列“${cellText(row[chosen.col])}”暂作“${label}”，请确认`);
    }
  }
  return { mapping, notes };
}

/** Looks for the header in the first rows; refuses an empty sheet, a list without its anchor column, or too many rows. */
export function detectSheetHeader<F extends string>(grid: SheetGrid, spec: SheetColumns<F>): SheetHeaderResult<F> {
  const { noun } = spec;
  if (grid.every((row) => isBlankRow(row))) {
    return { ok: false, message: `${noun}是空的：工作表里没有任何内容，请检查是否选错了文件` };
  }
  let found: { index: number; score: number } | null = null;
  for (const [index, row] of grid.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const { score, hasAnchor } = rowScore(row, spec);
    // Ties go to the upper row: a second header-like row is data or a sub-header.
    if (hasAnchor && (!found || score > found.score)) found = { index, score };
  }
  if (!found) {
    const label = spec.labels[spec.anchor];
    return {
      ok: false,
      message: `没有找到“${label}”列：${noun}前${HEADER_SEARCH_ROWS}行中应有一行表头，其中一格写着“${label}”。请在 Excel/WPS 中检查表头后重新导入`,
    };
  }
  const headerRow = grid[found.index] ?? [];
  const dataRowCount = grid.slice(found.index + 1).filter((row) => !isBlankRow(row)).length;
  if (dataRowCount > spec.maxRows) {
    return {
      ok: false,
      message: `${noun}有${dataRowCount}行，超过一次导入${spec.maxRows}行的上限，请把${noun}分成几个文件分别导入`,
    };
  }
  const { mapping, notes } = proposeMapping(headerRow, spec);
  const width = Math.max(...grid.map((row) => row.length));
  const headers = Array.from({ length: width }, (_, col) => cellText(headerRow[col]));
  return { ok: true, header: { headerRowIndex: found.index, headers, mapping, sure: notes.length === 0, notes, dataRowCount } };
}
