// 参加人员 on the edit form: one row per member with 出勤 and 事由, 应到/实到 counted as the user
// edits, and 添加参加人员 opening the roll picker. A domain error for a row (listed twice, not on
// the roll) shows under that row's name.
import { useState } from 'react';
import { Button, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { ATTENDANCE_STATUSES, type ParticipantInput } from '../../domain/activities/activity';
import { summarizeAttendance } from '../../domain/activities/attendance-summary';
import { sortByStroke } from '../../domain/common/stroke-order';
import type { Member } from '../../domain/members/member';
import { optionsOf } from './activity-options';
import type { ActivityFormValues, People, PersonInfo } from './activity-form-values';
import { MemberPicker } from './MemberPicker';
import { AttendanceQuickMark } from './AttendanceQuickMark';
import { clearFieldErrors } from '../shared/clear-field-errors';

interface Props {
  form: FormInstance<ActivityFormValues>;
  people: People;
  /** Activity type name → code, for who a meeting calls. */
  onMembersPicked: (members: Member[]) => void;
}

const UNKNOWN: PersonInfo = { name: '（未知委员）', sector: '', township: '', deleted: true };

/** Shown inside Form.Item name={[i, 'memberId']} so that item's error appears under the name. */
function PersonCell({ value, people }: { value?: string; people: People }) {
  const p = (value && people.get(value)) || UNKNOWN;
  return <span>{p.name}{p.deleted && <Tag color="red" style={{ marginLeft: 8 }}>已不在名册</Tag>}</span>;
}

export function ParticipantsEditor({ form, people, onMembersPicked }: Props) {
  const [picking, setPicking] = useState(false);
  const rows = Form.useWatch('participants', { form, preserve: true }) ?? [];
  const summary = summarizeAttendance(rows.map((r) => ({ status: r.status, deletedAt: null })));
  const personAt = (index: number) => people.get(String(form.getFieldValue(['participants', index, 'memberId']))) ?? UNKNOWN;

  return (
    <Form.List name="participants">
      {(fields, { remove }, { errors }) => (
        <>
          <Space style={{ margin: '8px 0', justifyContent: 'space-between', width: '100%' }} wrap>
            <Space wrap>
              <Typography.Title level={5} style={{ margin: 0 }}>参加人员</Typography.Title>
              <Typography.Text aria-label="出勤统计">
                应到 {summary.expected} 人，实到 {summary.present} 人（请假 {summary.excused} 人，缺席 {summary.absent} 人）
              </Typography.Text>
            </Space>
            <Space>
              <Button
                disabled={fields.length === 0}
                onClick={() => form.setFieldValue('participants', rows.map((r) => ({ ...r, status: '出席' })))}
              >
                全部设为出席
              </Button>
              <Button type="primary" ghost onClick={() => setPicking(true)}>添加参加人员</Button>
            </Space>
          </Space>
          <AttendanceQuickMark form={form} people={people} onMembersPicked={onMembersPicked} />
          <Table
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={fields}
            locale={{ emptyText: '还没有参加人员，请点“添加参加人员”从委员名册中选择' }}
            columns={[
              { title: '序号', key: 'no', width: 60, render: (_: unknown, f) => f.name + 1 },
              {
                title: '姓名', key: 'name', width: 200,
                render: (_: unknown, f) => (
                  <Form.Item name={[f.name, 'memberId']} style={{ margin: 0 }}>
                    <PersonCell people={people} />
                  </Form.Item>
                ),
              },
              { title: '界别', key: 'sector', width: 110, render: (_: unknown, f) => personAt(f.name).sector },
              { title: '乡镇', key: 'township', width: 110, render: (_: unknown, f) => personAt(f.name).township },
              {
                title: '出勤', key: 'status', width: 120,
                render: (_: unknown, f) => (
                  <Form.Item name={[f.name, 'status']} style={{ margin: 0 }}>
                    <Select aria-label={`出勤-${personAt(f.name).name}`} style={{ width: 96 }} options={optionsOf(ATTENDANCE_STATUSES)} />
                  </Form.Item>
                ),
              },
              {
                title: '事由', key: 'reason',
                render: (_: unknown, f) => (
                  <Form.Item name={[f.name, 'reason']} style={{ margin: 0 }}>
                    <Input aria-label={`事由-${personAt(f.name).name}`} count={{ max: 200 }} placeholder="请假、缺席的事由" />
                  </Form.Item>
                ),
              },
              {
                title: '操作', key: 'remove', width: 80,
                render: (_: unknown, f) => (
                  <Button type="link" size="small" aria-label={`移除-${personAt(f.name).name}`} onClick={() => remove(f.name)}>移除</Button>
                ),
              },
            ]}
          />
          <Form.ErrorList errors={errors} />
          <MemberPicker
            open={picking}
            alreadyIn={new Set(rows.map((r) => r.memberId))}
            onClose={() => setPicking(false)}
            onAdd={(members) => {
              onMembersPicked(members);
              // The list stays in surname-stroke order, as official lists are.
              const names = new Map(members.map((m) => [m.id, m.name]));
              const added = members.map((m): ParticipantInput => ({ memberId: m.id, status: '出席', reason: '' }));
              const nameOf = (r: ParticipantInput) => names.get(r.memberId) ?? people.get(r.memberId)?.name ?? '';
              form.setFieldValue('participants', sortByStroke([...rows, ...added], nameOf));
              // Rows moved, so a message left from the last refusal would sit on the wrong row.
              clearFieldErrors(form, 'participants');
            }}
          />
        </>
      )}
    </Form.List>
  );
}
