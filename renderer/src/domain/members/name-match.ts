// The one rule for finding a member by what the user types: part of the name (明, 王明), or the
// pinyin of the name from its start — initials (wm for 王明) or the whole spelling (wangming).
// The pinyin itself comes from a dictionary the renderer loads lazily; until it has loaded (and in
// code that has none) a name is found by its characters only.

/** The pinyin keys of a name, lower case without spaces: initials and full spelling (wm, wangming). */
export type PinyinKeysOf = (name: string) => readonly string[];

/** What the user typed, as the matcher compares it: no spaces of any width, lower case. */
export function normalizeQuery(query: string): string {
  return query.replace(/[\s\u3000]+/g, '').toLowerCase();
}

export function nameMatches(name: string, query: string, pinyinKeysOf?: PinyinKeysOf): boolean {
  const q = normalizeQuery(query);
  if (!q) return true;
  if (name.includes(q)) return true;
  if (!pinyinKeysOf || !/^[a-z]+$/.test(q)) return false;
  return pinyinKeysOf(name).some((key) => key.startsWith(q));
}

/** The query is the whole name, its whole initials or its whole spelling (yx is 杨雪, not 杨学军): picks one of several matches. */
export function nameSpelledOut(name: string, query: string, pinyinKeysOf?: PinyinKeysOf): boolean {
  const q = normalizeQuery(query);
  return q !== '' && (name === q || (pinyinKeysOf?.(name) ?? []).includes(q));
}
