// Where a record behind a figure is opened: the member's, activity's, proposal's or 社情民意's own page.
// Tables without a page of their own yet are listed without a link.
import type { FigureRecordRef } from '../../../domain/report/figure-catalogue';
import type { Route } from '../../../app/router';

export function routeOfFigureRecord(ref: FigureRecordRef): Route | null {
  switch (ref.table) {
    case 'members': return { name: 'member', id: ref.id };
    case 'activities': return { name: 'activity', id: ref.id };
    case 'proposals': return { name: 'proposal', id: ref.id };
    case 'opinions': return { name: 'opinion', id: ref.id };
    default: return null;
  }
}

export const RECORD_TABLE_LABELS: Record<string, string> = {
  members: '委员', activities: '活动', proposals: '提案', opinions: '社情民意',
};
