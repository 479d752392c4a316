// The member list's filters and its default order (surname strokes).
import { sortByStroke } from '../common/stroke-order';
import type { Member, MemberRole, MemberStatus } from './member';

export interface MemberFilter {
  sector?: string | undefined;
  township?: string | undefined;
  role?: MemberRole | undefined;
  status?: MemberStatus | undefined;
  nameQuery?: string | undefined;
}

export function filterMembers(members: readonly Member[], filter: MemberFilter): Member[] {
  const q = filter.nameQuery?.replace(/[\s\u3000]/g, '') ?? '';
  const picked = members.filter(
    (m) =>
      m.deletedAt === null &&
      (!filter.sector || m.sector === filter.sector) &&
      (!filter.township || m.township === filter.township) &&
      (!filter.role || m.role === filter.role) &&
      (!filter.status || m.status === filter.status) &&
      (!q || m.name.includes(q)),
  );
  return sortByStroke(picked, (m) => m.name);
}
