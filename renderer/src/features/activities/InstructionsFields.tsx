// 批示 on the edit form: each leader's written instruction on the activity (level, leader, date,
// text). A 批示 entered before levels were kept shows 未注明 and may stay so; a new one needs a level.
import { Button, DatePicker, Form, Input, Select, Space, Typography } from 'antd';
import { isoDateItemProps } from './activity-form-values';
import { CHINESE_DATE_FORMAT } from '../shared/dates';
import { INSTRUCTION_LEVELS, UNSTATED_LEVEL_LABEL } from '../../domain/instructions/instruction';

const LEVEL_OPTIONS = INSTRUCTION_LEVELS.map((l) => ({ value: l, label: l }));
// The stored "no level" is null; the Select shows its placeholder (未注明) only for undefined.
const levelItemProps = {
  getValueProps: (value: string | null | undefined) => ({ value: value ?? undefined }),
  normalize: (value: string | undefined | null) => value ?? null,
};

export function InstructionsFields() {
  return (
    <>
      <Typography.Title level={5}>批示</Typography.Title>
      <Form.List name={['fields', 'instructions']}>
        {(rows, { add, remove }) => (
          <>
            {rows.map((row) => (
              <Space key={row.key} align="start" wrap>
                <Form.Item label={`批示${row.name + 1}级别`} name={[row.name, 'level']} {...levelItemProps}>
                  <Select style={{ width: 110 }} options={LEVEL_OPTIONS} placeholder={UNSTATED_LEVEL_LABEL} />
                </Form.Item>
                <Form.Item label={`批示${row.name + 1}领导`} name={[row.name, 'leader']}>
                  <Input style={{ width: 140 }} count={{ max: 40 }} />
                </Form.Item>
                <Form.Item label={`批示${row.name + 1}日期`} name={[row.name, 'date']} {...isoDateItemProps}>
                  <DatePicker format={CHINESE_DATE_FORMAT} />
                </Form.Item>
                <Form.Item label={`批示${row.name + 1}内容`} name={[row.name, 'text']}>
                  <Input.TextArea style={{ width: 420 }} autoSize={{ minRows: 1, maxRows: 6 }} count={{ max: 2000 }} />
                </Form.Item>
                <Form.Item label=" " colon={false}>
                  <Button onClick={() => remove(row.name)}>删除批示{row.name + 1}</Button>
                </Form.Item>
              </Space>
            ))}
            <Form.Item>
              <Button type="dashed" onClick={() => add({ level: null, leader: '', date: '', text: '' })}>添加批示</Button>
            </Form.Item>
          </>
        )}
      </Form.List>
    </>
  );
}
