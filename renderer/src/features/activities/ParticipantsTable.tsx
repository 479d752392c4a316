// The participants of an activity as recorded, in surname-stroke order, with the 应到 / 实到 /
// 请假 / 缺席 counts above them; each name opens the member's page.
import { Space, Table, Tag, Typography } from 'antd';
import type { ParticipantDetail } from '../../db/activities-repo';
import { formatAttendanceRate, summarizeAttendance } from '../../domain/activities/attendance-summary';
import { sortByStroke } from '../../domain/common/stroke-order';
import { hrefOf } from '../../app/router';

const STATUS_COLOR = { 出席: 'green', 请假: 'orange', 缺席: 'red' } as const;

export function ParticipantsTable({ participants }: { participants: readonly ParticipantDetail[] }) {
  const rows = sortByStroke(participants, (p) => p.member?.name ?? '');
  const s = summarizeAttendance(rows.map((p) => p.attendance));
  return (
    <>
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text aria-label="出勤统计">
          应到 {s.expected} 人，实到 {s.present} 人，请假 {s.excused} 人，缺席 {s.absent} 人
        </Typography.Text>
        <Typography.Text type="secondary">出席率 {formatAttendanceRate(s)}（按姓氏笔画为序）</Typography.Text>
      </Space>
      <Table<ParticipantDetail>
        rowKey={(p) => p.attendance.id}
        size="small"
        dataSource={rows}
        pagination={rows.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
        locale={{ emptyText: '没有登记参加人员' }}
        columns={[
          {
            title: '姓名', key: 'name',
            render: (_: unknown, p) => {
              if (!p.member) return '（已清除的委员）';
              if (p.member.deleted) return <>{p.member.name}<Tag style={{ marginLeft: 8 }}>已删除</Tag></>;
              return <a href={hrefOf({ name: 'member', id: p.member.id })}>{p.member.name}</a>;
            },
          },
          { title: '界别', key: 'sector', render: (_: unknown, p) => p.member?.sector },
          { title: '出勤', key: 'status', width: 90, render: (_: unknown, p) => <Tag color={STATUS_COLOR[p.attendance.status]}>{p.attendance.status}</Tag> },
          { title: '事由', key: 'reason', render: (_: unknown, p) => p.attendance.reason },
        ]}
      />
    </>
  );
}
