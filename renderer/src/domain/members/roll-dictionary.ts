// Matching a roll's 界别, 党派, 乡镇 and 专委会 to the office's dictionaries. Rolls write 教育 for
// 教育界, 中国共产党 or 中共党员 for 中共, 群众 for 无党派人士, 城关 for 城关镇: such a spelling is
// taken as the dictionary entry it obviously means, but only when that entry exists. Anything else is an unknown
// value that the user may add to the dictionary during the import.
import type { Dictionaries, DictionaryKind } from '../dictionaries/dictionary-kinds';
import { cleanText } from '../common/text';
import { COMMUNIST_PARTY_NAMES, sectorKey } from './affiliation';

export interface DictionaryValue {
  kind: DictionaryKind;
  name: string;
}

export type RollDictionaryKind = Extract<DictionaryKind, 'sector' | 'party' | 'township' | 'committee'>;

// A roll's 党派 column is often its 政治面貌: 中共党员, 民盟盟员, 群众, 共青团员. Each value lists the
// entries it may mean, first the current default's name, then the one older ledgers hold.
// Maps, not objects: a cell holding "toString" must not find Object.prototype's function.
const PARTY_NAMES = new Map<string, readonly string[]>(Object.entries({
  中国共产党: COMMUNIST_PARTY_NAMES, 中共: COMMUNIST_PARTY_NAMES, 中共党员: COMMUNIST_PARTY_NAMES, 党员: COMMUNIST_PARTY_NAMES,
  共产党员: COMMUNIST_PARTY_NAMES, 中国共产党党员: COMMUNIST_PARTY_NAMES, 中共预备党员: COMMUNIST_PARTY_NAMES, 预备党员: COMMUNIST_PARTY_NAMES,
  中国国民党革命委员会: ['民革'], 中国民主同盟: ['民盟'], 中国民主建国会: ['民建'], 中国民主促进会: ['民进'],
  中国农工民主党: ['农工党'], 农工民主党: ['农工党'], 中国致公党: ['致公党'], 台湾民主自治同盟: ['台盟'], 九三: ['九三学社'],
  无党派: ['无党派人士', '群众'], 群众: ['无党派人士', '群众'], 无: ['无党派人士', '群众'], 共青团员: ['无党派人士', '群众'], 团员: ['无党派人士', '群众'],
}));

/** "民主党派" names no party: the clerk is asked which one (never added to the dictionary). */
export const UNNAMED_PARTY = /^(各?民主党派|民主党派成员|民主党派人士|党外人士)$/;

const SECTOR_NAMES = new Map<string, string>(Object.entries({
  中国共产党: '中共', 中共党员: '中共', 无党派: '无党派人士', 共青团员: '共青团', 工商业联合会: '工商联', 妇女联合会: '妇联',
  科学技术协会: '科协', 科学技术界: '科技界', 特邀: '特邀人士', 特别邀请人士: '特邀人士', 医卫界: '医药卫生界', 文艺界: '文化艺术界',
}));

function candidates(kind: RollDictionaryKind, value: string): readonly string[] {
  switch (kind) {
    case 'sector': {
      const bare = value.replace(/界$/, '');
      const named = SECTOR_NAMES.get(value) ?? SECTOR_NAMES.get(bare) ?? '';
      // 教育 ↔ 教育界 either way, as the ledger's dictionary has it.
      return [named, `${bare}界`, bare, named.replace(/界$/, ''), sectorKey(value)];
    }
    case 'party': {
      // 民盟盟员, 九三学社社员, 民进会员, 农工党党员 → the party.
      const bare = value.replace(/(党员|盟员|社员|会员|成员)$/, '');
      return [...(PARTY_NAMES.get(value) ?? PARTY_NAMES.get(bare) ?? []), bare];
    }
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
