// Reading one cell of a 提案办理情况一览表 into a proposal's value. Each reader accepts the ways
// offices write it (九届二次会议 or 第九届委员会第二次会议; A类 or Ａ; 第12号 or 012) and either
// returns the value or says in Chinese what it read and what it expected; the caller adds the row
// and column. Dates are read as the member roll reads them (roll-values.ts).
import { cleanText } from '../common/text';
import { cellText, type SheetCell } from '../common/sheet-header';
import { parseSmallChineseNumeral, toHalfWidth, type CellRead } from '../members/roll-values';
import { COLLECTIVE_KINDS, PROPOSAL_STAGES, RATINGS, type CollectiveKind, type ProposalStage, type ProposerKind, type Rating, type ReplyClass } from './proposal';

const ok = <T>(value: T): CellRead<T> => ({ ok: true, value });
const fail = <T>(message: string): CellRead<T> => ({ ok: false, message });

export type SessionRead = { kind: 'plenary'; term: number; session: number } | { kind: 'between'; year: number | null };

const NUMERAL = '[〇零一二两三四五六七八九十\\d]+';
const PLENARY = new RegExp(`第?(${NUMERAL})届(?:委员会)?第?(${NUMERAL})次(?:全体)?会议`);
const BETWEEN = /(?:(\d{4})\s*年度?)?\s*平时提案/;

function numeral(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : parseSmallChineseNumeral(text);
}

/** A session named anywhere in the text (a title row, too); null when none is. */
export function findSession(raw: string): SessionRead | null {
  const text = toHalfWidth(raw).replace(/\s+/g, '');
  const plenary = PLENARY.exec(text);
  if (plenary) {
    const term = numeral(plenary[1]!);
    const session = numeral(plenary[2]!);
    if (term !== null && session !== null && term >= 1 && term <= 30 && session >= 1 && session <= 20) return { kind: 'plenary', term, session };
  }
  const between = BETWEEN.exec(text);
  if (between) return { kind: 'between', year: between[1] ? Number(between[1]) : null };
  return null;
}

export function readSession(cell: SheetCell): CellRead<SessionRead | null> {
  const shown = cellText(cell);
  if (shown === '') return ok(null);
  const found = findSession(shown);
  return found ? ok(found) : fail(`届次会议“${shown}”无法识别，请写成 九届二次会议 或 2025年平时提案`);
}

/** 案号: 12, 012, 第12号, 12号. */
export function readNumber(cell: SheetCell): CellRead<number | null> {
  const shown = cellText(cell);
  if (shown === '') return ok(null);
  const m = /^第?0*(\d{1,5})号?$/.exec(toHalfWidth(shown).replace(/\s+/g, ''));
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n >= 1 ? ok(n) : fail(`案号“${shown}”应为正整数，如 12`);
}

/**
 * Names or units in one cell: 王明、李华 (also separated by ，,；; or line breaks). Spaces are
 * ambiguous: offices pad two-character names to the width of three (王　明), so a piece is split
 * at spaces only when every part is at least two characters long (王明 李华), and otherwise its
 * spaces are taken out (王　明 → 王明).
 */
export function readList(cell: SheetCell): string[] {
  return cellText(cell)
    .split(/[、，,；;\n]+/)
    .flatMap((piece) => {
      const parts = piece.trim().split(/[\s\u3000]+/).filter(Boolean);
      return parts.length > 1 && parts.every((p) => [...p].length >= 2) ? parts : [parts.join('')];
    })
    .filter(Boolean);
}

export interface ProposerKindRead {
  kind: ProposerKind | null;
  collectiveKind: CollectiveKind | null;
}

/** 个人, 联名, 集体, 集体（党派）; blank leaves it to the names. */
export function readProposerKind(cell: SheetCell): CellRead<ProposerKindRead> {
  const shown = cellText(cell);
  const text = toHalfWidth(shown).replace(/\s+/g, '');
  if (text === '') return ok({ kind: null, collectiveKind: null });
  const m = /^(个人|联名|集体)(?:\((党派|界别|专委会)\))?$/.exec(text);
  if (!m) return fail(`提案方式“${shown}”只能是个人、联名、集体，或写明集体的类别如 集体（党派）`);
  const collective = (m[2] ?? null) as CollectiveKind | null;
  if (collective && !COLLECTIVE_KINDS.includes(collective)) return fail(`提案方式“${shown}”中的集体类别只能是${COLLECTIVE_KINDS.join('、')}`);
  return ok({ kind: m[1] as ProposerKind, collectiveKind: collective });
}

const STAGE_ALIASES: Record<string, ProposalStage> = {
  待审: '待审查', 审查中: '待审查', 退回: '退回修改', 立案: '已立案', 不立案: '不予立案', 未立案: '不予立案', 并案: '已并案',
  撤案: '已撤案', 交办: '已交办', 办理中: '已交办', 办复: '已办复', 已答复: '已办复', 答复: '已办复', 评价: '已评价', 办结: '已办结',
};

export function readStage(cell: SheetCell): CellRead<ProposalStage | null> {
  const text = cleanText(cellText(cell)).replace(/\s+/g, '');
  if (text === '') return ok(null);
  // Own keys only: a cell saying "toString" is text, not Object.prototype's function.
  const stage = PROPOSAL_STAGES.find((s) => s === text) ?? (Object.hasOwn(STAGE_ALIASES, text) ? STAGE_ALIASES[text] : undefined);
  return stage ? ok(stage) : fail(`阶段“${text}”无法识别，只能是${PROPOSAL_STAGES.join('、')}`);
}

/** A or A类 (full-width too), one of the classes the office's scheme has. */
export function readReplyClass(cell: SheetCell, classes: readonly ReplyClass[], label = '答复类别'): CellRead<ReplyClass | null> {
  const shown = cellText(cell);
  const text = toHalfWidth(shown).replace(/\s+/g, '').replace(/类$/, '').toUpperCase();
  if (text === '') return ok(null);
  const found = classes.find((c) => c === text);
  return found ? ok(found) : fail(`${label}“${shown}”只能是${classes.map((c) => `${c}类`).join('、')}`);
}

export function readFaceToFace(cell: SheetCell): CellRead<boolean> {
  const text = cleanText(cellText(cell)).replace(/\s+/g, '');
  if (['', '否', '无', '未面商', '×'].includes(text)) return ok(false);
  if (['是', '面商', '已面商', '√', '✓'].includes(text)) return ok(true);
  return fail(`面商“${text}”只能是是或否`);
}

export interface RatingRead {
  rating: Rating;
  processRating: Rating | null;
  resultRating: Rating | null;
}

const RATING = `(${RATINGS.join('|')})`;
const RATING_WITH_PARTS = new RegExp(`^${RATING}(?:\\(办理过程${RATING},办理结果${RATING}\\))?$`);

/** 满意, or 满意（办理过程满意，办理结果基本满意） where the office rates process and result apart. */
export function readRating(cell: SheetCell): CellRead<RatingRead | null> {
  const shown = cellText(cell);
  const text = toHalfWidth(shown).replace(/\s+/g, '');
  if (text === '') return ok(null);
  const m = RATING_WITH_PARTS.exec(text);
  if (!m) return fail(`满意度“${shown}”只能是满意、基本满意或不满意`);
  return ok({ rating: m[1] as Rating, processRating: (m[2] ?? null) as Rating | null, resultRating: (m[3] ?? null) as Rating | null });
}
