// The pinyin of members' names for the one name matcher (domain/members/name-match). pinyin-pro's
// dictionary is several hundred kB, so it is loaded on first use, not with the first screen; every
// picker and search box shares the one load and one cache of names already spelled.
import { useCallback, useEffect, useState } from 'react';
import type { pinyin as PinyinFn } from 'pinyin-pro';
import { nameMatches, nameSpelledOut, type PinyinKeysOf } from '../../domain/members/name-match';

/** Keys from pinyin-pro, reading the first character as a surname (单 shan, 曾 zeng). */
export function pinyinKeysWith(pinyin: typeof PinyinFn): PinyinKeysOf {
  const cache = new Map<string, readonly string[]>();
  return (name) => {
    let keys = cache.get(name);
    if (!keys) {
      const spell = (pattern: 'first' | 'pinyin') =>
        pinyin(name, { surname: 'head', pattern, toneType: 'none', type: 'array' }).join('').toLowerCase();
      keys = [spell('first'), spell('pinyin')];
      cache.set(name, keys);
    }
    return keys;
  };
}

let loaded: PinyinKeysOf | null = null;
let loading: Promise<PinyinKeysOf> | null = null;

function loadPinyinKeys(): Promise<PinyinKeysOf> {
  loading ??= import('pinyin-pro').then(({ pinyin }) => (loaded = pinyinKeysWith(pinyin)));
  return loading;
}

export type NameMatcher = (name: string, query: string) => boolean;

/**
 * The pinyin keys once the dictionary is in (null until then), loaded on first use — or, with
 * `wanted` false, not yet: the shell's search box, on screen from the start, loads it when the
 * clerk first types, so the first screen never waits for it.
 */
function usePinyinKeys(wanted: boolean): PinyinKeysOf | null {
  // Functions in state go through initialiser and updater functions, or React would call them.
  const [keys, setKeys] = useState<PinyinKeysOf | null>(() => loaded);
  useEffect(() => {
    if (keys || !wanted) return;
    let live = true;
    void loadPinyinKeys().then((k) => { if (live) setKeys(() => k); });
    return () => { live = false; };
  }, [keys, wanted]);
  return keys;
}

/**
 * The matcher for a screen: by characters at once, by pinyin as soon as the dictionary is in
 * (loaded once `wanted`, by default at once).
 */
export function useNameMatcher(wanted = true): NameMatcher {
  const keys = usePinyinKeys(wanted);
  return useCallback((name, query) => nameMatches(name, query, keys ?? undefined), [keys]);
}

/** Whether a query is a name written out whole (name, initials or spelling), to pick one of several matches. */
export function useNameSpelledOut(): NameMatcher {
  const keys = usePinyinKeys(true);
  return useCallback((name, query) => nameSpelledOut(name, query, keys ?? undefined), [keys]);
}

/** For a member Select's showSearch: an option's label starts with the name (王明（教育界）). */
export function useMemberOptionFilter() {
  const match = useNameMatcher();
  return (input: string, option?: { label?: unknown }) => match(typeof option?.label === 'string' ? option.label.split('（')[0]! : '', input);
}
