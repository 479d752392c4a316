// The figures of 民主监督员 / 特约监督员 for a year up to a date: members appointed and the units
// they cover (appointments running at some time in the year), groups and 建议书, and — from the
// activity ledger — the members and times in 阳光执法 and 现场办公 and the 满意度测评 rounds.
// Activities are counted by type code (dictionaries/activity-types.ts), not category: an existing
// ledger's dictionary may file these types under another category, and a default cannot change that.
import { liveParticipants, type Activity } from '../activities/activity';
import type { ActivityTypeCode } from '../dictionaries/activity-types';
import { servesIn, type SupervisionLetter, type SupervisorAppointment } from './supervisor';


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

export function appointmentsInScope(appointments: readonly SupervisorAppointment[], year: number, until: string): SupervisorAppointment[] {
  return appointments.filter((a) => a.deletedAt === null && servesIn(a, year, until));
}

export function lettersInScope(letters: readonly SupervisionLetter[], year: number, until: string): SupervisionLetter[] {
  return letters.filter((l) => l.deletedAt === null && l.year === year && l.date <= until);
}

export function activitiesOfType(activities: readonly Activity[], codeOf: ReadonlyMap<string, string>, code: ActivityTypeCode, year: number, until: string): Activity[] {
  return activities.filter((a) => a.deletedAt === null && codeOf.get(a.type) === code && a.year === year && a.startDate <= until);
}

function participation(activities: readonly Activity[]): Participation {
  const members = new Set(activities.flatMap((a) => liveParticipants(a).filter((p) => p.status === '出席').map((p) => p.memberId)));
  return { members: members.size, times: activities.length };
}

export function computeSupervisionFigures(
  input: {
    appointments: readonly SupervisorAppointment[];
    letters: readonly SupervisionLetter[];
    activities: readonly Activity[];
    /** Activity type name → code (dictionary-codes.ts codeByName). */
    codeOf: ReadonlyMap<string, string>;
  },
  year: number,
  until: string = `${year}-12-31`,
): SupervisionFigures {
  const serving = appointmentsInScope(input.appointments, year, until);
  return {
    membersAppointed: new Set(serving.map((a) => a.memberId)).size,
    unitsCovered: new Set(serving.map((a) => a.unit)).size,
    groups: new Set(serving.map((a) => a.group).filter(Boolean)).size,
    letters: lettersInScope(input.letters, year, until).length,
    lawEnforcement: participation(activitiesOfType(input.activities, input.codeOf, 'lawEnforcement', year, until)),
    onSiteOffice: participation(activitiesOfType(input.activities, input.codeOf, 'onSiteOffice', year, until)),
    satisfactionPolls: activitiesOfType(input.activities, input.codeOf, 'satisfactionPoll', year, until).length,
  };
}
