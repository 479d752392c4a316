// Screens are addressed by the URL hash (#/members/…), which works the same from Electron's
// app://ledger page and from the served browser mode, and survives a reload.
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'members' }
  | { name: 'member'; id: string }
  | { name: 'activities' }
  | { name: 'activity'; id: string }
  | { name: 'activity-edit'; id: string | null }
  | { name: 'proposals' }
  | { name: 'proposal'; id: string }
  | { name: 'proposal-new' }
  | { name: 'proposal-edit'; id: string }
  | { name: 'proposal-board' }
  | { name: 'proposal-units' }
  | { name: 'proposal-dashboard' }
  | { name: 'opinions' }
  | { name: 'opinion'; id: string }
  | { name: 'opinion-edit'; id: string | null }
  | { name: 'instructions' }
  | { name: 'evaluations' }
  | { name: 'evaluation'; id: string }
  | { name: 'supervisors' }
  | { name: 'plans' }
  | { name: 'plan'; id: string }
  | { name: 'stations' }
  | { name: 'station'; id: string }
  | { name: 'station-edit'; id: string | null }
  | { name: 'campaigns' }
  | { name: 'pairings' }
  | { name: 'pairing'; id: string }
  | { name: 'culture' }
  | { name: 'reports' }
  | { name: 'duty-scores' }
  | { name: 'recycle-bin' }
  | { name: 'backup' }
  | { name: 'exchange' }
  | { name: 'settings' };

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = parts;
  switch (first) {
    case 'members':
      return second ? { name: 'member', id: second } : { name: 'members' };
    case 'activities':
      if (second === 'new') return { name: 'activity-edit', id: null };
      if (second && third === 'edit') return { name: 'activity-edit', id: second };
      return second ? { name: 'activity', id: second } : { name: 'activities' };
    case 'proposals':
      if (second === 'new') return { name: 'proposal-new' };
      if (second === 'board') return { name: 'proposal-board' };
      if (second === 'units') return { name: 'proposal-units' };
      if (second === 'dashboard') return { name: 'proposal-dashboard' };
      if (second && third === 'edit') return { name: 'proposal-edit', id: second };
      return second ? { name: 'proposal', id: second } : { name: 'proposals' };
    case 'opinions':
      if (second === 'new') return { name: 'opinion-edit', id: null };
      if (second && third === 'edit') return { name: 'opinion-edit', id: second };
      return second ? { name: 'opinion', id: second } : { name: 'opinions' };
    case 'instructions':
      return { name: 'instructions' };
    case 'evaluations':
      return second ? { name: 'evaluation', id: second } : { name: 'evaluations' };
    case 'supervisors':
      return { name: 'supervisors' };
    case 'plans':
      return second ? { name: 'plan', id: second } : { name: 'plans' };
    case 'stations':
      if (second === 'new') return { name: 'station-edit', id: null };
      if (second && third === 'edit') return { name: 'station-edit', id: second };
      return second ? { name: 'station', id: second } : { name: 'stations' };
    case 'campaigns':
      return { name: 'campaigns' };
    case 'pairings':
      return second ? { name: 'pairing', id: second } : { name: 'pairings' };
    case 'culture':
      return { name: 'culture' };
    case 'reports':
      return { name: 'reports' };
    case 'duty-scores':
      return { name: 'duty-scores' };
    case 'recycle-bin':
      return { name: 'recycle-bin' };
    case 'backup':
      return { name: 'backup' };
    case 'exchange':
      return { name: 'exchange' };
    case 'settings':
      return { name: 'settings' };
    default:
      return { name: 'home' };
  }
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'home': return '#/';
    case 'members': return '#/members';
    case 'member': return `#/members/${encodeURIComponent(route.id)}`;
    case 'activities': return '#/activities';
    case 'activity': return `#/activities/${encodeURIComponent(route.id)}`;
    case 'activity-edit': return route.id ? `#/activities/${encodeURIComponent(route.id)}/edit` : '#/activities/new';
    case 'proposals': return '#/proposals';
    case 'proposal': return `#/proposals/${encodeURIComponent(route.id)}`;
    case 'proposal-new': return '#/proposals/new';
    case 'proposal-edit': return `#/proposals/${encodeURIComponent(route.id)}/edit`;
    case 'proposal-board': return '#/proposals/board';
    case 'proposal-units': return '#/proposals/units';
    case 'proposal-dashboard': return '#/proposals/dashboard';
    case 'opinions': return '#/opinions';
    case 'opinion': return `#/opinions/${encodeURIComponent(route.id)}`;
    case 'opinion-edit': return route.id ? `#/opinions/${encodeURIComponent(route.id)}/edit` : '#/opinions/new';
    case 'instructions': return '#/instructions';
    case 'evaluations': return '#/evaluations';
    case 'evaluation': return `#/evaluations/${encodeURIComponent(route.id)}`;
    case 'supervisors': return '#/supervisors';
    case 'plans': return '#/plans';
    case 'plan': return `#/plans/${encodeURIComponent(route.id)}`;
    case 'stations': return '#/stations';
    case 'station': return `#/stations/${encodeURIComponent(route.id)}`;
    case 'station-edit': return route.id ? `#/stations/${encodeURIComponent(route.id)}/edit` : '#/stations/new';
    case 'campaigns': return '#/campaigns';
    case 'pairings': return '#/pairings';
    case 'pairing': return `#/pairings/${encodeURIComponent(route.id)}`;
    case 'culture': return '#/culture';
    case 'reports': return '#/reports';
    case 'duty-scores': return '#/duty-scores';
    case 'recycle-bin': return '#/recycle-bin';
    case 'backup': return '#/backup';
    case 'exchange': return '#/exchange';
    case 'settings': return '#/settings';
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
