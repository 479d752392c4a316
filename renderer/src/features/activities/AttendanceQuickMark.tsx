// Attendance at scale: 按会议类型填入 adds everyone the meeting's type calls, as 设置 → 字典 sets it
// (by default 全体会议: the members serving on its date; 常委会议: the 常委会组成人员; 主席会议:
// 主席、副主席、秘书长) as 出席, and the box beside it marks one person 请假 (Enter) or 缺席
// (Shift+Enter) by name or pinyin initials, so a 120-member plenary with a few absences takes a
// few dozen keystrokes.
import { useState } from 'react';
import { App, Button, Input, Space, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { appLedger } from '../../db/app-ledger';
import { markByName } from '../../domain/activities/called-members';
import type { ParticipantInput } from '../../domain/activities/activity';
import { sortByStroke } from '../../domain/common/stroke-order';
import type { Member } from '../../domain/members/member';
import type { ActivityFormValues, People } from './activity-form-values';
import { useNameMatcher, useNameSpelledOut } from '../shared/pinyin-keys';
import { clearFieldErrors } from '../shared/clear-field-errors';

interface Props {
  form: FormInstance<ActivityFormValues>;
  people: People;
  onMembersPicked: (members: Member[]) => void;
}

export function AttendanceQuickMark({ form, people, onMembersPicked }: Props) {
  const { message } = App.useApp();
  const matches = useNameMatcher();
  const spelledOut = useNameSpelledOut();
  const [query, setQuery] = useState('');
  const [said, setSaid] = useState('');
  const rowsNow = (): ParticipantInput[] => (form.getFieldValue('participants') as ParticipantInput[] | undefined) ?? [];

  const fill = async () => {
    const typeName = String(form.getFieldValue(['fields', 'type']) ?? '');
    const date = String(form.getFieldValue(['fields', 'startDate']) ?? '');
    const called = await appLedger.meetingCalls.loadCalledMembers(typeName, date);
    if (!called) {
      message.info(typeName ? `“${typeName}”设为不自动填入参加人员（可在 设置 → 字典 → 会议应到人员 中修改），请点“添加参加人员”选择` : '请先选择活动类型');
      return;
    }
    const rows = rowsNow();
    const have = new Set(rows.map((r) => r.memberId));
    const added = called.filter((m) => !have.has(m.id));
    onMembersPicked(added);
    const names = new Map(added.map((m) => [m.id, m.name]));
    const nameOf = (r: ParticipantInput) => names.get(r.memberId) ?? people.get(r.memberId)?.name ?? '';
    form.setFieldValue('participants', sortByStroke([...rows, ...added.map((m): ParticipantInput => ({ memberId: m.id, status: '出席', reason: '' }))], nameOf));
    clearFieldErrors(form, 'participants');
    message.success(`已按“${typeName}”填入${added.length}人`);
  };

  const mark = (status: ParticipantInput['status']) => {
    const result = markByName(rowsNow(), query, status, (id) => people.get(id)?.name ?? '', matches, spelledOut);
    if (!result.ok) {
      setSaid(result.message);
      return;
    }
    form.setFieldValue('participants', result.rows);
    setSaid(`已将${result.name}标为${status}`);
    setQuery('');
  };

  return (
    <Space wrap>
      <Button onClick={() => void fill()}>按会议类型填入</Button>
      <Input
        aria-label="标记请假或缺席"
        style={{ width: 200 }}
        placeholder="姓名或拼音首字母"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onPressEnter={(e) => {
          // Enter here marks a person; it must not reach the form, where Enter saves.
          e.preventDefault();
          e.stopPropagation();
          if (!e.nativeEvent.isComposing) mark(e.shiftKey ? '缺席' : '请假');
        }}
      />
      <Typography.Text type="secondary" aria-live="polite">{said || 'Enter 标为请假，Shift+Enter 标为缺席'}</Typography.Text>
    </Space>
  );
}
