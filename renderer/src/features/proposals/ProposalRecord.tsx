// A proposal's record on its page: who proposed what in which session and where it stands, then
// its assignment — units, dates, due date (逾期 said plainly) and extensions.
import { Descriptions, Tag, Typography } from 'antd';
import { formatChineseDate, toIsoDate } from '../../domain/common/dates';
import { sessionLabelOf, type Proposal } from '../../domain/proposals/proposal';
import { currentDueDate } from '../../domain/proposals/proposal-settings';
import { hrefOf } from '../../app/router';
import { proposerFull } from './proposal-options';
import { LatenessTag } from './LatenessTag';
import { KeyProposalInfo } from './KeyProposalInfo';

export function ProposalDescriptions({ proposal: p, names }: { proposal: Proposal; names: ReadonlyMap<string, string> }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={2}
      items={[
        { key: 'number', label: '案号', children: `第${p.number}号` },
        { key: 'session', label: '届次会议', children: sessionLabelOf(p) },
        { key: 'title', label: '案由', span: 2, children: p.title },
        { key: 'proposer', label: '提案者', span: 2, children: proposerFull(p, names) },
        { key: 'category', label: '类别', children: p.category },
        { key: 'stage', label: '阶段', children: <Tag color="blue">{p.stage}</Tag> },
        { key: 'received', label: '收到日期', children: formatChineseDate(p.receivedDate) },
        { key: 'flags', label: '优秀提案', children: p.excellent ? <Tag color="gold">优秀提案</Tag> : '—' },
        ...(p.keyProposal ? [{ key: 'key', label: '重点提案', span: 2, children: <KeyProposalInfo keyProposal={p.keyProposal} /> }] : []),
        ...(p.rejection ? [{ key: 'rejection', label: '不予立案', span: 2, children: `${p.rejection.reason}；转为${p.rejection.rejectedAs}` }] : []),
        ...(p.mergedIntoId ? [{ key: 'merged', label: '并入', span: 2, children: <a href={hrefOf({ name: 'proposal', id: p.mergedIntoId })}>查看并入的提案</a> }] : []),
        { key: 'text', label: '提案内容', span: 2, children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{p.text || '—'}</Typography.Paragraph> },
      ]}
    />
  );
}

export function AssignmentDescriptions({ proposal: p }: { proposal: Proposal }) {
  const a = p.assignment;
  if (!a) return <Typography.Text type="secondary">尚未交办</Typography.Text>;
  const due = currentDueDate(p) ?? a.dueDate;
  return (
    <Descriptions
      bordered
      size="small"
      column={2}
      items={[
        { key: 'main', label: '主办单位', children: a.units.find((u) => u.role === '主办')?.unit ?? '' },
        { key: 'co', label: '协办单位', children: a.units.filter((u) => u.role === '协办').map((u) => u.unit).join('、') || '—' },
        { key: 'assigned', label: '交办日期', children: formatChineseDate(a.assignedDate) },
        { key: 'due', label: '办理期限', children: <>{formatChineseDate(due)} <LatenessTag proposal={p} today={toIsoDate(new Date())} /></> },
        ...(a.extensions.length ? [{
          key: 'ext', label: '延期', span: 2,
          children: a.extensions.map((e) => `${formatChineseDate(e.date)}延至${formatChineseDate(e.newDueDate)}（${e.reason}）`).join('；'),
        }] : []),
      ]}
    />
  );
}
