// Turning an Excel member roll into a preview the user confirms: every data row becomes the member
// it would import, with its problems in Chinese (第N行 and the column named). Errors keep a row
// out; warnings (a likely duplicate) only ask for a look. Nothing here writes: the UI shows the
// preview, the user accepts new dictionary values, and planRollImport says what to write.
import { birthMonthRefusal, emptyMemberFields, memberFieldsSchema, type MemberFields } from './member';
import { normalizePersonName } from '../common/text';
import { validateWith } from '../common/validation';
import type { Dictionaries } from '../dictionaries/dictionary-kinds';
import { cellText, ROLL_FIELD_LABELS, ROLL_FIELDS, type RollCell, type RollField, type RollGrid, type RollHeader, type RollMapping } from './roll-header';
import { findRole, readDate, readGender, readList, readMonth, readPhone, readRole, readStatus, readTerm, type CellRead } from './roll-values';
import { dictionaryValueKey, matchDictionary, UNNAMED_PARTY, type DictionaryValue, type RollDictionaryKind } from './roll-dictionary';
import { markDuplicates, type ExistingMember } from './roll-duplicates';
import { severityOf, type RollPreviewRow, type RollProblem } from './roll-row';

export type { DictionaryValue } from './roll-dictionary';
export type { ExistingMember } from './roll-duplicates';
export { severityOf, type ProblemSeverity, type RowSeverity, type RollProblem, type RollPreviewRow } from './roll-row';
export { planRollImport, type RollImportPlan, type RollImportChoices } from './roll-plan';
export { detectRollHeader, ROLL_FIELDS, ROLL_FIELD_LABELS, columnLetter, type RollGrid, type RollCell, type RollHeader, type RollMapping, type RollField } from './roll-header';

export interface RollImportContext {
  dictionaries: Dictionaries;
  existingMembers: readonly ExistingMember[];
  /** Members without a 届次 column belong to the committee's current term. */
  currentTerm: number;
  /** The importing PC's date (ISO): a 出生年月 after its month is refused. */
  today: string;
}

const SUMMARY_ROW = /^(合计|总计|小计|共计)/;

/** A sub-heading such as `一、中共界（12人）` merged across the row: every cell holds the same text. */
function isGroupHeading(row: readonly RollCell[]): boolean {
  const texts = row.map(cellText).filter(Boolean);
  return texts.length >= 3 && texts.every((t) => t === texts[0]);
}

const DICTIONARY_FIELDS = ['sector', 'party', 'township'] as const satisfies readonly RollDictionaryKind[];

/**
 * 委员职务 from its column. A column headed plain 职务 often holds the job title instead
 * (县一中校长): with no 政协 role in it, the text goes to 工作单位及职务 when that is empty, and
 * otherwise is returned for 备注 — never dropped.
 */
function readRoleInto(f: MemberFields, cell: RollCell): string | null {
  const read = readRole(cell);
  if (read.ok) {
    f.role = read.value;
    return null;
  }
  const text = cellText(cell);
  if (f.workplace === '') {
    f.workplace = text;
    return null;
  }
  return text;
}

