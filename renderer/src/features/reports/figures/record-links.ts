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
