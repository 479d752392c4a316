// The edit form's values are the repository's input shape itself ({ fields, participants }), so
// a domain error keyed 'fields.endDate' or 'participants.3.memberId' lands on its form field.
// Dates stay ISO strings in the form; the pickers convert at the field (isoDateItemProps).
import type { Dayjs } from 'dayjs';
import type { ActivityFields, ActivityInput, Attendance, Instruction, ParticipantInput } from '../../domain/activities/activity';
import { isExchangeType, emptyActivityFields } from '../../domain/activities/activity';
import type { ParticipantDetail } from '../../db/activities-repo';
import type { Member } from '../../domain/members/member';
import { fromIso, toIso } from '../shared/dates';
import { liveRows } from '../../domain/common/row-stamps';

export interface ActivityFormValues {
  fields: ActivityFields;
  participants: ParticipantInput[];
}

/** Who a participant row is, for showing; `deleted` marks a member removed from the roll since. */
export interface PersonInfo {
  name: string;
  sector: string;
  township: string;
  deleted: boolean;
}

export type People = ReadonlyMap<string, PersonInfo>;

export function newActivityValues(today: string): ActivityFormValues {
  return { fields: emptyActivityFields(today), participants: [] };
}

/** An activity in the form: its 批示 still on the list, each with its row id so saving edits that row. */
export function loadedActivityValues(fields: ActivityFields & { instructions: Instruction[] }, participants: readonly ParticipantDetail[]): ActivityFormValues {
  return { fields: { ...fields, instructions: liveRows(fields.instructions) }, participants: participants.map(({ attendance }) => participantOf(attendance)) };
}

function participantOf(a: Pick<Attendance, 'memberId' | 'status' | 'reason'>): ParticipantInput {
  return { memberId: a.memberId, status: a.status, reason: a.reason };
}

export function peopleOf(participants: readonly ParticipantDetail[]): Map<string, PersonInfo> {
  return new Map(participants.map((p) => [
    p.attendance.memberId,
    p.member
      ? { name: p.member.name, sector: p.member.sector, township: p.member.township, deleted: p.member.deleted }
      : { name: '（已清除的委员）', sector: '', township: '', deleted: true },
  ]));
}

export function personOf(m: Member): PersonInfo {
  return { name: m.name, sector: m.sector, township: m.township, deleted: false };
}

/** What is sent to saveActivity: the values as they are, with lists that antd may leave unset. */
export function toActivityInput(values: ActivityFormValues, typeCodes: ReadonlyMap<string, string>): ActivityInput {
  const { exchange, ...f } = values.fields;
  return {
    fields: {
      ...f,
      // Only a 联谊交流 keeps its meeting's fields; a type changed away from it drops them.
      ...(isExchangeType(f.type, typeCodes) && exchange ? { exchange: { ...exchange, host: exchange.host ?? '', theme: exchange.theme ?? '' } } : {}),
      outcomes: { ...f.outcomes, reports: f.outcomes.reports ?? [], sentTo: f.outcomes.sentTo ?? [] },
      instructions: f.instructions ?? [],
    },
    participants: (values.participants ?? []).map((p) => ({ memberId: p.memberId, status: p.status, reason: p.reason ?? '' })),
  };
}

/** Props for a Form.Item around a DatePicker whose form value is an ISO date string. */
export const isoDateItemProps = {
  getValueProps: (value: string | undefined) => ({ value: fromIso(value) }),
  normalize: (value: Dayjs | null) => toIso(value),
};

/** Props for a Form.Item around a clearable Select whose form value must stay a string. */
export const clearableTextItemProps = {
  normalize: (value: string | undefined | null) => value ?? '',
};
