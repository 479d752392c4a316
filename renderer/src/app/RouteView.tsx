// Which screen the current route shows.
import { Suspense, useLayoutEffect } from 'react';
import { Spin } from 'antd';
import { hrefOf, type Route } from './router';
import * as Pages from './pages';

function screenOf(route: Route) {
  switch (route.name) {
    case 'home': return <Pages.HomePage />;
    case 'members': return <Pages.MembersPage />;
    case 'member': return <Pages.MemberDetailPage id={route.id} />;
    case 'activities': return <Pages.ActivitiesPage />;
    case 'activity': return <Pages.ActivityDetailPage id={route.id} />;
    case 'activity-edit': return <Pages.ActivityEditPage key={route.id ?? 'new'} id={route.id} />;
    case 'proposals': return <Pages.ProposalsPage />;
    case 'proposal': return <Pages.ProposalDetailPage key={route.id} id={route.id} />;
    case 'proposal-new': return <Pages.ProposalNewPage />;
    case 'proposal-edit': return <Pages.ProposalEditPage key={route.id} id={route.id} />;
    case 'proposal-board': return <Pages.ProposalBoardPage />;
    case 'proposal-units': return <Pages.ProposalUnitsPage />;
    case 'proposal-dashboard': return <Pages.ProposalDashboard />;
    case 'opinions': return <Pages.OpinionsPage />;
    case 'opinion': return <Pages.OpinionDetailPage key={route.id} id={route.id} />;
    case 'opinion-edit': return <Pages.OpinionEditPage key={route.id ?? 'new'} id={route.id} />;
    case 'instructions': return <Pages.InstructionsPage />;
    case 'evaluations': return <Pages.EvaluationsPage />;
    case 'evaluation': return <Pages.EvaluationRoundPage key={route.id} id={route.id} />;
    case 'supervisors': return <Pages.SupervisorsPage />;
    case 'plans': return <Pages.PlansPage />;
    case 'plan': return <Pages.PlanDetailPage key={route.id} id={route.id} />;
    case 'stations': return <Pages.StationsPage />;
    case 'station': return <Pages.StationDetailPage key={route.id} id={route.id} />;
    case 'station-edit': return <Pages.StationEditPage key={route.id ?? 'new'} id={route.id} />;
    case 'campaigns': return <Pages.CampaignsPage />;
    case 'pairings': return <Pages.PairingsPage />;
    case 'pairing': return <Pages.PairingDetailPage key={route.id} id={route.id} />;
    case 'culture': return <Pages.CulturePage />;
    case 'reports': return <Pages.ReportsPage />;
    case 'duty-scores': return <Pages.DutyTablePage />;
    case 'recycle-bin': return <Pages.RecycleBinPage />;
    case 'backup': return <Pages.BackupPage />;
    case 'exchange': return <Pages.ExchangePage />;
    case 'settings': return <Pages.SettingsPage />;
  }
}

export function RouteView({ route }: { route: Route }) {
  // A new screen opens at its top: without this, saving a long form opened the record's page
  // scrolled as far down as the form had been.
  const href = hrefOf(route);
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, [href]);
  return <Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}>{screenOf(route)}</Suspense>;
}
