// The member list's filters and its default order (surname strokes).
import { sortByStroke } from '../common/stroke-order';
import type { Member, MemberRole, MemberStatus } from './member';
import { nameMatches } from './name-match';

export interface MemberFilter {
  sector?: string | undefined;
  township?: string | undefined;
  role?: MemberRole | undefined;
  status?: MemberStatus | undefined;
  nameQuery?: string | undefined;
}

/** `matchName` is the screen's name matcher (with pinyin once loaded); by characters without one. */
export function filterMembers(members: readonly Member[], filter: MemberFilter, matchName: (name: string, query: string) => boolean = nameMatches): Member[] {
  const q = filter.nameQuery ?? '';
  const picked = members.filter(
    (m) =>
      m.deletedAt === null &&
      (!filter.sector || m.sector === filter.sector) &&
      (!filter.township || m.township === filter.township) &&
      (!filter.role || m.role === filter.role) &&
      (!filter.status || m.status === filter.status) &&
      (!q || matchName(m.name, q)),
  );
  return sortByStroke(picked, (m) => m.name);
}
