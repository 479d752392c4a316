// The county's 乡镇, pasted at setup (or in 设置 → 字典) as the office has them: one a line, or
// separated by 、，; or spaces, perhaps numbered (1. 城关镇) — a list copied from a document.
import { cleanText } from '../common/text';

/** A member's 乡镇 holds at most this many characters. */
const MAX_TOWNSHIP_LENGTH = 30;

export type TownshipList = { ok: true; names: string[] } | { ok: false; message: string };

export function parseTownshipList(text: string): TownshipList {
  const names: string[] = [];
  for (const raw of text.split(/[\n\r、，,；;\s\u3000]+/)) {
    const name = cleanText(raw).replace(/^[（(]?\d+[)）.、．]?/, '').trim();
    if (name === '' || names.includes(name)) continue;
    if ([...name].length > MAX_TOWNSHIP_LENGTH) return { ok: false, message: `乡镇“${name.slice(0, 12)}…”超过${MAX_TOWNSHIP_LENGTH}个字，请每个乡镇单独一行或用顿号分开` };
    names.push(name);
  }
  if (names.length > 200) return { ok: false, message: `粘贴了${names.length}个乡镇，超过200个，请检查是否粘贴了别的内容` };
  return { ok: true, names };
}
