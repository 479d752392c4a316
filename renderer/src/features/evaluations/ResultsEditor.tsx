// 测评结果: one row per unit — 满意 / 基本满意 / 不满意 percentages, or a score — saved together.
// A row left empty is a unit not yet evaluated; shares must add up to 100 % and a score stay
// within full marks, each refusal shown beside its number.
import { useState } from 'react';
import { Alert, App, Button, Card, Form, InputNumber, Table, Typography } from 'antd';
import { appLedger } from '../../db/app-ledger';
import type { EvaluationRound } from '../../domain/evaluations/evaluation';
import type { ResultInput } from '../../domain/evaluations/evaluation-inputs';
import { applyFieldErrors } from '../shared/form-errors';
import { clearChangedFieldErrors, clearFieldErrors } from '../shared/clear-field-errors';
import { useSave } from '../shared/use-save';
import { SaveBar } from '../shared/SaveBar';

interface Values {
  units: ResultInput[];
}

export function ResultsEditor({ round }: { round: EvaluationRound }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { run } = useSave();
  const [general, setGeneral] = useState<string[]>([]);
  const initial: Values = { units: round.units.map((u) => ({ unitId: u.id, satisfied: u.satisfied, basic: u.basic, unsatisfied: u.unsatisfied, score: u.score })) };
  if (round.units.length === 0) return null;

  const save = () => run(async () => {
    clearFieldErrors(form);
    setGeneral([]);
    const v = form.getFieldsValue(true) as Values;
    const result = await appLedger.evaluations.saveEvaluationResults(round.id, v.units);
    if (!result.ok) {
      setGeneral(applyFieldErrors(form, result.errors));
      message.error('未能保存测评结果，请按红字提示修改');
      return;
    }
    message.success('已保存测评结果');
  });

  const share = (field: 'satisfied' | 'basic' | 'unsatisfied', label: string) => ({
    title: `${label}（%）`, key: field, width: 170,
    render: (_: unknown, _u: unknown, i: number) => (
      <Form.Item name={['units', i, field]} style={{ margin: 0 }}>
        <InputNumber aria-label={`${round.units[i]!.unit}${label}`} step={0.5} style={{ width: 120 }} />
      </Form.Item>
    ),
  });

  return (
    <Card size="small" title="测评结果" style={{ marginBottom: 16 }}
      extra={<Typography.Text type="secondary">{round.resultKind === 'score' ? `得分0—${round.maxScore}分` : '三项占比合计应为100%'}</Typography.Text>}>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 12 }} />}
      <Form form={form} name="evaluation-results" initialValues={initial} onFieldsChange={(changed) => clearChangedFieldErrors(form, changed)}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={round.units}
          columns={[
            { title: '被评议单位', dataIndex: 'unit' },
            ...(round.resultKind === 'score'
              ? [{
                  title: '得分', key: 'score', width: 200,
                  render: (_: unknown, _u: unknown, i: number) => (
                    <Form.Item name={['units', i, 'score']} style={{ margin: 0 }}>
                      <InputNumber aria-label={`${round.units[i]!.unit}得分`} style={{ width: 120 }} />
                    </Form.Item>
                  ),
                }]
              : [share('satisfied', '满意'), share('basic', '基本满意'), share('unsatisfied', '不满意')]),
          ]}
        />
        <SaveBar>
          <Button type="primary" onClick={() => void save()}>保存测评结果</Button>
        </SaveBar>
      </Form>
    </Card>
  );
}
