// Matching a roll's 界别, 党派, 乡镇 and 专委会 to the office's dictionaries. Rolls write 教育界 for
// 教育, 中共 or 中国共产党 for the party 中共党员, 城关 for 城关镇: such a spelling is taken as the
// dictionary entry it obviously means, but only when that entry exists. Anything else is an unknown
// value that the user may add to the dictionary during the import.
import type { Dictionaries, DictionaryKind } from '../dictionaries/dictionary-kinds';
import { cleanText } from '../common/text';

export interface DictionaryValue {
  kind: DictionaryKind;
  name: string;
}

export type RollDictionaryKind = Extract<DictionaryKind, 'sector' | 'party' | 'township' | 'committee'>;

const PARTY_FULL_NAMES: Record<string, string> = {
  中国共产党: '中共党员', 中共: '中共党员', 党员: '中共党员', 共产党员: '中共党员', 中共预备党员: '中共党员', 预备党员: '中共党员',
  中国国民党革命委员会: '民革', 中国民主同盟: '民盟', 中国民主建国会: '民建', 中国民主促进会: '民进',
  中国农工民主党: '农工党', 农工民主党: '农工党', 中国致公党: '致公党', 台湾民主自治同盟: '台盟',
  无党派: '无党派人士', 无: '群众',
};

const SECTOR_FULL_NAMES: Record<string, string> = {
  中国共产党: '中共', 中共党员: '中共', 无党派: '无党派人士', 共青团员: '共青团', 工商业联合会: '工商联', 妇女联合会: '妇联',
};

function candidates(kind: RollDictionaryKind, value: string): string[] {
  switch (kind) {
    case 'sector': {
      const bare = value.replace(/界$/, '');
      return [bare, SECTOR_FULL_NAMES[value] ?? '', SECTOR_FULL_NAMES[bare] ?? ''];
    }
    case 'party':
      return [PARTY_FULL_NAMES[value] ?? '', value.replace(/(党员|成员|会员)$/, '')];
    case 'township':
      return [`${value}镇`, `${value}乡`, value.replace(/人民政府$/, '')];
    case 'committee':
      return [`${value}委员会`, value.replace(/委$/, '委员会'), value.replace(/^(政协|县政协)/, '')];
  }
}

/** The dictionary entry a roll's text means, or the cleaned text marked unknown. */
export function matchDictionary(kind: RollDictionaryKind, raw: string, dicts: Dictionaries): { name: string; known: boolean } {
  const value = cleanText(raw).replace(/[\s\u3000]+/g, '');
  const entries = dicts[kind];
  if (value === '' || entries.includes(value)) return { name: value, known: true };
  const hit = candidates(kind, value).find((c) => c !== '' && entries.includes(c));
  return hit ? { name: hit, known: true } : { name: value, known: false };
}

export function dictionaryValueKey(v: DictionaryValue): string {
  return `${v.kind}\u0000${v.name}`;
}
