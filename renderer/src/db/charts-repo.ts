// Reads what the charts need — a year's activities through the year index, the roll, a session's
// or year's proposals — and hands it to the chart data functions in domain/charts/.
import type { LedgerDatabase } from './database';
import { dictionariesFrom } from '../domain/dictionaries/dictionary-kinds';
import { listProposals, loadProposalSettings } from './proposals-repo';
import { activitiesByMonth, activitiesByType, participationBySector, type NamedCount, type SectorParticipation } from '../domain/charts/activity-charts';
import { proposalsByReplyClass, proposalsByStage, type ReplyClassCount } from '../domain/charts/proposal-charts';
import type { ProposalScope } from '../domain/proposals/proposal-figures';

export interface ActivityChartData {
  year: number;
  byMonth: number[];
  byType: NamedCount[];
  bySector: SectorParticipation[];
}

export async function loadActivityChartData(db: LedgerDatabase, year: number): Promise<ActivityChartData> {
  const [activities, members, entries] = await Promise.all([db.activities.where('year').equals(year).toArray(), db.members.toArray(), db.dictionary.toArray()]);
  const dicts = dictionariesFrom(entries);
  return {
    year,
    byMonth: activitiesByMonth(activities, year),
    byType: activitiesByType(activities, year, entries),
    bySector: participationBySector(activities, members, year, dicts.sector),
  };
}

export interface ProposalChartData {
  byStage: NamedCount[];
  byClass: ReplyClassCount[];
}

export async function loadProposalChartData(db: LedgerDatabase, scope: ProposalScope): Promise<ProposalChartData> {
  const [proposals, settings] = await Promise.all([listProposals(db, scope), loadProposalSettings(db)]);
  return { byStage: proposalsByStage(proposals, scope), byClass: proposalsByReplyClass(proposals, scope, settings.replyScheme) };
}
