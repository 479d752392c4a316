// 委员履职主题实践活动 figures (domain/campaigns): the kinds of activity in the year's campaign
// (the report writes X余类), its activities, the members who attended and their attendances.
import type { Ledger } from '../../ledger/ledger';
import { computeCampaignFigures, type CampaignFigures } from '../../campaigns/campaign-figures';
import { type FigureDefinition, type FigureScope, withSynonyms } from '../figure-types';
import { referencedOnRead, type FigureRecordRef } from '../figure-result';
import { activityRef, memberRef, membersById, memo, scopeKey } from './figure-slices';

const GROUP = '主题实践活动';

function campaignSlice(ledger: Ledger, scope: FigureScope): CampaignFigures {
  return memo(ledger, `campaigns|${scopeKey(scope)}`, () => computeCampaignFigures(ledger.campaigns ?? [], ledger.activities, scope.year, scope.until));
}

function figure(key: string, label: string, unit: string, count: (f: CampaignFigures, ledger: Ledger) => { value: number; records: FigureRecordRef[] }, description?: string): FigureDefinition {
  return { key, label, unit, group: GROUP, ...(description ? { description } : {}), count: (ledger, scope) => count(campaignSlice(ledger, scope), ledger) };
}

export const CAMPAIGN_REPORT_FIGURES: readonly FigureDefinition[] = withSynonyms([
  // One record per kind: the first activity of that kind.
  figure('campaigns.kinds', '主题实践活动的活动种类', '类', (f) => referencedOnRead(f.kinds.length, f.kinds, (k) => activityRef(f.activities.find((a) => a.type === k)!))),
  // The one count of the campaign every report kind prints (常委会工作报告 and 民主监督工作情况汇报 alike).
  figure('campaigns.activities', '主题实践活动开展活动', '次', (f) => referencedOnRead(f.activities.length, f.activities, activityRef),
    '本年委员履职主题实践活动所关联的活动，不论活动类型；不是类型为“委员履职主题实践活动”的活动数'),
  figure('campaigns.members', '参加主题实践活动的委员', '名', (f, ledger) => {
    const byId = membersById(ledger);
    const members = f.memberIds.flatMap((id) => byId.get(id) ?? []);
    return referencedOnRead(f.memberIds.length, members, memberRef);
  }),
  figure('campaigns.personTimes', '委员参加主题实践活动', '人次', (f) => referencedOnRead(f.personTimes, f.activities, activityRef)),
], {
  'campaigns.kinds': ['履职活动', '丰富多彩的履职活动', '主题实践活动'],
  'campaigns.activities': ['主题实践活动开展活动', '开展主题实践活动'],
});
