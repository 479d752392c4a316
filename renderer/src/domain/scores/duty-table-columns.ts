// The columns of the 委员履职情况统计表, once, for the screen and the .xlsx alike.
import type { DutyTableRow } from './duty-table';
import type { ScoreArea } from './member-duty';

export interface DutyColumn {
  key: string;
  header: string;
  /** Excel column width in characters. */
  width: number;
  value: (row: DutyTableRow, index: number) => string | number;
}

/** A count of an area the year's ledger does not record (MemberDuty.unrecorded, 社情民意 read without them). */
export const NOT_RECORDED = '未记录';

/** The grade while the ledger lacks an area the rules count (MemberDuty.grade null). */
export const GRADE_PENDING = '待评定';

/** A count, or 未记录 while the ledger holds nothing of its area in the year. */
const unless = (area: ScoreArea, value: (row: DutyTableRow) => number) => (row: DutyTableRow) => (row.duty.unrecorded.includes(area) ? NOT_RECORDED : value(row));

export const DUTY_COLUMNS: readonly DutyColumn[] = [
  { key: 'index', header: '序号', width: 6, value: (_, i) => i + 1 },
  { key: 'name', header: '姓名', width: 10, value: (r) => r.member.name },
  { key: 'sector', header: '界别', width: 12, value: (r) => r.member.sector },
  { key: 'role', header: '委员职务', width: 9, value: (r) => r.member.role },
  { key: 'attended', header: '出席会议', width: 9, value: unless('attendance', (r) => r.duty.meetings.attended) },
  { key: 'excused', header: '请假', width: 6, value: unless('attendance', (r) => r.duty.meetings.excused) },
  { key: 'absent', header: '缺席', width: 6, value: unless('attendance', (r) => r.duty.meetings.absent) },
  { key: 'activities', header: '参加活动', width: 9, value: unless('attendance', (r) => r.duty.activities) },
  { key: 'lead', header: '领衔提案', width: 9, value: unless('proposal', (r) => r.duty.proposals.lead) },
  { key: 'coSigned', header: '附议提案', width: 9, value: unless('proposal', (r) => r.duty.proposals.coSigned) },
  { key: 'registered', header: '提案立案', width: 9, value: unless('proposal', (r) => r.duty.proposals.registered) },
  { key: 'key', header: '重点提案', width: 9, value: unless('proposal', (r) => r.duty.proposals.key) },
  { key: 'opinions', header: '社情民意', width: 9, value: (r) => r.duty.opinions?.submitted ?? NOT_RECORDED },
  { key: 'adopted', header: '社情民意采用', width: 12, value: (r) => r.duty.opinions?.adopted ?? NOT_RECORDED },
  { key: 'total', header: '积分', width: 8, value: (r) => r.duty.total },
  { key: 'grade', header: '等次', width: 8, value: (r) => r.duty.grade ?? GRADE_PENDING },
];
