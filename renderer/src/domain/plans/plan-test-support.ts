// Builders for the plan tests: an item or an activity with only what a test cares about.
import { emptyActivityFields, withDerivedFields, type Activity } from '../activities/activity';
import { emptySteps, type PlanItem } from './plan';

const stamp = (deleted: boolean) => ({ createdAt: '2025-01-02T09:00:00.000Z', updatedAt: '2025-01-02T09:00:00.000Z', deletedAt: deleted ? '2025-09-01T09:00:00.000Z' : null });

export function planItem(id: string, fields: Partial<PlanItem> = {}, deleted = false): PlanItem {
  return {
    id, ...stamp(deleted), year: 2025, kind: '视察', title: `工作要点${id}`, plannedMonth: 3, plannedDate: null, organizer: '', leader: '',
    activityId: null, unplanned: false, steps: emptySteps(), followUp: { date: null, note: '' }, report: { date: null, to: [] }, note: '', isSample: false,
    ...fields,
  };
}

export function heldActivity(id: string, type: string, date: string, deleted = false): Activity {
  return withDerivedFields({ id, ...stamp(deleted), ...emptyActivityFields(date), title: `${type}${id}`, type, participants: [] });
}
