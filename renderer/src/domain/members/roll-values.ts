// Reading one roll cell into a member field. Rolls write the same thing many ways — a birth month
// as an Excel date, a serial number, 1975.04, 1975-4, 1975年4月 or 197504; a term as 第九届, 九届
// or 9 — and each reader either returns the ledger's value or says in Chinese what it read and
// what it expected (the caller adds the row and column).
import { MEMBER_ROLES, MEMBER_STATUSES, type MemberRole, type MemberStatus } from './member';
import { isIsoDate, isIsoMonth } from '../common/dates';
import { cleanText } from '../common/text';
import { cellText, type RollCell } from './roll-header';

export type CellRead<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellRead<T> => ({ ok: true, value });
const fail = <T>(message: string): CellRead<T> => ({ ok: false, message });

/** Full-width digits and punctuation (１９７５．０４) typed with a Chinese input method. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

interface YearMonthDay {
  y: number;
  m: number;
  d: number | null;
}

// Excel counts days from 1899-12-30 (its 1900 leap-year bug is already folded into that origin).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const MAX_SERIAL = 110_000; // ≈ year 2201: anything larger is not a date serial.

function fromDate(date: Date): YearMonthDay | null {
  if (Number.isNaN(date.getTime())) return null;
  // The reader builds dates at UTC midnight, so UTC parts are the calendar date Excel shows.
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function fromNumber(n: number): YearMonthDay | 'yearOnly' | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  if (Number.isInteger(n)) {
    if (n >= 1900 && n <= 2200) return 'yearOnly';
    if (n >= 190_001 && n <= 220_012) return { y: Math.floor(n / 100), m: n % 100, d: null };
    if (n >= 19_000_101 && n <= 22_001_231) return { y: Math.floor(n / 10_000), m: Math.floor(n / 100) % 100, d: n % 100 };
  } else if (n >= 1900 && n < 2201) {
    // 1975.04 typed into a cell Excel keeps as a number; its decimals are the month.
    const [y, frac = ''] = String(n).split('.');
    return { y: Number(y), m: Number(frac), d: null };
  }
  if (n < MAX_SERIAL) return fromDate(new Date(EXCEL_EPOCH_MS + Math.floor(n) * DAY_MS));
  return null;
}

const YMD_TEXT = /^(\d{4})\s*[.\-/年。,，、]\s*(\d{1,2})\s*(?:月)?\s*(?:[.\-/]?\s*(\d{1,2})\s*日?)?$/;
const COMPACT_TEXT = /^(\d{4})(\d{2})(\d{2})?$/;

function fromText(raw: string): YearMonthDay | 'yearOnly' | null {
  const text = toHalfWidth(raw).trim().replace(/\s+/g, '');
  if (/^\d{4}年?$/.test(text)) return 'yearOnly';
  const m = YMD_TEXT.exec(text) ?? COMPACT_TEXT.exec(text);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: m[3] ? Number(m[3]) : null };
}

function readYmd(cell: RollCell, label: string): CellRead<YearMonthDay | null> {
  if (cell === null || cellText(cell) === '') return ok(null);
  const shown = cellText(cell);
  const parsed = cell instanceof Date ? fromDate(cell) : typeof cell === 'number' ? fromNumber(cell) : fromText(shown);
  if (parsed === 'yearOnly') return fail(`${label}“${shown}”只有年份，请写成 1975.04 这样的年月`);
  if (!parsed) return fail(`${label}“${shown}”无法识别，请写成 1975.04、1975-04 或 1975年4月`);
  return ok(parsed);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A birth month: '' when blank, else `YYYY-MM`; a day, if written, is checked and dropped. */
export function readMonth(cell: RollCell, label: string): CellRead<string> {
  const r = readYmd(cell, label);
  if (!r.ok) return r;
  if (!r.value) return ok('');
  const { y, m, d } = r.value;
  const iso = `${y}-${pad(m)}`;
  const shown = cellText(cell);
  if (!isIsoMonth(iso)) return fail(`${label}“${shown}”不是有效的年月（年份应在1900—2200之间，月份应为1—12）`);
  if (d !== null && !isIsoDate(`${iso}-${pad(d)}`)) return fail(`${label}“${shown}”不是有效的日期`);
  return ok(iso);
}

