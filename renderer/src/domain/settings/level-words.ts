// The party committee and government a record names are kept in the county's words (县委, 县政府:
// the stored values figures count by), and shown in the office's own: 市委/市政府 in a county-level
// 市, 区委/区政府 in a 区 (an autonomous county is a 县), as its reports say them.
import type { CommitteeSettings } from './committee-settings';

/** 县委 / 县政府 as the office at `level` names them; any other name (部门) as it is. */
export function inLevelWords(name: string, level: CommitteeSettings['level'] = '县'): string {
  return name.replace(/^县(?=委$|政府$)/, level);
}
