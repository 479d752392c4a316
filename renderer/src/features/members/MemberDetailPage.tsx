// One member: their record and what they took part in during the chosen year (or every year).
import { useState } from 'react';
import { Button, Descriptions, Result, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { MemberParticipation } from '../../db/members-repo';
import { formatChineseDate, formatChineseMonth } from '../../domain/common/dates';
import { termLabel } from '../../domain/common/chinese-numerals';
import { summarizeAttendance } from '../../domain/activities/attendance-summary';
import { hrefOf } from '../../app/router';
import { useSelectedYear } from '../../app/stores/year-store';
import { MemberFormModal } from './MemberFormModal';
import { SampleTag } from '../shared/SampleTag';
import { MemberDutyCard } from '../scores/MemberDutyCard';
import { RecordHistory } from '../history/RecordHistory';

const STATUS_COLOR = { 出席: 'green', 请假: 'orange', 缺席: 'red' } as const;

export function MemberDetailPage({ id }: { id: string }) {
  const year = useSelectedYear();
  const [scope, setScope] = useState<'year' | 'all'>('year');
  const [editing, setEditing] = useState(false);
  const member = useLiveQuery(async () => (await appLedger.members.getMember(id)) ?? null, [id]);
  const rows = useLiveQuery(() => appLedger.members.listMemberParticipation(id, scope === 'year' ? year : undefined), [id, year, scope]);
  if (member === undefined) return null;
  if (member === null) return <Result status="404" title="未找到该委员（可能已被删除）" extra={<a href={hrefOf({ name: 'members' })}>返回委员名册</a>} />;
  const summary = summarizeAttendance((rows ?? []).map((r) => r.attendance));

  return (
    <>
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>{member.name} <SampleTag isSample={member.isSample} /></Typography.Title>
        <Button onClick={() => setEditing(true)}>编辑</Button>
      </Space>
      <Descriptions bordered size="small" column={3}>
        <Descriptions.Item label="性别">{member.gender}</Descriptions.Item>
        <Descriptions.Item label="民族">{member.ethnicity}</Descriptions.Item>
        <Descriptions.Item label="出生年月">{member.birthMonth && formatChineseMonth(member.birthMonth)}</Descriptions.Item>
        <Descriptions.Item label="界别">{member.sector}</Descriptions.Item>
        <Descriptions.Item label="党派">{member.party}</Descriptions.Item>
        <Descriptions.Item label="所在乡镇">{member.township}</Descriptions.Item>
        <Descriptions.Item label="工作单位及职务" span={2}>{member.workplace}</Descriptions.Item>
        <Descriptions.Item label="委员职务">{member.role}</Descriptions.Item>
        <Descriptions.Item label="届次">{termLabel(member.term)}</Descriptions.Item>
        <Descriptions.Item label="所属专委会">{member.committees.join('、')}</Descriptions.Item>
        <Descriptions.Item label="联系电话">{member.phone}</Descriptions.Item>
        <Descriptions.Item label="状态">{member.status}{member.statusDate && `（${formatChineseDate(member.statusDate)}）`}</Descriptions.Item>
        <Descriptions.Item label="备注" span={2}>{member.note}</Descriptions.Item>
      </Descriptions>
      <MemberDutyCard member={member} year={year} />
      <Space style={{ margin: '20px 0 8px' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>参加的履职活动</Typography.Title>
        <Segmented value={scope} onChange={(v) => setScope(v as 'year' | 'all')} options={[{ value: 'year', label: `${year}年度` }, { value: 'all', label: '全部年度' }]} />
        <Typography.Text type="secondary">出席 {summary.present} 次，请假 {summary.excused} 次，缺席 {summary.absent} 次</Typography.Text>
      </Space>
      <Table<MemberParticipation>
        rowKey={(r) => r.attendance.id}
        size="small"
        dataSource={rows ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: '日期', render: (_: unknown, r) => formatChineseDate(r.activity.startDate), width: 140 },
          { title: '活动', render: (_: unknown, r) => <a href={hrefOf({ name: 'activity', id: r.activity.id })}>{r.activity.title}</a> },
          { title: '类型', render: (_: unknown, r) => r.activity.type, width: 140 },
          { title: '出勤', render: (_: unknown, r) => <Tag color={STATUS_COLOR[r.attendance.status]}>{r.attendance.status}</Tag>, width: 80 },
          { title: '事由', render: (_: unknown, r) => r.attendance.reason },
        ]}
      />
      <RecordHistory table="members" recordId={id} collapsible />
      {editing && <MemberFormModal member={member} term={member.term} onClose={() => setEditing(false)} />}
    </>
  );
}
