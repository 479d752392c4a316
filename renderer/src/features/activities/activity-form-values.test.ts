// The edit form's pure helpers: type options grouped by category, what is sent to the repository,
// and the names shown beside participant rows.
import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { defaultDictionaryEntries } from '../../domain/dictionaries/default-dictionaries';
import { emptyActivityFields } from '../../domain/activities/activity';
import type { ParticipantDetail } from '../../db/activities-repo';
import { activityTypeGroups } from './activity-options';
import { isoDateItemProps, newActivityValues, peopleOf, toActivityInput, type ActivityFormValues } from './activity-form-values';
import { codeByName } from '../../domain/dictionaries/dictionary-codes';

const TYPE_CODES = codeByName(defaultDictionaryEntries('2025-01-01T00:00:00.000Z'), 'activityType');

describe('activity form helpers', () => {
  it('groups activity types under 会议类, 协商类 … and leaves out deleted entries', () => {
    const entries = defaultDictionaryEntries('2025-01-01T00:00:00.000Z');
    const inspection = entries.find((e) => e.kind === 'activityType' && e.name === '视察')!;
    inspection.deletedAt = '2025-02-01T00:00:00.000Z';
    const groups = activityTypeGroups(entries);
    expect(groups[0]).toEqual({
      label: '会议类',
      options: ['全体会议', '常委会议', '主席会议', '秘书长会议', '部门工作汇报'].map((v) => ({ value: v, label: v })),
    });
    expect(groups.map((g) => g.label)).not.toContain('视察类');
    expect(groups.flatMap((g) => g.options.map((o) => o.value))).toHaveLength(19);
  });

  it('sends the form values as the repository input, with lists antd left unset filled in', () => {
    const values = {
      fields: { ...emptyActivityFields('2025-03-05'), title: '视察', outcomes: { suggestions: 2, adopted: 1 } },
      participants: [{ memberId: 'm1', status: '请假' }],
    } as unknown as ActivityFormValues;
    const input = toActivityInput(values, TYPE_CODES);
    expect(input.fields.outcomes).toEqual({ suggestions: 2, adopted: 1, reports: [], sentTo: [] });
    expect(input.fields.instructions).toEqual([]);
    expect(input.participants).toEqual([{ memberId: 'm1', status: '请假', reason: '' }]);
    expect(toActivityInput(newActivityValues(''), TYPE_CODES).participants).toEqual([]);
  });

  it('keeps dates as ISO strings in the form and dayjs in the picker', () => {
    expect(isoDateItemProps.normalize(dayjs('2025-03-05'))).toBe('2025-03-05');
    expect(isoDateItemProps.normalize(null)).toBe('');
    expect(isoDateItemProps.getValueProps('').value).toBeNull();
    expect(isoDateItemProps.getValueProps('2025-03-05').value?.format('YYYY年M月D日')).toBe('2025年3月5日');
  });

  it('names participants, marking members deleted or purged since', () => {
    const row = (memberId: string) => ({ memberId, status: '出席', reason: '' }) as ParticipantDetail['attendance'];
    const people = peopleOf([
      { attendance: row('a'), member: { id: 'a', name: '李华', sector: '教育', township: '城关镇', deleted: false } },
      { attendance: row('b'), member: { id: 'b', name: '王明', sector: '', township: '', deleted: true } },
      { attendance: row('c'), member: null },
    ]);
    expect(people.get('a')).toEqual({ name: '李华', sector: '教育', township: '城关镇', deleted: false });
    expect(people.get('b')?.deleted).toBe(true);
    expect(people.get('c')).toEqual({ name: '（已清除的委员）', sector: '', township: '', deleted: true });
  });
});
