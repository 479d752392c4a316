// The 签到表 of an activity: who is listed, in which order, under which columns, and the title and
// the line of time and place above them. The .docx and .xlsx writers (export/) only lay it out.
// Listed are the activity's participants as recorded, whatever their attendance (a sheet printed
// after 请假 was marked still lists the person, who may yet come); members deleted since are left
// out. An activity with no participants yet can be printed for whom its type calls (the form's
// 按会议类型填入, called-members.ts), so the sheet can go out before anyone is entered.
import { formatDateRange } from '../common/dates';
import { sortByStroke } from '../common/stroke-order';
import type { Member } from '../members/member';
import { liveParticipants, type Activity } from './activity';

export type SignInColumnKey = 'index' | 'name' | 'sector' | 'workplace' | 'signature';

export interface SignInColumn {
  key: SignInColumnKey;
  header: string;
}

const COLUMNS: readonly SignInColumn[] = [
  { key: 'index', header: '序号' },
  { key: 'name', header: '姓名' },
  { key: 'sector', header: '界别' },
  { key: 'workplace', header: '工作单位及职务' },
  { key: 'signature', header: '签名' },
];

export interface SignInSheet {
  /** 九届政协第四次全体会议签到表 */
  title: string;
  /** 时间：2025年3月5日　地点：县政协三楼会议室 (the place left out when none is recorded). */
  when: string;
  columns: SignInColumn[];
  /** One row a person, in surname stroke order, a cell a column; the 签名 cell is empty. */
  rows: string[][];
}

type Person = Pick<Member, 'name' | 'sector' | 'workplace'>;
type SheetActivity = Pick<Activity, 'title' | 'startDate' | 'endDate' | 'location'>;

/**
 * Whom the sheet lists: the activity's live participants whose member is on the roll (not
 * deleted); none recorded → `called` (whom the type calls, null for a type that calls no list).
 */
export function signInPeople(
  activity: Pick<Activity, 'participants'>, members: readonly Member[], called: readonly Member[] | null,
): { from: 'participants' | 'called' | 'nobody'; people: Member[] } {
  const byId = new Map(members.filter((m) => m.deletedAt === null).map((m) => [m.id, m]));
  const listed = liveParticipants(activity).flatMap((p) => byId.get(p.memberId) ?? []);
  if (listed.length) return { from: 'participants', people: listed };
  if (called?.length) return { from: 'called', people: [...called] };
  return { from: 'nobody', people: [] };
}

/** The sheet for these people; 工作单位及职务 only when one of them has it recorded. */
export function buildSignInSheet(activity: SheetActivity, people: readonly Person[]): SignInSheet {
  const withWorkplace = people.some((p) => p.workplace.trim() !== '');
  const columns = COLUMNS.filter((c) => c.key !== 'workplace' || withWorkplace);
  const cell = (p: Person, i: number, key: SignInColumnKey): string => {
    switch (key) {
      case 'index': return String(i + 1);
      case 'name': return p.name;
      case 'sector': return p.sector;
      case 'workplace': return p.workplace.trim();
      case 'signature': return '';
    }
  };
  const place = activity.location.trim();
  return {
    title: `${activity.title.trim()}签到表`,
    when: `时间：${formatDateRange(activity.startDate, activity.endDate)}${place ? `　地点：${place}` : ''}`,
    columns: [...columns],
    rows: sortByStroke(people, (p) => p.name).map((p, i) => columns.map((c) => cell(p, i, c.key))),
  };
}
