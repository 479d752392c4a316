// 设置 → 履职积分: the office edits each rule's points and cap, 满分 and the grade thresholds;
// what a rule counts stays as the program defines it (shown beside it) so every point comes from
// the ledger. The domain validates on save and its messages go beside the fields.
import { Alert, App, Button, Form, Input, InputNumber, Popconfirm, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { describeSource, type ScoreRules } from '../../domain/scores/score-rules';
import { applyFieldErrors } from '../shared/form-errors';
import { clearChangedFieldErrors } from '../shared/clear-field-errors';
import { useSave } from '../shared/use-save';
import { useFormFill } from '../shared/use-form-fill';
import { SaveBar } from '../shared/SaveBar';

interface RuleValues {
  points: number | null;
  cap: number | null;
}

interface FormValues {
  rules: RuleValues[];
  fullMarks: number | null;
  grades: { name: string; min: number | null }[];
  lowestGrade: string;
}

const valuesOf = (r: ScoreRules): FormValues => ({
  rules: r.rules.map((rule) => ({ points: rule.points, cap: rule.cap })),
  fullMarks: r.fullMarks,
  grades: r.grades.map((g) => ({ ...g })),
  lowestGrade: r.lowestGrade,
});

/** The edited numbers on top of the rules in force: what a rule counts is never taken from the form. */
const inputOf = (base: ScoreRules, v: FormValues) => ({
  ...base,
  rules: base.rules.map((rule, i) => ({ ...rule, points: v.rules[i]?.points ?? null, cap: v.rules[i]?.cap ?? null })),
  fullMarks: v.fullMarks,
  grades: v.grades,
  lowestGrade: v.lowestGrade,
});

export function ScoreRulesPanel() {
  const { message } = App.useApp();
  const { run } = useSave();
  const [form] = Form.useForm<FormValues>();
  const loaded = useLiveQuery(() => appLedger.scoreRules.loadScoreRules(), []);
  // Rules name activity types by code; they are shown by the names the office uses now.
  const typeNames = useLiveQuery(() => appLedger.dictionary.loadActivityTypeNames(), []);
  useFormFill(form, loaded && valuesOf(loaded.rules));
  if (!loaded) return null;
  const { rules } = loaded;

  const save = () => run(async () => {
    const saved = await appLedger.scoreRules.saveScoreRules(inputOf(rules, form.getFieldsValue(true) as FormValues));
    if (!saved.ok) {
      const unplaced = applyFieldErrors(form, saved.errors);
      message.error(unplaced[0] ?? '积分规则有误，请按提示修改后再保存');
    } else message.success('已保存履职积分规则');
  });
  const reset = () => run(async () => {
    await appLedger.scoreRules.resetScoreRules();
    message.success('已恢复默认积分规则');
  });

  return (
    <Form<FormValues> form={form} initialValues={valuesOf(rules)} onFieldsChange={(changed) => clearChangedFieldErrors(form, changed)} onFinish={() => void save()}>
      <Typography.Paragraph type="secondary">
        每条规则按台账记录计数：次数（或件数、半天数）× 分值，超过上限按上限计；各项相加即总分，总分不超过满分。上限留空表示不设上限；扣分项的分值填负数。
        {loaded.custom ? '当前使用本会修改过的规则。' : '当前使用默认规则。'}
      </Typography.Paragraph>
      {loaded.problem && <Alert type="warning" showIcon title={loaded.problem} style={{ marginBottom: 12 }} />}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rules.rules}
        columns={[
          { title: '类别', dataIndex: 'category', width: 90 },
          { title: '项目', dataIndex: 'item' },
          { title: '计分依据', render: (_: unknown, rule) => <Typography.Text type="secondary">{describeSource(rule.source, rule.unit, typeNames)}</Typography.Text> },
          {
            title: '分值', width: 150,
            render: (_: unknown, rule, i) => (
              <Form.Item name={['rules', i, 'points']} style={{ margin: 0 }}>
                <InputNumber aria-label={`${rule.item}分值`} suffix={`分/${rule.unit}`} style={{ width: 130 }} />
              </Form.Item>
            ),
          },
          {
            title: '上限', width: 130,
            render: (_: unknown, rule, i) => (
              <Form.Item name={['rules', i, 'cap']} style={{ margin: 0 }}>
                <InputNumber aria-label={`${rule.item}上限`} placeholder="不设上限" suffix="分" style={{ width: 110 }} />
              </Form.Item>
            ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 20 }}>满分与等次</Typography.Title>
      <Space wrap align="start">
        <Form.Item label="满分" name="fullMarks">
          <InputNumber aria-label="满分" suffix="分" style={{ width: 110 }} />
        </Form.Item>
        {rules.grades.map((g, i) => (
          <Space.Compact key={g.name + String(i)}>
            <Form.Item name={['grades', i, 'name']} style={{ margin: 0 }}>
              <Input aria-label={`第${i + 1}档等次名称`} style={{ width: 80 }} />
            </Form.Item>
            <Form.Item name={['grades', i, 'min']} style={{ margin: 0 }}>
              <InputNumber aria-label={`第${i + 1}档分数线`} prefix="≥" suffix="分" style={{ width: 110 }} />
            </Form.Item>
          </Space.Compact>
        ))}
        <Form.Item label="其余" name="lowestGrade">
          <Input aria-label="最低等次名称" style={{ width: 90 }} />
        </Form.Item>
      </Space>
      <SaveBar>
        <Button type="primary" htmlType="submit">保存积分规则</Button>
        <Popconfirm title="恢复默认积分规则？本会修改的分值、上限和分数线将不再使用。" okText="恢复默认" cancelText="取消" onConfirm={reset}>
          <Button>恢复默认</Button>
        </Popconfirm>
      </SaveBar>
    </Form>
  );
}
