// The activity's own fields on the edit form: title, type (grouped by category), dates, place,
// organiser (kind, then a name offered from that kind's dictionary but kept as typed), leaders,
// topic, summary, follow-up.
import { AutoComplete, DatePicker, Form, Input, Select, Space } from 'antd';
import type { FormInstance } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { FOLLOW_UP_STATUSES, ORGANIZER_KINDS } from '../../domain/activities/activity';
import { organizerChoices, organizerNotice, type OrganizerKind } from '../../domain/activities/organizer';
import { activityTypeGroups, optionsOf } from './activity-options';
import { clearableTextItemProps, isoDateItemProps, type ActivityFormValues } from './activity-form-values';
import { CHINESE_DATE_FORMAT } from '../shared/dates';
import { ExchangeFields } from './ExchangeFields';

export function ActivityFieldsSection({ form }: { form: FormInstance<ActivityFormValues> }) {
  const entries = useLiveQuery(() => appLedger.dictionary.listDictionaryEntries(), []);
  const dicts = useLiveQuery(() => appLedger.dictionary.loadDictionaries(), []);
  const organizerKind: OrganizerKind | '' = Form.useWatch(['fields', 'organizerKind'], form) ?? '';
  const organizer: string = Form.useWatch(['fields', 'organizer'], form) ?? '';
  const choices = dicts ? organizerChoices(organizerKind, dicts) : null;
  const notice = dicts ? organizerNotice(organizerKind, organizer, dicts) : '';

  // A one-day activity is the common case: moving the start date carries an end date that was
  // the same day (or is now before it) along, so the user rarely has to touch 结束日期.
  const startChanged = (previous: string, next: string) => {
    const end = form.getFieldValue(['fields', 'endDate']) as string;
    if (next && (!end || end === previous || end < next)) form.setFieldValue(['fields', 'endDate'], next);
  };

  return (
    <>
      <Form.Item label="标题" name={['fields', 'title']} required>
        <Input count={{ max: 200 }} />
      </Form.Item>
      <Space wrap size="middle" align="start">
        <Form.Item label="类型" name={['fields', 'type']} required {...clearableTextItemProps}>
          <Select style={{ width: 200 }} showSearch allowClear options={activityTypeGroups(entries ?? [])} placeholder="请选择" />
        </Form.Item>
        <Form.Item
          label="开始日期"
          name={['fields', 'startDate']}
          required
          getValueProps={isoDateItemProps.getValueProps}
          normalize={(value: Parameters<typeof isoDateItemProps.normalize>[0], prev: string | undefined) => {
            const next = isoDateItemProps.normalize(value);
            startChanged(prev ?? '', next);
            return next;
          }}
        >
          <DatePicker format={CHINESE_DATE_FORMAT} />
        </Form.Item>
        <Form.Item label="结束日期" name={['fields', 'endDate']} required {...isoDateItemProps}>
          <DatePicker format={CHINESE_DATE_FORMAT} />
        </Form.Item>
        <Form.Item label="跟踪状态" name={['fields', 'followUp']}>
          <Select style={{ width: 120 }} options={optionsOf(FOLLOW_UP_STATUSES)} />
        </Form.Item>
      </Space>
      <Form.Item label="地点" name={['fields', 'location']}>
        <Input count={{ max: 100 }} />
      </Form.Item>
      <Space wrap size="middle" align="start">
        <Form.Item label="组织类别" name={['fields', 'organizerKind']} {...clearableTextItemProps}>
          <Select
            style={{ width: 130 }}
            allowClear
            placeholder="请选择"
            options={optionsOf(ORGANIZER_KINDS)}
          />
        </Form.Item>
        {/* An AutoComplete, not a Select: what is typed stays the value even when no entry matches. */}
        <Form.Item label="组织者" name={['fields', 'organizer']} {...clearableTextItemProps} extra={notice || undefined}>
          {choices ? (
            <AutoComplete
              style={{ width: 220 }}
              allowClear
              placeholder="请选择或输入"
              options={optionsOf(choices)}
              filterOption={(typed, option) => String(option?.value ?? '').includes(typed)}
            />
          ) : (
            <Input style={{ width: 220 }} count={{ max: 60 }} placeholder={organizerKind === '办公室' ? '如：县政协办公室' : ''} />
          )}
        </Form.Item>
        <Form.Item label="带队领导" name={['fields', 'leaders']}>
          <Input style={{ width: 280 }} count={{ max: 200 }} placeholder="多人用顿号分隔" />
        </Form.Item>
      </Space>
      <ExchangeFields form={form} />
      <Form.Item label="议题" name={['fields', 'topic']}>
        <Input.TextArea rows={2} count={{ max: 500 }} />
      </Form.Item>
      <Form.Item label="内容摘要" name={['fields', 'summary']}>
        <Input.TextArea rows={4} count={{ max: 10000 }} />
      </Form.Item>
    </>
  );
}
