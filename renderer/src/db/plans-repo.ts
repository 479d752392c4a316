// 年度工作要点 and the "1234" steps: a year's items with the activities that fulfil them, entering
// and correcting an item, linking it to an activity (one item per activity), recording the day a
// step was done, 跟踪 and 报告, soft delete; the steps coming due for the home screen; the figures;
// and each year's own words (存在问题, 下步打算). The domain checks every input before a write, and
// each change reads and writes the item in one transaction.
import type { LedgerDatabase } from './database';
import { freshStamp } from '../domain/common/record';
import { nowIso } from './clock';
import { toIsoDate } from '../domain/common/dates';
import type { Validated } from '../domain/common/validation';
import { allowingValues } from '../domain/dictionaries/dictionary-kinds';
import type { Activity } from '../domain/activities/activity';
import { emptySteps, ADVANCE_STEPS, ADVANCE_STEP_LABELS, type AdvanceStep, type PlanItem } from '../domain/plans/plan';
import { checkFollowUp, checkReport, checkStepDate, validatePlanFields } from '../domain/plans/plan-inputs';
import { activityDateOf, dueSteps, type DueStep } from '../domain/plans/plan-steps';
import { computePlanFigures, type PlanFigures } from '../domain/plans/plan-figures';
import { validateYearNotes, yearNotesId, type YearNotes } from '../domain/plans/year-notes';
import { loadActivityCategories, loadDictionaries } from './dictionary-repo';
import { compareChinese } from '../domain/common/chinese-order';

/** The activity an item links to, as a list shows it; `deleted` while it sits in the recycle bin. */
export interface LinkedActivity {
  id: string;
  title: string;
  type: string;
  startDate: string;
  deleted: boolean;
}

export interface PlanRow {
  item: PlanItem;
  activity: LinkedActivity | null;
  /** The date the steps count back from: the held activity's, else the planned one. */
  activityDate: string | null;
}

const today = () => toIsoDate(new Date());

function linkedOf(a: Activity | undefined): LinkedActivity | null {
  return a ? { id: a.id, title: a.title, type: a.type, startDate: a.startDate, deleted: a.deletedAt !== null } : null;
}

async function rowsOf(db: LedgerDatabase, items: PlanItem[]): Promise<PlanRow[]> {
  const ids = [...new Set(items.map((p) => p.activityId).filter((id): id is string => id !== null))];
  const activities = new Map((await db.activities.bulkGet(ids)).filter((a): a is Activity => !!a).map((a) => [a.id, a]));
  return items.map((item) => {
    const a = item.activityId ? activities.get(item.activityId) : undefined;
    const live = a && a.deletedAt === null ? a : undefined;
    return { item, activity: linkedOf(a), activityDate: activityDateOf(item, live?.startDate) };
  });
}

/** The year's live items, planned ones by month, then those recorded from an activity's page. */
export async function listPlans(db: LedgerDatabase, year: number): Promise<PlanRow[]> {
  const items = (await db.plans.where('year').equals(year).toArray())
    .filter((p) => p.deletedAt === null)
    .sort((a, b) => Number(a.unplanned) - Number(b.unplanned) || a.plannedMonth - b.plannedMonth || compareChinese(a.title, b.title));
  return rowsOf(db, items);
}

export async function getPlan(db: LedgerDatabase, id: string): Promise<PlanRow | undefined> {
  const item = await db.plans.get(id);
  if (!item || item.deletedAt !== null) return undefined;
  return (await rowsOf(db, [item]))[0];
}

/** Enters an item (id undefined) or corrects one; an edit keeps a kind since taken out of the dictionary. */
export async function savePlan(db: LedgerDatabase, id: string | undefined, input: unknown): Promise<Validated<PlanItem>> {
  const before = id ? await db.plans.get(id) : undefined;
  const dicts = allowingValues(await loadDictionaries(db), { activityType: before ? [before.kind] : [] });
  const checked = validatePlanFields(input, dicts);
  if (!checked.ok) return checked;
  const at = nowIso();
  return db.transaction('rw', db.plans, db.activities, async (): Promise<Validated<PlanItem>> => {
    const existing = id ? await db.plans.get(id) : undefined;
    if (id && (!existing || existing.deletedAt !== null)) return { ok: false, errors: { _: '该工作要点不存在或已被删除' } };
    if (existing?.activityId && checked.value.year !== existing.year) {
      const a = await db.activities.get(existing.activityId);
      if (a && a.year !== checked.value.year) return { ok: false, errors: { year: `已关联${a.year}年的活动，年度不能改为${checked.value.year}年` } };
    }
    const item: PlanItem = existing
      ? { ...existing, ...checked.value, updatedAt: at }
      : {
          ...freshStamp(at), ...checked.value, activityId: null, unplanned: false, steps: emptySteps(),
          followUp: { date: null, note: '' }, report: { date: null, to: [] }, note: '', isSample: false,
        };
    await db.plans.put(item);
    return { ok: true, value: item };
  });
}

