// Attendances (人次) written right after a kind of activity are that kind's: 开展视察3次，组织委员83人次参加;
// 视察9次（143人次）; 开展调研12次，委员参加231人次; 组织协商活动22次，486人次委员参与协商. A report
// states the year's attendances in all once (委员参加2210人次); the same words after a kind of
// activity, or a bare 人次 in its bracket, then count that kind's.
import { FIGURE_CATALOGUE } from '../figure-catalogue';
import type { MentionContext } from './mention-context';
import { CLAUSE_FILLERS } from './sentence-shapes';

/** The general count of members' attendances, and the words that keep a clause on all activities. */
const ALL_PERSON_TIMES = 'activities.personTimes';
const ALL_ACTIVITIES = /活动|各类/;
const PERSON_TIMES = '人次';

/**
 * The attendances of the kind of activity counted right before in the same sentence (`before`),
 * when the clause names no activity of its own: its words are the general attendances' (`best`,
 * ranked before any figure is ruled out, so also when those were stated already) or none at all.
 */
export function peopleOfActivity(best: string | undefined, unit: string, ctx: MentionContext, before: string | null | undefined, notThese: ReadonlySet<string>): string | null {
  if (unit !== PERSON_TIMES || !before || ALL_ACTIVITIES.test(ctx.near)) return null;
  const wordless = best === undefined && ctx.near.replace(CLAUSE_FILLERS, '') === '';
  if (best !== ALL_PERSON_TIMES && !wordless) return null;
  const own = `${before}.personTimes`;
  return FIGURE_CATALOGUE.some((f) => f.key === own) && !notThese.has(own) ? own : null;
}
