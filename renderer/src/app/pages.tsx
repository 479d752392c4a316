// Each screen is its own chunk, loaded when first opened, so the first screen comes up fast —
// except the home screen, the one the program opens on: it comes with the app's own code, so its
// frame does not wait for a second round of downloads once the app's scripts have run.
import { lazy } from 'react';

export { HomePage } from '../features/home/HomePage';
export const MembersPage = lazy(() => import('../features/members/MembersPage').then((m) => ({ default: m.MembersPage })));
export const MemberDetailPage = lazy(() => import('../features/members/MemberDetailPage').then((m) => ({ default: m.MemberDetailPage })));
export const ActivitiesPage = lazy(() => import('../features/activities/ActivitiesPage').then((m) => ({ default: m.ActivitiesPage })));
export const ActivityDetailPage = lazy(() => import('../features/activities/ActivityDetailPage').then((m) => ({ default: m.ActivityDetailPage })));
export const ActivityEditPage = lazy(() => import('../features/activities/ActivityEditPage').then((m) => ({ default: m.ActivityEditPage })));
export const ProposalsPage = lazy(() => import('../features/proposals/ProposalsPage').then((m) => ({ default: m.ProposalsPage })));
export const ProposalDetailPage = lazy(() => import('../features/proposals/ProposalDetailPage').then((m) => ({ default: m.ProposalDetailPage })));
export const ProposalNewPage = lazy(() => import('../features/proposals/ProposalNewPage').then((m) => ({ default: m.ProposalNewPage })));
export const ProposalEditPage = lazy(() => import('../features/proposals/ProposalEditPage').then((m) => ({ default: m.ProposalEditPage })));
export const ProposalBoardPage = lazy(() => import('../features/proposals/ProposalBoardPage').then((m) => ({ default: m.ProposalBoardPage })));
export const ProposalUnitsPage = lazy(() => import('../features/proposals/ProposalUnitsPage').then((m) => ({ default: m.ProposalUnitsPage })));
export const ProposalDashboard = lazy(() => import('../features/proposals/ProposalDashboard').then((m) => ({ default: m.ProposalDashboard })));
export const DutyTablePage = lazy(() => import('../features/scores/DutyTablePage').then((m) => ({ default: m.DutyTablePage })));
export const OpinionsPage = lazy(() => import('../features/opinions/OpinionsPage').then((m) => ({ default: m.OpinionsPage })));
export const OpinionDetailPage = lazy(() => import('../features/opinions/OpinionDetailPage').then((m) => ({ default: m.OpinionDetailPage })));
export const OpinionEditPage = lazy(() => import('../features/opinions/OpinionEditPage').then((m) => ({ default: m.OpinionEditPage })));
export const PlansPage = lazy(() => import('../features/plans/PlansPage').then((m) => ({ default: m.PlansPage })));
export const PlanDetailPage = lazy(() => import('../features/plans/PlanDetailPage').then((m) => ({ default: m.PlanDetailPage })));
export const EvaluationsPage = lazy(() => import('../features/evaluations/EvaluationsPage').then((m) => ({ default: m.EvaluationsPage })));
export const EvaluationRoundPage = lazy(() => import('../features/evaluations/EvaluationRoundPage').then((m) => ({ default: m.EvaluationRoundPage })));
export const SupervisorsPage = lazy(() => import('../features/supervisors/SupervisorsPage').then((m) => ({ default: m.SupervisorsPage })));
export const StationsPage = lazy(() => import('../features/stations/StationsPage').then((m) => ({ default: m.StationsPage })));
export const StationDetailPage = lazy(() => import('../features/stations/StationDetailPage').then((m) => ({ default: m.StationDetailPage })));
export const StationEditPage = lazy(() => import('../features/stations/StationEditPage').then((m) => ({ default: m.StationEditPage })));
export const CampaignsPage = lazy(() => import('../features/campaigns/CampaignsPage').then((m) => ({ default: m.CampaignsPage })));
export const PairingsPage = lazy(() => import('../features/pairings/PairingsPage').then((m) => ({ default: m.PairingsPage })));
export const PairingDetailPage = lazy(() => import('../features/pairings/PairingDetailPage').then((m) => ({ default: m.PairingDetailPage })));
export const CulturePage = lazy(() => import('../features/culture/CulturePage').then((m) => ({ default: m.CulturePage })));
export const InstructionsPage = lazy(() => import('../features/instructions/InstructionsPage').then((m) => ({ default: m.InstructionsPage })));
export const ReportsPage = lazy(() => import('../features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
export const RecycleBinPage = lazy(() => import('../features/recycle-bin/RecycleBinPage').then((m) => ({ default: m.RecycleBinPage })));
export const BackupPage = lazy(() => import('../features/backup/BackupPage').then((m) => ({ default: m.BackupPage })));
export const ExchangePage = lazy(() => import('../features/exchange/ExchangePage').then((m) => ({ default: m.ExchangePage })));
export const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
