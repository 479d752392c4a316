// 批示 on the edit form: each leader's written instruction on the activity (leader, date, text).
import { Button, DatePicker, Form, Input, Space, Typography } from 'antd';
import { isoDateItemProps } from './activity-form-values';
import { CHINESE_DATE_FORMAT } from '../shared/dates';

export function InstructionsFields() {
  return (
    <>
      <Typography.Title level={5}>批示</Typography.Title>
      <Form.List name={['fields', 'instructions']}>
        {(rows, { add, remove }) => (
          <>
            {rows.map((row) => (
              <Space key={row.key} align="start" wrap>
                <Form.Item label={`批示${row.name + 1}领导`} name={[row.name, 'leader']}>
                  <Input style={{ width: 140 }} maxLength={40} />
                </Form.Item>
                <Form.Item label={`批示${row.name + 1}日期`} name={[row.name, 'date']} {...isoDateItemProps}>
                  <DatePicker format={CHINESE_DATE_FORMAT} />
                </Form.Item>
                <Form.Item label={`批示${row.name + 1}内容`} name={[row.name, 'text']}>
                  <Input.TextArea style={{ width: 420 }} autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} />
                </Form.Item>
                <Form.Item label=" " colon={false}>
                  <Button onClick={() => remove(row.name)}>删除批示{row.name + 1}</Button>
                </Form.Item>
              </Space>
            ))}
            <Form.Item>
              <Button type="dashed" onClick={() => add({ leader: '', date: '', text: '' })}>添加批示</Button>
            </Form.Item>
          </>
        )}
      </Form.List>
    </>
  );
}
