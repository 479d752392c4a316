// The columns of an Excel member roll (委员名册) and how its header row is found. Real rolls
// name columns in several ways (出生年月 or 出生日期, 党派 or 政治面貌) and in any order; the
// search is the shared one in common/sheet-header.ts, and when it is unsure the UI shows a
// mapping step instead of importing silently wrong data.
import {
  detectSheetHeader, type SheetCell, type SheetColumns, type SheetGrid, type SheetHeader, type SheetHeaderResult, type SheetMapping,
} from '../common/sheet-header';

export { cellText, columnLetter, isBlankRow, HEADER_SEARCH_ROWS } from '../common/sheet-header';

export type RollCell = SheetCell;
export type RollGrid = SheetGrid;

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
export type RollMapping = SheetMapping<RollField>;

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

export const MAX_ROLL_ROWS = 5000;

export const ROLL_COLUMNS_SPEC: SheetColumns<RollField> = {
  fields: ROLL_FIELDS,
  labels: ROLL_FIELD_LABELS,
  aliases: FIELD_ALIASES,
  // Plain 职务 is as often the job title as the 政协 role: take it as the role, but ask.
  guesses: { 职务: 'role' },
  ignored: IGNORED_HEADERS,
  anchor: 'name',
  noun: '名册',
  maxRows: MAX_ROLL_ROWS,
};

export type RollHeader = SheetHeader<RollField>;
export type RollHeaderResult = SheetHeaderResult<RollField>;

/** Looks for the header in the first rows; refuses an empty sheet, a roll without 姓名, or too many rows. */
export function detectRollHeader(grid: RollGrid): RollHeaderResult {
  return detectSheetHeader(grid, ROLL_COLUMNS_SPEC);
}
