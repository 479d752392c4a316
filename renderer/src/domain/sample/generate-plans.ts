// The sample's 年度工作要点 and "1234" steps, and each year's own words. Most of the year's 视察,
// 调研, 协商 and 监督 activities (and its 培训) were planned: an item linked to the activity, its
// steps done on time, late or not at all as a real office's are; a few planned items are not held
// yet, and a few activities had their steps recorded afterwards from their page (unplanned items).
// No step, follow-up or report is dated after `today`: what has not happened yet is left undone,
// and in the year of today two items are planned for the coming weeks, so the home screen of the
// small sample has steps coming due.
import type { Activity } from '../activities/activity';
import type { ActivityCategory } from '../dictionaries/dictionary-kinds';
import { ADVANCE_STEPS, emptySteps, type PlanItem, type ReportRecipient } from '../plans/plan';
import { addDays, stepDueDate } from '../plans/plan-steps';
import type { YearNotes } from '../plans/year-notes';
import { yearNotesId } from '../plans/year-notes';
import type { Random } from './seeded-random';
import { activityTypeByCode, type ActivityTypeCode } from '../dictionaries/activity-types';

const PLANNED_CATEGORIES: readonly ActivityCategory[] = ['视察', '调研', '协商', '监督', '学习培训'];
const typeName = (code: ActivityTypeCode) => activityTypeByCode(code)!.name;
const UNHELD_KINDS = (['inspection', 'research', 'proposalConsultation', 'evaluation', 'training'] as const).map(typeName);
const UNHELD_TOPICS = ['城乡环境综合整治', '县域商贸物流发展', '农村养老服务', '义务教育课后服务', '特色产业发展'];
const RECIPIENTS: ReportRecipient[][] = [['县委', '县政府'], ['县委'], ['县政府']];

function stamp(date: string) {
  const at = `${date}T09:00:00.000Z`;
  return { createdAt: at, updatedAt: at, deletedAt: null };
}

const notAfter = (date: string, today: string) => (date <= today ? date : null);

/** A step done on time (65%), a few days late (20%, never after the activity) or not at all. */
function stepDone(r: Random, activityDate: string, due: string, today: string): string | null {
  const roll = r.next();
  if (roll < 0.65) return notAfter(addDays(due, -r.int(0, 5)), today);
  if (roll < 0.85) {
    const late = addDays(due, r.int(1, 6));
    return notAfter(late < activityDate ? late : activityDate, today);
  }
  return null;
}

/** `government`: the office's 政府 (县政府, 市政府 …), whose 督查室 the results are followed up with. */
function itemFor(r: Random, a: Activity, unplanned: boolean, today: string, idOf: () => string, government: string): PlanItem {
  const steps = emptySteps();
  for (const s of ADVANCE_STEPS) steps[s] = stepDone(r, a.startDate, stepDueDate(a.startDate, s), today);
  const followed = r.chance(0.6) ? notAfter(addDays(a.startDate, r.int(3, 20)), today) : null;
  const reported = r.chance(0.7) ? notAfter(addDays(a.startDate, r.int(5, 30)), today) : null;
  return {
    id: idOf(), ...stamp(`${a.year}-01-08`), year: a.year, kind: a.type, title: a.title, plannedMonth: Number(a.startDate.slice(5, 7)),
    plannedDate: unplanned ? null : a.startDate, organizer: a.organizer, leader: '', activityId: a.id, unplanned, steps,
    followUp: { date: followed, note: followed ? `已会同${government}督查室跟踪督办` : '' },
    report: { date: reported, to: reported ? r.pick(RECIPIENTS) : [] },
    note: '', isSample: true,
  };
}

export function makeSamplePlans(
  r: Random,
  year: number,
  activities: readonly Activity[],
  categoryOf: ReadonlyMap<string, ActivityCategory>,
  today: string,
  idOf: () => string,
  government = '县政府',
): PlanItem[] {
  const items: PlanItem[] = [];
  for (const a of activities) {
    if (a.year !== year || !PLANNED_CATEGORIES.some((c) => c === categoryOf.get(a.type))) continue;
    const roll = r.next();
    if (roll < 0.8) items.push(itemFor(r, a, false, today, idOf, government));
    else if (roll < 0.9) items.push(itemFor(r, a, true, today, idOf, government));
  }
  // Planned but not held (yet): one for every ten held, with a day in its month.
  const unheld = Math.max(2, Math.round(items.length / 10));
  for (let i = 0; i < unheld; i++) {
    const month = r.int(1, 12);
    const kind = r.pick(UNHELD_KINDS);
    items.push({
      id: idOf(), ...stamp(`${year}-01-08`), year, kind, title: `关于${r.pick(UNHELD_TOPICS)}的${kind}`, plannedMonth: month,
      plannedDate: `${year}-${String(month).padStart(2, '0')}-${String(r.int(5, 28)).padStart(2, '0')}`,
      organizer: '县政协办公室', leader: '', activityId: null, unplanned: false, steps: emptySteps(),
      followUp: { date: null, note: '' }, report: { date: null, to: [] }, note: '', isSample: true,
    });
  }
  // In the year of today, two items coming up in the next weeks, so the home screen has steps to chase.
  for (const [days, kind, topic] of [[16, typeName('inspection'), '城区停车场建设'], [25, typeName('research'), '农村养老服务']] as const) {
    const date = addDays(today, days);
    if (Number(date.slice(0, 4)) !== year) continue;
    items.push({
      id: idOf(), ...stamp(`${year}-01-08`), year, kind, title: `关于${topic}的${kind}`, plannedMonth: Number(date.slice(5, 7)), plannedDate: date,
      organizer: '县政协办公室', leader: '', activityId: null, unplanned: false, steps: emptySteps(),
      followUp: { date: null, note: '' }, report: { date: null, to: [] }, note: '', isSample: true,
    });
  }
  return items;
}

/** Written on 20 December, or at `now` when that is still to come (a stamp after now would be refused in an exchange). */
export function makeSampleYearNotes(year: number, now: string, government = '县政府'): YearNotes {
  const written = `${year}-12-20T09:00:00.000Z`;
  const at = Date.parse(written) <= Date.parse(now) ? written : now;
  return {
    id: yearNotesId(year), createdAt: at, updatedAt: at, deletedAt: null, year, isSample: true,
    problems: '一是部分委员监督意识不强，参与民主监督的主动性有待提高。二是“1234”工作要求落实不够平衡，个别活动通知、材料未能按时送达委员。三是监督成果跟踪问效机制有待健全。',
    nextSteps: `一是加强委员学习培训，提升履职能力。二是严格落实“1234”工作要求，提前谋划每项活动。三是会同${government}督查室健全监督成果跟踪落实机制。`,
  };
}