function parseRow(row: readonly RollCell[], rowNumber: number, mapping: RollMapping, ctx: RollImportContext): RollPreviewRow {
  const at = (field: RollField): RollCell => {
    const col = mapping[field];
    return col === undefined ? null : (row[col] ?? null);
  };
  const problems: RollProblem[] = [];
  const error = (field: RollField | null, message: string) => problems.push({ field, severity: 'error', message: `第${rowNumber}行 ${message}` });
  const warn = (field: RollField, message: string) => problems.push({ field, severity: 'warning', message: `第${rowNumber}行 ${message}` });
  const take = <T>(field: RollField, read: CellRead<T>, set: (value: T) => void) => (read.ok ? set(read.value) : error(field, read.message));

  const f = emptyMemberFields(ctx.currentTerm);
  f.name = normalizePersonName(cellText(at('name')));
  if (!f.name) error('name', '没有填写姓名');
  take('gender', readGender(at('gender')), (v) => (f.gender = v));
  f.ethnicity = cellText(at('ethnicity'));
  take('birthMonth', readMonth(at('birthMonth'), '出生年月'), (v) => (f.birthMonth = v));
  const birth = birthMonthRefusal(f.birthMonth, ctx.today);
  if (birth) error('birthMonth', birth);
  f.workplace = cellText(at('workplace'));
  const jobTitle = readRoleInto(f, at('role'));
  take('term', readTerm(at('term'), ctx.currentTerm), (v) => (f.term = v));
  f.phone = readPhone(at('phone'));
  take('status', readStatus(at('status')), (v) => (f.status = v));
  take('statusDate', readDate(at('statusDate'), '状态日期'), (v) => (f.statusDate = v));
  f.note = cellText(at('note'));
  if (jobTitle) {
    f.note = [f.note, `职务：${jobTitle}`].filter(Boolean).join('；');
    warn('role', `委员职务列的“${jobTitle}”不是政协职务，已记入备注`);
  }
  // 委员职务 left blank (or no such column): 备注 “常委” or 工作单位及职务 “县政协副主席、…” says it.
  if (f.role === '委员') f.role = findRole(`${f.note}、${f.workplace}`) ?? '委员';

  const unknown: DictionaryValue[] = [];
  let partyQuestion: string | null = null;
  for (const kind of DICTIONARY_FIELDS) {
    const raw = cellText(at(kind));
    if (kind === 'party' && UNNAMED_PARTY.test(raw.replace(/\s+/g, ''))) {
      partyQuestion = raw;
      error('party', `党派“${raw}”没有写明是哪个党派，请在本行选择`);
      continue;
    }
    const m = matchDictionary(kind, raw, ctx.dictionaries);
    f[kind] = m.name;
    if (!m.known) unknown.push({ kind, name: m.name });
  }
  for (const raw of readList(at('committees'))) {
    const m = matchDictionary('committee', raw, ctx.dictionaries);
    if (f.committees.includes(m.name)) continue;
    f.committees.push(m.name);
    if (!m.known) unknown.push({ kind: 'committee', name: m.name });
  }

  // The schema has the last word (lengths, phone characters, a date for 调离 …).
  const checked = validateWith(memberFieldsSchema, f);
  let fields = f;
  if (checked.ok) fields = checked.value;
  else {
    for (const [path, message] of Object.entries(checked.errors)) {
      const head = path.split('.')[0] ?? '';
      const field = (ROLL_FIELDS as readonly string[]).includes(head) ? (head as RollField) : null;
      if (field && problems.some((p) => p.field === field)) continue;
      const label = field ? ROLL_FIELD_LABELS[field] : '';
      error(field, !label || message.includes(label) ? message : `${label}：${message}`);
    }
  }
  return { rowNumber, fields, problems, severity: severityOf(problems), unknownDictionaryValues: unknown, likelyDuplicate: false, partyQuestion };
}

/** Every data row below the header, blank rows, merged sub-headings and 合计 rows left out. */
export function previewRoll(grid: RollGrid, header: Pick<RollHeader, 'headerRowIndex' | 'mapping'>, ctx: RollImportContext): RollPreviewRow[] {
  const mappedColumns = Object.values(header.mapping);
  const headerRow = grid[header.headerRowIndex] ?? [];
  const rows: RollPreviewRow[] = [];
  for (let r = header.headerRowIndex + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    // A roll numbered in advance has 序号 on empty rows: only the mapped columns decide.
    if (mappedColumns.every((col) => cellText(row[col]) === '')) continue;
    if (isGroupHeading(row)) continue;
    // 合计 30人 under 序号 and 姓名: a summary row, wherever its first word is.
    if (SUMMARY_ROW.test(row.map(cellText).find(Boolean) ?? '')) continue;
    const nameCol = header.mapping.name;
    if (nameCol !== undefined) {
      const name = normalizePersonName(cellText(row[nameCol]));
      if (SUMMARY_ROW.test(name)) continue;
      // Rolls printed over several pages often repeat the header row.
      if (name && name === normalizePersonName(cellText(headerRow[nameCol]))) continue;
    }
    rows.push(parseRow(row, r + 1, header.mapping, ctx));
  }
  return markDuplicates(rows, ctx.existingMembers);
}

export interface UnknownDictionaryValue extends DictionaryValue {
  rowNumbers: number[];
}

const KIND_ORDER: readonly DictionaryValue['kind'][] = ['sector', 'party', 'township', 'committee'];

/** The distinct unknown values, for the "将以下界别/党派/乡镇加入字典" list, each with its rows. */
export function listUnknownDictionaryValues(rows: readonly RollPreviewRow[]): UnknownDictionaryValue[] {
  const byKey = new Map<string, UnknownDictionaryValue>();
  for (const row of rows) {
    for (const v of row.unknownDictionaryValues) {
      const key = dictionaryValueKey(v);
      const entry = byKey.get(key) ?? { ...v, rowNumbers: [] };
      entry.rowNumbers.push(row.rowNumber);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}
