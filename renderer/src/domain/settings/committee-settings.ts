// The committee this ledger belongs to, set at first run: its name, level, current term and
// plenary sessions, and who operates the program. Reports and the shell read it.
import { z } from 'zod';
import { isIsoDate } from '../common/dates';
import { proposalSettingsSchema, type ProposalSettings } from '../proposals/proposal-settings';
import { reportSettingsSchema, type ReportSettings } from './report-settings';
import { stationSettingsSchema, type StationSettings } from '../stations/station-settings';
import { tooLong } from '../common/too-long';
import { meetingCallsSchema, type MeetingCalls } from '../activities/meeting-calls';

export const COMMITTEE_LEVELS = ['县', '区', '市'] as const;

export const plenarySessionSchema = z.object({
  number: z.number({ error: '请填写第几次会议' }).int().min(1, '次数至少为1').max(20, '次数不超过20'),
  date: z.string().refine(isIsoDate, '请填写正确的会议日期'),
});

export const committeeSettingsSchema = z.object({
  name: z.string().trim().min(2, '请填写政协全称，例如 某某县政协').max(60, tooLong('全称', 60)),
  shortName: z.string().trim().min(1, '请填写简称，例如 县政协').max(20, tooLong('简称', 20)),
  level: z.enum(COMMITTEE_LEVELS, { error: '请选择级别：县、区或市' }),
  term: z.number({ error: '请填写届次' }).int().min(1, '届次至少为1').max(30, '届次不超过30'),
  sessions: z.array(plenarySessionSchema).max(20).superRefine((sessions, ctx) => {
    const seen = new Set<number>();
    sessions.forEach((s, i) => {
      if (seen.has(s.number)) ctx.addIssue({ code: 'custom', path: [i, 'number'], message: `第${s.number}次会议重复` });
      seen.add(s.number);
    });
  }),
  operator: z.string().trim().min(1, '请填写操作员姓名').max(20, tooLong('姓名', 20)),
  /** The 政协 one level up as the office names it (怀化市政协); unset or empty, reports name it by the committee's level. */
  upperName: z.string().trim().max(20, tooLong('上一级政协', 20)).optional(),
});

export type CommitteeSettings = z.infer<typeof committeeSettingsSchema>;

export interface SettingsRecord {
  id: 'committee';
  committee: CommitteeSettings;
  /** True while the ledger holds the generated 示例数据; every screen says so. */
  sampleLoaded: boolean;
  /** How proposals are handled here; absent until the office changes the defaults. */
  proposals?: ProposalSettings;
  /** The office's report templates and layout (report-settings.ts); absent until it saves one. */
  reports?: ReportSettings;
  /** What the office calls its grass-roots units (station-settings.ts); absent while the default holds. */
  stations?: StationSettings;
  /** Whom a meeting of each activity type calls (meeting-calls.ts); absent while the defaults hold. */
  meetingCalls?: MeetingCalls;
  updatedAt: string;
}

export const settingsRecordSchema = z.object({
  id: z.literal('committee'),
  committee: committeeSettingsSchema,
  sampleLoaded: z.boolean(),
  proposals: proposalSettingsSchema.optional(),
  reports: reportSettingsSchema.optional(),
  stations: stationSettingsSchema.optional(),
  meetingCalls: meetingCallsSchema.optional(),
  updatedAt: z.string().datetime({ offset: true }),
});
