// The party committee and government a record names are kept in the county's words (县委, 县政府:
// the stored values figures count by), and shown in the office's own: 市委/市政府 in a county-level
// 市, 区委/区政府 in a 区 (an autonomous county is a 县), as its reports say them. So is the level
// below: a 县 is made of 乡镇, a 区 or a county-level 市 of 镇 and 街道, which its reports write 镇（街道）.
import type { CommitteeSettings } from './committee-settings';

/** 县委 / 县政府 as the office at `level` names them; any other name (部门) as it is. */
export function inLevelWords(name: string, level: CommitteeSettings['level'] = '县'): string {
  return name.replace(/^县(?=委$|政府$)/, level);
}

/** What the office's reports call the places one level down (驻乡镇委员, 各镇（街道）). */
export const TOWNSHIPS_BY_LEVEL: Readonly<Record<CommitteeSettings['level'], string>> = { 县: '乡镇', 区: '镇（街道）', 市: '镇（街道）' };