/** Soft delete: the item goes to the recycle bin; its activity stays as it is. */
export async function deletePlan(db: LedgerDatabase, id: string): Promise<void> {
  const at = nowIso();
  await db.plans.update(id, { deletedAt: at, updatedAt: at });
}

type Change = (item: PlanItem, held: Activity | null) => Validated<PlanItem> | Promise<Validated<PlanItem>>;

/** Applies `change` to a live item in one transaction, with the live activity it links to (or null). */
async function changePlan(db: LedgerDatabase, id: string, change: Change): Promise<Validated<PlanItem>> {
  return db.transaction('rw', db.plans, db.activities, async (): Promise<Validated<PlanItem>> => {
    const current = await db.plans.get(id);
    if (!current || current.deletedAt !== null) return { ok: false, errors: { _: '该工作要点不存在或已被删除' } };
    const a = current.activityId ? await db.activities.get(current.activityId) : undefined;
    const result = await change(current, a && a.deletedAt === null ? a : null);
    if (!result.ok) return result;
    const item = { ...result.value, updatedAt: nowIso() };
    await db.plans.put(item);
    return { ok: true, value: item };
  });
}

/**
 * Links the activity that fulfils the item (or unlinks it, null). The activity must be live, of
 * the item's year, not fulfilling another item, and held no earlier than the steps already done.
 */
export async function linkActivity(db: LedgerDatabase, id: string, activityId: string | null): Promise<Validated<PlanItem>> {
  return changePlan(db, id, async (item) => {
    if (activityId === null) {
      if (item.unplanned) return { ok: false, errors: { activityId: '该记录由活动页面登记，不能取消关联；不需要时请删除' } };
      return { ok: true, value: { ...item, activityId: null } };
    }
    const a = await db.activities.get(activityId);
    if (!a || a.deletedAt !== null) return { ok: false, errors: { activityId: '所选活动不存在或已被删除' } };
    if (a.year !== item.year) return { ok: false, errors: { activityId: `所选活动在${a.year}年，不在本工作要点的${item.year}年内` } };
    const other = await db.plans.where('activityId').equals(activityId).filter((p) => p.deletedAt === null && p.id !== item.id).first();
    if (other) return { ok: false, errors: { activityId: `该活动已关联工作要点“${other.title}”` } };
    for (const s of ADVANCE_STEPS) {
      const done = item.steps[s];
      if (done && done > a.startDate) return { ok: false, errors: { activityId: `${ADVANCE_STEP_LABELS[s]}完成日期晚于该活动的日期，请先核对` } };
    }
    return { ok: true, value: { ...item, activityId } };
  });
}

/** Records the day a step was done ({ date }, '' or null to clear). */
export async function setStepDone(db: LedgerDatabase, id: string, step: AdvanceStep, input: { date: unknown }, on: string = today()): Promise<Validated<PlanItem>> {
  return changePlan(db, id, (item, held) => {
    const v = checkStepDate(step, input, activityDateOf(item, held?.startDate), on);
    return v.ok ? { ok: true, value: { ...item, steps: { ...item.steps, [step]: v.value } } } : v;
  });
}

export async function saveFollowUp(db: LedgerDatabase, id: string, input: unknown, on: string = today()): Promise<Validated<PlanItem>> {
  return changePlan(db, id, (item, held) => {
    const v = checkFollowUp(input, held?.startDate ?? null, on);
    return v.ok ? { ok: true, value: { ...item, followUp: v.value } } : v;
  });
}

export async function saveReport(db: LedgerDatabase, id: string, input: unknown, on: string = today()): Promise<Validated<PlanItem>> {
  return changePlan(db, id, (item, held) => {
    const v = checkReport(input, held?.startDate ?? null, on);
    return v.ok ? { ok: true, value: { ...item, report: v.value } } : v;
  });
}

