// Lateness said plainly wherever a proposal is shown: a red 逾期N天 while the 主办 unit's answer is
// overdue, an orange 逾期N天办复 when it came late; otherwise, while being handled, the due date.
import { Tag } from 'antd';
import { formatChineseDate } from '../../domain/common/dates';
import type { Proposal } from '../../domain/proposals/proposal';
import { latenessLabel, proposalLateness } from '../../domain/proposals/proposal-overdue';
import { currentDueDate } from '../../domain/proposals/proposal-settings';

export function LatenessTag({ proposal: p, today, showDue = false }: { proposal: Proposal; today: string; showDue?: boolean }) {
  const lateness = proposalLateness(p, today);
  if (lateness.kind === 'open') return <Tag color="red">{latenessLabel(lateness)}</Tag>;
  if (lateness.kind === 'replied-late') return <Tag color="orange">{latenessLabel(lateness)}</Tag>;
  const due = currentDueDate(p);
  return showDue && due !== null && p.stage === '已交办' ? <span>{formatChineseDate(due)}前</span> : null;
}