/** A full date (状态日期): '' when blank, else `YYYY-MM-DD`. */
export function readDate(cell: RollCell, label: string): CellRead<string> {
  const r = readYmd(cell, label);
  if (!r.ok) return r;
  if (!r.value) return ok('');
  const { y, m, d } = r.value;
  const shown = cellText(cell);
  if (d === null) return fail(`${label}“${shown}”缺少日，请写成 2025-03-05 或 2025年3月5日`);
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return isIsoDate(iso) ? ok(iso) : fail(`${label}“${shown}”不是有效的日期`);
}

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 九 → 9, 十二 → 12, 二十 → 20: terms never reach a hundred. */
export function parseSmallChineseNumeral(text: string): number | null {
  if (!/^[〇零一二两三四五六七八九十]+$/.test(text)) return null;
  const ten = text.indexOf('十');
  if (ten === -1) return text.length === 1 ? (CHINESE_DIGITS[text] ?? null) : null;
  if (text.indexOf('十', ten + 1) !== -1) return null;
  const tens = ten === 0 ? 1 : CHINESE_DIGITS[text.slice(0, ten)];
  const onesText = text.slice(ten + 1);
  const ones = onesText === '' ? 0 : CHINESE_DIGITS[onesText];
  return tens === undefined || ones === undefined || ten > 1 || onesText.length > 1 ? null : tens * 10 + ones;
}

/** 届次: blank means the current term. */
export function readTerm(cell: RollCell, currentTerm: number): CellRead<number> {
  const shown = cellText(cell);
  if (shown === '') return ok(currentTerm);
  const text = toHalfWidth(shown).replace(/\s+/g, '').replace(/^(政协)?第?/, '').replace(/(届|届委员会)$/, '');
  const n = /^\d+$/.test(text) ? Number(text) : parseSmallChineseNumeral(text);
  if (n === null || n < 1 || n > 30) return fail(`届次“${shown}”无法识别，请写成 第九届、九届 或 9`);
  return ok(n);
}

export function readGender(cell: RollCell): CellRead<'' | '男' | '女'> {
  const text = cleanText(cellText(cell)).replace(/\s+/g, '');
  if (text === '') return ok('');
  if (text === '男' || text === '男性') return ok('男');
  if (text === '女' || text === '女性') return ok('女');
  return fail(`性别“${text}”只能是男或女`);
}

// A Map, not an object: a cell saying "toString" must find nothing, not Object.prototype's function.
const ROLE_ALIASES: ReadonlyMap<string, MemberRole> = new Map([['常务委员', '常委'], ['委员', '委员']]);
// Highest first: a cell naming two (副主席、常委) takes the higher.
const ROLE_RANK: readonly MemberRole[] = ['主席', '副主席', '秘书长', '常委', '委员'];

/**
 * The 政协 role a text names, or null: 常委, 政协常委, 县政协副主席 … as a whole item of a list such as
 * 备注 “常委、县一中校长” or 工作单位及职务 “县政协副主席、民盟县委主委”. A role of another body
 * (县工商联主席, 县委常委, 副秘书长) is not one: only a bare role or one of the 政协 counts.
 */
export function findRole(text: string): MemberRole | null {
  const items = cleanText(text).split(/[、，,；;/\s\u3000（）()]+/).filter(Boolean);
  let best: MemberRole | null = null;
  for (const item of items) {
    const bare = item.replace(/^(中国人民政治协商会议)?(\S{0,8}?[县区市州省])?(政协|人民政协)/, '').replace(/^第?[一二三四五六七八九十\d]+届/, '');
    const role = ROLE_ALIASES.get(bare) ?? ROLE_RANK.find((r) => r === bare) ?? null;
    if (role && (best === null || ROLE_RANK.indexOf(role) < ROLE_RANK.indexOf(best))) best = role;
  }
  return best;
}

/** 委员职务: blank means 委员; a cell with no 政协 role in it (a job title under 职务) is refused. */
export function readRole(cell: RollCell): CellRead<MemberRole> {
  const text = cleanText(cellText(cell)).replace(/\s+/g, ' ').trim();
  if (text === '') return ok('委员');
  const role = findRole(text);
  return role ? ok(role) : fail(`委员职务“${text}”无法识别，只能是${MEMBER_ROLES.join('、')}`);
}

const STATUS_ALIASES: ReadonlyMap<string, MemberStatus> = new Map([['现任', '在任'], ['调出', '调离'], ['辞职', '辞去'], ['已故', '去世'], ['逝世', '去世']]);

/** 状态: blank means 在任. */
export function readStatus(cell: RollCell): CellRead<MemberStatus> {
  const text = cleanText(cellText(cell)).replace(/\s+/g, '');
  if (text === '') return ok('在任');
  const status = STATUS_ALIASES.get(text) ?? MEMBER_STATUSES.find((s) => s === text);
  return status ? ok(status) : fail(`状态“${text}”无法识别，只能是${MEMBER_STATUSES.join('、')}`);
}

/** 联系电话 typed as a number or with full-width digits. */
export function readPhone(cell: RollCell): string {
  return toHalfWidth(cellText(cell)).trim();
}

/** 所属专委会: several, separated by 、，,；; / or spaces. */
export function readList(cell: RollCell): string[] {
  return cellText(cell).split(/[、，,；;/\s\u3000]+/).map((s) => s.trim()).filter(Boolean);
}
