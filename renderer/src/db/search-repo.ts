// The shell's search box: members by name (or its pinyin) or workplace, activities by title, topic or place,
// across every year (activities newest first), proposals by 案由 and 社情民意 by title (newest first).
import type { LedgerDatabase } from './database';
import { sortByStroke } from '../domain/common/stroke-order';
import { sessionLabelOf } from '../domain/proposals/proposal';
import { issueLabel } from '../domain/opinions/opinion';
import { nameMatches } from '../domain/members/name-match';

export interface SearchHit {
  kind: 'member' | 'activity' | 'proposal' | 'opinion';
  id: string;
  title: string;
  detail: string;
}

/** `matchName` finds members (by pinyin too when the caller has the dictionary loaded). */
export async function searchLedger(db: LedgerDatabase, rawQuery: string, limit = 20, matchName: (name: string, query: string) => boolean = nameMatches): Promise<SearchHit[]> {
  const query = rawQuery.replace(/[\s\u3000]+/g, '');
  if (!query) return [];
  const members = await db.members.filter((m) => m.deletedAt === null && (matchName(m.name, query) || m.workplace.includes(query))).toArray();
  const activities = await db.activities
    .filter((a) => a.deletedAt === null && (a.title.includes(query) || a.topic.includes(query) || a.location.includes(query)))
    .toArray();
  const proposals = await db.proposals.filter((p) => p.deletedAt === null && p.title.includes(query)).toArray();
  const opinions = await db.opinions.filter((o) => o.deletedAt === null && o.title.includes(query)).toArray();
  const memberHits = sortByStroke(members, (m) => m.name).slice(0, limit).map((m) => ({
    kind: 'member' as const, id: m.id, title: m.name, detail: [m.sector, m.workplace].filter(Boolean).join(' · '),
  }));
  const activityHits = activities
    .sort((a, b) => b.startDate.localeCompare(a.startDate))
    .slice(0, limit)
    .map((a) => ({ kind: 'activity' as const, id: a.id, title: a.title, detail: `${a.type} · ${a.startDate}` }));
  const proposalHits = proposals
    .sort((a, b) => b.receivedDate.localeCompare(a.receivedDate))
    .slice(0, limit)
    .map((p) => ({ kind: 'proposal' as const, id: p.id, title: p.title, detail: `${sessionLabelOf(p)} 第${p.number}号` }));
  const opinionHits = opinions
    .sort((a, b) => b.receivedDate.localeCompare(a.receivedDate))
    .slice(0, limit)
    .map((o) => ({ kind: 'opinion' as const, id: o.id, title: o.title, detail: `社情民意 · ${o.receivedDate}${o.issue ? ` · ${issueLabel(o.issue)}` : ''}` }));
  return [...memberHits, ...activityHits, ...proposalHits, ...opinionHits];
}
