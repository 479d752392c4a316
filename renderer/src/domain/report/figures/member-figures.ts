// Member figures: the members serving on the `until` date (在任, or who left only after it), by
// 界别, women, members outside the Communist Party, the standing committee's members, and the
// members entered this year. The ledger keeps no date of appointment, so "new" is counted by the
// date the record was entered (its label says so) — an office that imports its roll mid-term
// sees every member as entered that year.
import { isStandingCommitteeRole, MEMBER_ROLES, servingOn, type Member } from '../../members/member';
import { DEFAULT_SECTORS } from '../../dictionaries/default-dictionaries';
import { isCommunistParty, sameSector, sectorKey } from '../../members/affiliation';
import type { Ledger } from '../../ledger/ledger';
import { type FigureDefinition, type FigureScope, withSynonyms } from '../figure-types';
import { inScopeDate, memberRef, memo, scopeKey } from './figure-slices';
import { referencedOnRead, type Unrecorded } from '../figure-result';

const GROUP = '委员';

/** [界别, key]: 界别 are the default dictionary's, written in Chinese in the key ({{members.sector.中共}}, {{members.sector.教育}} for 教育界). */
export const SECTOR_KEYS: ReadonlyArray<readonly [string, string]> = DEFAULT_SECTORS.map((s) => [s, sectorKey(s)] as const);

function serving(ledger: Ledger, scope: FigureScope): Member[] {
  return memo(ledger, `members|${scopeKey(scope)}`, () =>
    ledger.members.filter((m) => servingOn(m, scope.until)),
  );
}

/**
 * The field a count reads and which members left it empty. `unfilled` null: the field always has
 * a value (委员职务 defaults to 委员), so it is taken as not filled in when no member counts.
 */
interface ReadField {
  field: string;
  unfilled: ((m: Member) => boolean) | null;
  noneChosen?: Unrecorded['noneChosen'];
}

function memberCount(key: string, label: string, pick: (m: Member) => boolean, from = serving, reads?: ReadField): FigureDefinition {
  return {
    key, label, unit: '名', group: GROUP, roll: true,
    count(ledger, scope) {
      const all = from(ledger, scope);
      const chosen = all.filter(pick);
      const lacking = !reads ? 0 : reads.unfilled ? all.filter(reads.unfilled).length : chosen.length === 0 ? all.length : 0;
      return referencedOnRead(chosen.length, chosen, memberRef, lacking > 0 && reads ? { unrecorded: { count: lacking, of: all.length, field: reads.field, ...(reads.noneChosen ? { noneChosen: reads.noneChosen } : {}) } } : {});
    },
  };
}

const enteredThisYear = (ledger: Ledger, scope: FigureScope) =>
  ledger.members.filter((m) => m.deletedAt === null && inScopeDate(m.createdAt.slice(0, 10), scope));

/** 委员职务 is 委员 until the clerk chooses another; the 常委会组成人员 are those of the other roles (主席、副主席、秘书长或常委). */
const STANDING_ROLES = MEMBER_ROLES.filter(isStandingCommitteeRole);
const STANDING_ROLES_UNCHOSEN = { holds: MEMBER_ROLES.find((r) => !isStandingCommitteeRole(r))!, counts: `${STANDING_ROLES.slice(0, -1).join('、')}或${STANDING_ROLES.at(-1)!}` };

export const MEMBER_FIGURES: readonly FigureDefinition[] = withSynonyms([
  memberCount('members.total', '在任委员', () => true),
  // A committee always has its 主席 and 常委: none on the roll means the roles were not entered.
  memberCount('members.standingCommittee', '常委会组成人员', (m) => isStandingCommitteeRole(m.role), serving, { field: '委员职务', unfilled: null, noneChosen: STANDING_ROLES_UNCHOSEN }),
  memberCount('members.women', '女委员', (m) => m.gender === '女', serving, { field: '性别', unfilled: (m) => m.gender === '' }),
  memberCount('members.nonCommunist', '党外委员', (m) => m.party !== '' && !isCommunistParty(m.party), serving, { field: '党派', unfilled: (m) => m.party === '' }),
  memberCount('members.new', '本年新录入的委员（按录入日期）', () => true, enteredThisYear),
  ...SECTOR_KEYS.map(([sector, key]) => memberCount(`members.sector.${key}`, `${sector}委员`, (m) => sameSector(m.sector, sector))),
], {
  'members.total': ['现有委员', '委员总数', '在册委员', '全县政协委员', '全县委员', '本届委员'],
  'members.standingCommittee': ['常委', '常务委员'],
  'members.new': ['增补委员', '新增委员', '增补'],
  'members.women': ['女性委员', '女委员'],
  'members.nonCommunist': ['党外委员', '非中共委员'],
  // 无党派人士9名, 教育界14名: a 界别 named alone counts its members; a name as short as 中共 or 民革 is
  // too often part of another name (中共某县委) to stand alone.
  ...Object.fromEntries(SECTOR_KEYS.filter(([sector]) => sector.length >= 3).map(([sector, key]) => [`members.sector.${key}`, [sector]])),
});
