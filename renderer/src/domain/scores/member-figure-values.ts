// The `member.*` placeholders of the 委员履职档案 report template (domain/report/templates/
// member-template.ts), filled from one member's duty record. 社情民意 are left out while the
// ledger does not record them, and so are meetings and proposals while the year's ledger holds none
// (MemberDuty.unrecorded), so the report flags them instead of printing a made-up 0.
import type { MemberDuty } from './member-duty';

export function memberFigureValues(duty: MemberDuty): Record<string, number> {
  const m = duty.meetings;
  const attendance: Record<string, number> = duty.unrecorded.includes('attendance') ? {} : {
    'member.meetings.expected': m.attended + m.excused + m.absent,
    'member.meetings.present': m.attended,
    'member.meetings.excused': m.excused,
    'member.meetings.absent': m.absent,
    'member.activities': duty.activities,
  };
  const proposals: Record<string, number> = duty.unrecorded.includes('proposal') ? {} : {
    'member.proposals.lead': duty.proposals.lead,
    'member.proposals.coSigned': duty.proposals.coSigned,
    'member.proposals.registered': duty.proposals.registered,
    'member.proposals.key': duty.proposals.key,
  };
  return {
    ...attendance,
    ...proposals,
    ...(duty.opinions ? { 'member.opinions.submitted': duty.opinions.submitted, 'member.opinions.adopted': duty.opinions.adopted } : {}),
    'member.points': duty.total,
  };
}
