// Reading the two reply cells of the 一览表 that hold more than one value: 协办答复 (each 协办
// unit's reply: 县财政局：B类，2025年4月1日，面商，第二轮 — entries separated by ；) and 首轮办理
// (the first round of a proposal handled twice: A类，2025年4月1日，面商，不满意). The order of the
// parts does not matter; each is recognised by its form.
import { toHalfWidth, readDate, type CellRead } from '../members/roll-values';
import { cellText, type SheetCell } from '../common/sheet-header';
import { RATINGS, type Rating, type ReplyClass } from './proposal';

const fail = <T>(message: string): CellRead<T> => ({ ok: false, message });

export interface ReplyParts {
  replyClass: ReplyClass;
  date: string;
  faceToFace: boolean;
  round: 1 | 2;
  rating: Rating | null;
}

function readParts(text: string, classes: readonly ReplyClass[], label: string): CellRead<ReplyParts> {
  let replyClass: ReplyClass | null = null;
  let date = '';
  const parts: ReplyParts = { replyClass: 'A', date: '', faceToFace: false, round: 1, rating: null };
  for (const part of text.split(/[,，]/).map((s) => s.trim()).filter(Boolean)) {
    const cls = /^([A-Za-z])类?$/.exec(part);
    if (cls) {
      const c = classes.find((x) => x === cls[1]!.toUpperCase());
      if (!c) return fail(`${label}中的答复类别“${part}”只能是${classes.map((x) => `${x}类`).join('、')}`);
      replyClass = c;
    } else if (part === '面商' || part === '已面商') parts.faceToFace = true;
    else if (part === '第二轮' || part === '再次办理') parts.round = 2;
    else if ((RATINGS as readonly string[]).includes(part)) parts.rating = part as Rating;
    else {
      const d = readDate(part, `${label}中的日期`);
      if (!d.ok || !d.value) return fail(d.ok ? `${label}中的“${part}”无法识别` : d.message);
      date = d.value;
    }
  }
  if (!replyClass) return fail(`${label}“${text}”缺少答复类别，请写成 B类，2025年4月1日`);
  if (!date) return fail(`${label}“${text}”缺少答复日期，请写成 B类，2025年4月1日`);
  return { ok: true, value: { ...parts, replyClass, date } };
}

export interface CoReply extends ReplyParts {
  unit: string;
}

/** 协办答复: one entry per 协办 unit and round; blank is none. */
export function readCoReplies(cell: SheetCell, classes: readonly ReplyClass[]): CellRead<CoReply[]> {
  const text = toHalfWidth(cellText(cell));
  const out: CoReply[] = [];
  for (const entry of text.split(/[;；\n]/).map((s) => s.trim()).filter(Boolean)) {
    const m = /^([^:：]+)[:：](.+)$/.exec(entry);
    if (!m) return fail(`协办答复“${entry}”应写成 单位：B类，2025年4月1日`);
    const parts = readParts(m[2]!, classes, '协办答复');
    if (!parts.ok) return parts;
    out.push({ ...parts.value, unit: m[1]!.trim() });
  }
  return { ok: true, value: out };
}

/** 首轮办理: the 主办 unit's first-round reply and the 不满意 that sent the proposal round again. */
export function readFirstRound(cell: SheetCell, classes: readonly ReplyClass[]): CellRead<ReplyParts | null> {
  const text = toHalfWidth(cellText(cell)).trim();
  if (text === '') return { ok: true, value: null };
  const parts = readParts(text, classes, '首轮办理');
  if (!parts.ok) return parts;
  if (parts.value.rating !== '不满意') return fail(`首轮办理“${text}”应以“不满意”结尾：只有首轮不满意的提案才会再次办理`);
  return parts;
}
