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
    case 'plans': return { name: 'plan', id: ref.id };
    case 'evaluations': return { name: 'evaluation', id: ref.id };
    case 'supervisors': case 'supervisionLetters': return { name: 'supervisors' };
    case 'stations': return { name: 'station', id: ref.id };
    case 'pairings': return { name: 'pairing', id: ref.id };
    case 'culture': return { name: 'culture' };
    default: return null;
  }
}

export const RECORD_TABLE_LABELS: Record<string, string> = {
  members: '委员', activities: '活动', proposals: '提案', opinions: '社情民意',
  plans: '工作要点',
  evaluations: '民主评议', supervisors: '监督员', supervisionLetters: '民主监督建议书',
  stations: '联络站', pairings: '结对帮扶', culture: '文史资料', dictionary: '字典',
};