/** The live item an activity fulfils, if any. */
export async function planOfActivity(db: LedgerDatabase, activityId: string): Promise<PlanItem | undefined> {
  return db.plans.where('activityId').equals(activityId).filter((p) => p.deletedAt === null).first();
}

/**
 * For an activity recorded without a plan item: makes the unplanned item that holds its steps
 * (or returns the item it already has), so every activity can be checked against the rule.
 */
export async function recordStepsForActivity(db: LedgerDatabase, activityId: string): Promise<Validated<PlanItem>> {
  return db.transaction('rw', db.plans, db.activities, async (): Promise<Validated<PlanItem>> => {
    const a = await db.activities.get(activityId);
    if (!a || a.deletedAt !== null) return { ok: false, errors: { _: '该活动不存在或已被删除' } };
    const existing = await db.plans.where('activityId').equals(activityId).filter((p) => p.deletedAt === null).first();
    if (existing) return { ok: true, value: existing };
    const item: PlanItem = {
      ...freshStamp(nowIso()), year: a.year, kind: a.type, title: a.title, plannedMonth: Number(a.startDate.slice(5, 7)), plannedDate: null,
      organizer: a.organizer, leader: a.leaders.slice(0, 60), activityId, unplanned: true, steps: emptySteps(),
      followUp: { date: null, note: '' }, report: { date: null, to: [] }, note: '', isSample: false,
    };
    await db.plans.put(item);
    return { ok: true, value: item };
  });
}

/** Live activities of the year, newest first, for the link picker; `linkedTo` names the item already holding each. */
export async function listLinkableActivities(db: LedgerDatabase, year: number): Promise<(LinkedActivity & { linkedTo: string | null })[]> {
  const [activities, items] = await Promise.all([db.activities.where('year').equals(year).toArray(), db.plans.where('year').equals(year).toArray()]);
  const holder = new Map(items.filter((p) => p.deletedAt === null && p.activityId).map((p) => [p.activityId!, p.title]));
  return activities
    .filter((a) => a.deletedAt === null)
    .sort((a, b) => b.startDate.localeCompare(a.startDate))
    .map((a) => ({ ...linkedOf(a)!, linkedTo: holder.get(a.id) ?? null }));
}

/** Steps due within three weeks of `on`, and late ones, over the items of last year, this year and next. */
export async function listDueSteps(db: LedgerDatabase, on: string = today()): Promise<DueStep[]> {
  const year = Number(on.slice(0, 4));
  const items = await db.plans.where('year').between(year - 1, year + 1, true, true).toArray();
  const ids = [...new Set(items.map((p) => p.activityId).filter((x): x is string => x !== null))];
  const starts = new Map((await db.activities.bulkGet(ids)).filter((a): a is Activity => !!a && a.deletedAt === null).map((a) => [a.id, a.startDate]));
  return dueSteps(items, (id) => starts.get(id), on);
}

/** The plan's and the rule's figures for a year up to a date. */
export async function loadPlanFigures(db: LedgerDatabase, year: number, until?: string): Promise<PlanFigures> {
  const [plans, activities, categoryOf] = await Promise.all([
    db.plans.where('year').equals(year).toArray(),
    db.activities.where('year').equals(year).toArray(),
    loadActivityCategories(db),
  ]);
  return computePlanFigures(plans, activities, categoryOf, year, until);
}

export async function getYearNotes(db: LedgerDatabase, year: number): Promise<YearNotes | null> {
  return (await db.yearNotes.get(yearNotesId(year))) ?? null;
}

/** Saves the year's text; from then on it is the office's own, not the sample's. */
export async function saveYearNotes(db: LedgerDatabase, year: number, input: unknown): Promise<Validated<YearNotes>> {
  const v = validateYearNotes(input);
  if (!v.ok) return v;
  const at = nowIso();
  return db.transaction('rw', db.yearNotes, async (): Promise<Validated<YearNotes>> => {
    const existing = await db.yearNotes.get(yearNotesId(year));
    const notes: YearNotes = existing
      ? { ...existing, ...v.value, isSample: false, updatedAt: at }
      : { id: yearNotesId(year), createdAt: at, updatedAt: at, deletedAt: null, year, ...v.value, isSample: false };
    await db.yearNotes.put(notes);
    return { ok: true, value: notes };
  });
}
