// The read-only record of an activity: its fields, its outcomes and the 批示 it received.
import { Descriptions, Table } from 'antd';
import { exchangeMeetingLabel, type Activity, type Instruction } from '../../domain/activities/activity';
import { formatChineseDate, formatDateRange } from '../../domain/common/dates';
import { instructionLevelLabel } from '../../domain/instructions/instruction';
import { liveRows } from '../../domain/common/row-stamps';
import { useCommitteeLevel } from '../shared/use-committee-level';
import { inLevelWords } from '../../domain/settings/level-words';

const multiline = { whiteSpace: 'pre-wrap' } as const;

export function ActivityDescriptions({ activity: a }: { activity: Activity }) {
  const organizer = a.organizerKind && a.organizer ? `${a.organizer}（${a.organizerKind}）` : a.organizer || a.organizerKind;
  return (
    <Descriptions
      bordered
      size="small"
      column={3}
      items={[
        { key: 'type', label: '类型', children: a.type },
        { key: 'date', label: '日期', children: formatDateRange(a.startDate, a.endDate), span: 2 },
        { key: 'location', label: '地点', children: a.location },
        { key: 'organizer', label: '组织者', children: organizer },
        { key: 'leaders', label: '带队领导', children: a.leaders },
        ...(a.exchange
          ? [{ key: 'exchange', label: '联谊会', span: 3, children: `${exchangeMeetingLabel(a.exchange)}${a.exchange.host ? `（${a.exchange.host}承办）` : ''}${a.exchange.theme ? `，主题：${a.exchange.theme}` : ''}` }]
          : []),
        { key: 'topic', label: '议题', children: <span style={multiline}>{a.topic}</span>, span: 3 },
        { key: 'summary', label: '内容摘要', children: <span style={multiline}>{a.summary}</span>, span: 3 },
        { key: 'followUp', label: '跟踪状态', children: a.followUp, span: 3 },
      ]}
    />
  );
}

export function OutcomesDescriptions({ activity: a }: { activity: Activity }) {
  const level = useCommitteeLevel();
  const o = a.outcomes;
  return (
    <Descriptions
      bordered
      size="small"
      column={3}
      items={[
        {
          key: 'reports', label: '成果', span: 3,
          children: o.reports.length === 0 ? '无' : o.reports.map((r, i) => <div key={i}>{r.kind}：《{r.title}》</div>),
        },
        { key: 'suggestions', label: '建议条数', children: `${o.suggestions}条` },
        { key: 'sentTo', label: '报送', children: o.sentTo.length ? o.sentTo.map((to) => inLevelWords(to, level)).join('、') : '未报送' },
        { key: 'adopted', label: '采纳条数', children: `${o.adopted}条` },
      ]}
    />
  );
}

export function InstructionsTable({ activity: a }: { activity: Activity }) {
  return (
    <Table<Instruction>
      size="small"
      pagination={false}
      rowKey="id"
      dataSource={liveRows(a.instructions)}
      locale={{ emptyText: '没有批示' }}
      columns={[
        { title: '级别', dataIndex: 'level', width: 80, render: (l: Instruction['level']) => instructionLevelLabel(l) },
        { title: '领导', dataIndex: 'leader', width: 140 },
        { title: '日期', dataIndex: 'date', width: 140, render: (d: string) => formatChineseDate(d) },
        { title: '内容', dataIndex: 'text', render: (t: string) => <span style={multiline}>{t}</span> },
      ]}
    />
  );
}
