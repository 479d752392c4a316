// Two members may share a name (a county can have two 王明), so a same name is asked about, never
// refused. The question names the other member's 界别 and 工作单位 so the clerk can tell whether
// it is the same person; the hand form and the roll import ask it in the same words.
import type { MemberFields } from './member';
import { termLabel } from '../common/chinese-numerals';
import { normalizePersonName } from '../common/text';

export type NamedMember = Pick<MemberFields, 'name' | 'sector' | 'workplace' | 'term'> & { id?: string; deletedAt?: string | null };

/** The live members named `name`, leaving out the one being edited (`selfId`). */
export function namesakesOf<M extends NamedMember>(name: string, members: readonly M[], selfId?: string): M[] {
  const wanted = normalizePersonName(name);
  if (!wanted) return [];
  return members.filter((m) => !m.deletedAt && m.id !== selfId && m.name === wanted);
}

/** How a clerk tells a member from a namesake: 界别 and 工作单位, or the 届 when neither is filled. */
export function whoIs(m: NamedMember): string {
  const known = [m.sector, m.workplace].filter(Boolean);
  return known.length ? known.join('，') : `${termLabel(m.term)}委员`;
}

/** 已有同名委员王明（教育界，县一中教师），请确认不是同一人 — one bracket per namesake. */
export function namesakeWarning(name: string, namesakes: readonly NamedMember[]): string {
  return `已有同名委员${normalizePersonName(name)}（${namesakes.map(whoIs).join('；')}），请确认不是同一人`;
}
