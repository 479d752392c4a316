// What the 监督员 screen shows for a year up to a date — members appointed, units covered, groups,
// 建议书, and the members and times of 阳光执法 and 现场办公 and the 满意度测评 rounds — read from
// the figure catalogue (supervisors.*, activities.type.<code>[.members]), so the screen and the
// reports count each of them by one definition.
import type { Ledger } from '../ledger/ledger';
import { computeFiguresFor, yearScope } from '../report/figure-catalogue';
import { activityTypeKey } from '../report/figures/activity-figures';

export interface Participation {
  /** Different members present at least once. */
  members: number;
  /** Activities held. */
  times: number;
}

export interface SupervisionFigures {
  membersAppointed: number;
  unitsCovered: number;
  groups: number;
  letters: number;
  lawEnforcement: Participation;
  onSiteOffice: Participation;
  satisfactionPolls: number;
}

const KEYS = {
  membersAppointed: 'supervisors.appointed',
  unitsCovered: 'supervisors.unitsCovered',
  groups: 'supervisors.groups',
  letters: 'supervisors.letters',
  lawEnforcement: activityTypeKey('lawEnforcement'),
  lawEnforcementMembers: `${activityTypeKey('lawEnforcement')}.members`,
  onSiteOffice: activityTypeKey('onSiteOffice'),
  onSiteOfficeMembers: `${activityTypeKey('onSiteOffice')}.members`,
  satisfactionPolls: activityTypeKey('satisfactionPoll'),
} as const;

/** The ledger needs the supervisors, the year's 建议书 and activities, and the dictionary (type codes). */
export function computeSupervisionFigures(ledger: Ledger, year: number, until: string = `${year}-12-31`): SupervisionFigures {
  const figures = computeFiguresFor(ledger, yearScope(year, until), Object.values(KEYS));
  const value = (key: keyof typeof KEYS) => figures.get(KEYS[key])?.value ?? 0;
  return {
    membersAppointed: value('membersAppointed'),
    unitsCovered: value('unitsCovered'),
    groups: value('groups'),
    letters: value('letters'),
    lawEnforcement: { members: value('lawEnforcementMembers'), times: value('lawEnforcement') },
    onSiteOffice: { members: value('onSiteOfficeMembers'), times: value('onSiteOffice') },
    satisfactionPolls: value('satisfactionPolls'),
  };
}
