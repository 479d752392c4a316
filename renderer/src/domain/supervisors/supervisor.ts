// 民主监督员 / 特约监督员: a member the committee sends to a department (a unit from the units
// dictionary) for a period, in a group (监督小组, e.g. 第一监督组, two members a department), and
// the yearly 民主监督建议书 each group writes. What supervisors did — 阳光执法, 现场办公, 满意度测评 —
// is in the activity ledger as activities of those types (supervision-figures.ts counts them).
import { z } from 'zod';
import { baseRecordSchema, type BaseRecord } from '../common/record';
import { isIsoDate } from '../common/dates';

export const SUPERVISOR_KINDS = ['民主监督员', '特约监督员'] as const;
export type SupervisorKind = (typeof SUPERVISOR_KINDS)[number];

export interface SupervisorFields {
  memberId: string;
  kind: SupervisorKind;
  unit: string;
  group: string;
  fromDate: string;
  /** Null while the appointment runs on. */
  toDate: string | null;
  note: string;
}

export interface SupervisorAppointment extends BaseRecord, SupervisorFields {
  isSample: boolean;
}

export interface SupervisionLetterFields {
  group: string;
  title: string;
  date: string;
  text: string;
  /** The units the letter is addressed to. */
  units: string[];
}

export interface SupervisionLetter extends BaseRecord, SupervisionLetterFields {
  /** From `date`; derived, indexed. */
  year: number;
  isSample: boolean;
}

const isoDate = z.string().refine(isIsoDate);

export const supervisorSchema = baseRecordSchema.extend({
  memberId: z.string().min(1).max(64),
  kind: z.enum(SUPERVISOR_KINDS),
  unit: z.string().min(1).max(60),
  group: z.string().max(60),
  fromDate: isoDate,
  toDate: isoDate.nullable(),
  note: z.string().max(2000),
  isSample: z.boolean(),
});

export const supervisionLetterSchema = baseRecordSchema.extend({
  group: z.string().min(1).max(60),
  title: z.string().min(1).max(200),
  date: isoDate,
  text: z.string().max(50000),
  units: z.array(z.string().min(1).max(60)).max(100),
  year: z.number().int(),
  isSample: z.boolean(),
});

export function withDerivedLetterFields<T extends { date: string }>(l: T): T & { year: number } {
  return { ...l, year: Number(l.date.slice(0, 4)) };
}

/** Whether an appointment runs at some time in the year up to `until`. */
export function servesIn(a: Pick<SupervisorFields, 'fromDate' | 'toDate'>, year: number, until: string): boolean {
  return a.fromDate <= until && (a.toDate === null || a.toDate >= `${year}-01-01`);
}
