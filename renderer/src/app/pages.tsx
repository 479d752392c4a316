// Each screen is its own chunk, loaded when first opened, so the first screen comes up fast.
import { lazy } from 'react';

export const HomePage = lazy(() => import('../features/home/HomePage').then((m) => ({ default: m.HomePage })));
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
export const InstructionsPage = lazy(() => import('../features/instructions/InstructionsPage').then((m) => ({ default: m.InstructionsPage })));
export const ReportsPage = lazy(() => import('../features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
export const RecycleBinPage = lazy(() => import('../features/recycle-bin/RecycleBinPage').then((m) => ({ default: m.RecycleBinPage })));
export const BackupPage = lazy(() => import('../features/backup/BackupPage').then((m) => ({ default: m.BackupPage })));
export const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
