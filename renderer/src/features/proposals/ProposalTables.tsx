// A proposal's rows on its page: each unit's reply per round (with its 答复函 attached to the row),
// the proposer's feedback per round, and the whole history of steps (date, operator, action,
// from → to, note).
import { Table } from 'antd';
import { formatChineseDate } from '../../domain/common/dates';
import type { FeedbackRow, HistoryRow, Proposal, ReplyRow } from '../../domain/proposals/proposal';
import { replyLateDays } from '../../domain/proposals/proposal-overdue';
import { AttachmentLinks } from '../shared/AttachmentLinks';
import { liveRows } from '../../domain/common/row-stamps';

const dateColumn = { title: '日期', dataIndex: 'date', width: 140, render: (d: string) => formatChineseDate(d) };
const roundColumn = { title: '轮次', dataIndex: 'round', width: 80, render: (r: number) => `第${r}轮` };

export function RepliesTable({ proposal }: { proposal: Proposal }) {
  return (
    <Table<ReplyRow>
      rowKey="id" size="small" pagination={false} dataSource={liveRows(proposal.replies)} locale={{ emptyText: '还没有答复' }}
      columns={[
        roundColumn,
        { title: '答复单位', dataIndex: 'unit' },
        { title: '承办', dataIndex: 'role', width: 70 },
        dateColumn,
        {
          title: '按期', key: 'late', width: 110,
          render: (_: unknown, r) => {
            const late = replyLateDays(proposal, r);
            return late ? <span style={{ color: '#cf1322' }}>逾期{late}天</span> : '按期';
          },
        },
        { title: '答复类别', dataIndex: 'replyClass', width: 90, render: (c: string) => `${c}类` },
        { title: '面商', dataIndex: 'faceToFace', width: 70, render: (f: boolean) => (f ? '是' : '否') },
        { title: '答复摘要', dataIndex: 'summary', ellipsis: true },
        { title: '答复函', key: 'letter', width: 220, render: (_: unknown, r) => <AttachmentLinks owner={{ kind: 'proposal-reply', id: r.id }} /> },
      ]}
    />
  );
}

export function FeedbackTable({ feedback }: { feedback: FeedbackRow[] }) {
  return (
    <Table<FeedbackRow>
      rowKey="id" size="small" pagination={false} dataSource={feedback} locale={{ emptyText: '还没有收到征询意见表' }}
      columns={[
        roundColumn,
        dateColumn,
        { title: '评价', dataIndex: 'rating', width: 100 },
        { title: '办理过程', dataIndex: 'processRating', width: 100, render: (r: string | null) => r ?? '—' },
        { title: '办理结果', dataIndex: 'resultRating', width: 100, render: (r: string | null) => r ?? '—' },
        { title: '说明', dataIndex: 'note', ellipsis: true },
      ]}
    />
  );
}

export function HistoryTable({ history }: { history: HistoryRow[] }) {
  return (
    <Table<HistoryRow>
      rowKey="id" size="small" pagination={false} dataSource={history}
      columns={[
        dateColumn,
        { title: '操作人', dataIndex: 'operator', width: 90 },
        { title: '操作', dataIndex: 'action', width: 110 },
        { title: '状态', key: 'stages', width: 170, render: (_: unknown, h) => (h.from && h.from !== h.to ? `${h.from} → ${h.to}` : h.to) },
        { title: '说明', dataIndex: 'note' },
      ]}
    />
  );
}
