// 成果 on the edit form: the reports written (kind + title), suggestions made, to whom they were
// sent (县委 / 县政府 / 部门) and how many were adopted.
import { Button, Checkbox, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { REPORT_KINDS, SENT_TO } from '../../domain/activities/activity';
import { optionsOf } from './activity-options';
import { useCommitteeLevel } from '../shared/use-committee-level';
import { inLevelWords } from '../../domain/settings/level-words';

export function OutcomesFields() {
  const level = useCommitteeLevel();
  return (
    <>
      <Typography.Title level={5}>成果</Typography.Title>
      <Form.List name={['fields', 'outcomes', 'reports']}>
        {(rows, { add, remove }) => (
          <>
            {rows.map((row) => (
              <Space key={row.key} align="start" wrap>
                <Form.Item label={`成果${row.name + 1}种类`} name={[row.name, 'kind']}>
                  <Select style={{ width: 130 }} options={optionsOf(REPORT_KINDS)} />
                </Form.Item>
                <Form.Item label={`成果${row.name + 1}名称`} name={[row.name, 'title']}>
                  <Input style={{ width: 420 }} count={{ max: 200 }} />
                </Form.Item>
                <Form.Item label=" " colon={false}>
                  <Button onClick={() => remove(row.name)}>删除成果{row.name + 1}</Button>
                </Form.Item>
              </Space>
            ))}
            <Form.Item>
              <Button type="dashed" onClick={() => add({ kind: REPORT_KINDS[0], title: '' })}>添加成果</Button>
            </Form.Item>
          </>
        )}
      </Form.List>
      <Space wrap size="middle" align="start">
        <Form.Item label="建议条数" name={['fields', 'outcomes', 'suggestions']}>
          <InputNumber min={0} max={9999} precision={0} />
        </Form.Item>
        <Form.Item label="报送" name={['fields', 'outcomes', 'sentTo']}>
          <Checkbox.Group options={SENT_TO.map((to) => ({ value: to, label: inLevelWords(to, level) }))} />
        </Form.Item>
        <Form.Item label="采纳条数" name={['fields', 'outcomes', 'adopted']}>
          <InputNumber min={0} max={9999} precision={0} />
        </Form.Item>
      </Space>
    </>
  );
}
