// The committee's fields (name, level, term, plenary sessions, operator), shared by the
// first-run setup and the settings page, and the conversion of their values for the domain.
import { Button, DatePicker, Divider, Form, Input, InputNumber, Select, Space, Typography, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { COMMITTEE_LEVELS, type CommitteeSettings } from '../../domain/settings/committee-settings';
import { UPPER_COMMITTEE_BY_LEVEL } from '../../domain/report/context-values';
import { plenarySessionLabel } from '../../domain/common/chinese-numerals';
import { fromIso, toIso, CHINESE_DATE_FORMAT } from '../shared/dates';

export interface CommitteeFormValues {
  name: string;
  shortName: string;
  level: (typeof COMMITTEE_LEVELS)[number];
  term: number;
  sessions: { number: number; date: Dayjs | null }[];
  operator: string;
  upperName?: string;
}

export function committeeInputOf(values: CommitteeFormValues) {
  return { ...values, sessions: (values.sessions ?? []).map((s) => ({ number: s.number, date: toIso(s.date) })) };
}

export function committeeFormValuesOf(c: CommitteeSettings): CommitteeFormValues {
  return { ...c, sessions: c.sessions.map((s) => ({ number: s.number, date: fromIso(s.date) })) };
}

export const NEW_COMMITTEE_VALUES: Partial<CommitteeFormValues> = { level: '县', term: 9, sessions: [{ number: 1, date: null }] };

export function CommitteeFormFields({ form }: { form: FormInstance<CommitteeFormValues> }) {
  const term = Form.useWatch('term', form) ?? 1;
  const sessions = Form.useWatch('sessions', form) ?? [];
  const level = Form.useWatch('level', form) ?? '县';
  return (
    <>
      <Form.Item label="政协全称" name="name" rules={[{ required: true, message: '请填写政协全称' }]}>
        <Input placeholder="例如：某某县政协" />
      </Form.Item>
      <Space size="large" wrap>
        <Form.Item label="简称" name="shortName" rules={[{ required: true, message: '请填写简称' }]}>
          <Input placeholder="例如：县政协" />
        </Form.Item>
        <Form.Item label="级别" name="level">
          <Select style={{ width: 100 }} options={COMMITTEE_LEVELS.map((l) => ({ value: l, label: l }))} />
        </Form.Item>
        <Form.Item label="本届届次（第几届）" name="term">
          <InputNumber min={1} max={30} />
        </Form.Item>
        <Form.Item label="上一级政协" name="upperName" tooltip="报告中写上一级政协时用的名称，例如“某某市政协”；不填时写作默认名称">
          <Input placeholder={`不填时写作“${UPPER_COMMITTEE_BY_LEVEL[level]}”`} style={{ width: 220 }} />
        </Form.Item>
      </Space>
      <Typography.Text strong>本届全体会议</Typography.Text>
      <Form.List name="sessions">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item name={[field.name, 'number']} label="第几次会议">
                  <InputNumber min={1} max={20} />
                </Form.Item>
                <Form.Item name={[field.name, 'date']} label={`${plenarySessionLabel(term, Number(sessions[i]?.number ?? i + 1))}日期`}>
                  <DatePicker format={CHINESE_DATE_FORMAT} />
                </Form.Item>
                <Button type="link" onClick={() => remove(field.name)}>删除</Button>
              </Space>
            ))}
            <Button onClick={() => add({ number: fields.length + 1, date: null })}>添加一次会议</Button>
          </>
        )}
      </Form.List>
      <Divider />
      <Form.Item label="操作员姓名" name="operator" rules={[{ required: true, message: '请填写操作员姓名' }]}>
        <Input placeholder="记录是谁录入的" />
      </Form.Item>
    </>
  );
}
