// 新增民主评议 / 修改评议: the round's name, date, methods (测评会, 走访座谈, 问卷), raters by kind
// and count, the dimensions (the defaults from docs/domain.md, editable per round), whether results
// are shares or a score, and how many units are named at each end. The repository validates;
// refusals show at their fields.
import { useState } from 'react';
import { Alert, App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { appLedger } from '../../db/app-ledger';
import {
  DEFAULT_DIMENSIONS, DEFAULT_NAMED_COUNT, EVALUATION_METHODS, RATER_KINDS, RESULT_KIND_LABELS, RESULT_KINDS,
  type EvaluationRound, type EvaluationRoundFields,
} from '../../domain/evaluations/evaluation';
import { applyFieldErrors } from '../shared/form-errors';
import { clearChangedFieldErrors, clearFieldErrors } from '../shared/clear-field-errors';
import { CHINESE_DATE_FORMAT } from '../shared/dates';
import { isoDateItemProps } from '../activities/activity-form-values';
import { useSave } from '../shared/use-save';
import { FormDialog } from '../shared/FormDialog';

export function RoundFormModal({ round, defaultDate, onClose, onSaved }: {
  round: EvaluationRound | null;
  defaultDate: string;
  onClose: () => void;
  onSaved: (r: EvaluationRound) => void;
}) {
  const [form] = Form.useForm<EvaluationRoundFields>();
  const { message } = App.useApp();
  const [general, setGeneral] = useState<string[]>([]);
  const { saving, run } = useSave();
  const initial: EvaluationRoundFields = round ?? {
    title: `${defaultDate.slice(0, 4)}年度政风行风民主评议`, date: defaultDate, methods: ['测评会'], raters: [{ kind: '委员', count: 30 }],
    dimensions: [...DEFAULT_DIMENSIONS], resultKind: 'shares', maxScore: 100, namedCount: DEFAULT_NAMED_COUNT, note: '',
  };

  const save = async () => {
    clearFieldErrors(form);
    setGeneral([]);
    await run(async () => {
      const v = form.getFieldsValue(true) as EvaluationRoundFields;
      const result = await appLedger.evaluations.saveEvaluationRound(round?.id, { ...v, raters: v.raters ?? [], dimensions: v.dimensions ?? [], methods: v.methods ?? [] });
      if (!result.ok) {
        setGeneral(applyFieldErrors(form, result.errors));
        message.error('未能保存，请按红字提示修改');
        return;
      }
      message.success('已保存');
      onSaved(result.value);
    });
  };

  return (
    <FormDialog form={form} title={round ? '修改民主评议' : '新增民主评议'} width={720} onClose={onClose} destroyOnHidden
      okText="保存评议" okButtonProps={{ disabled: saving }} onSubmit={() => void save()}>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 16 }} />}
      <Form form={form} name="evaluation-round" layout="vertical" initialValues={initial} onFieldsChange={(changed) => clearChangedFieldErrors(form, changed)}>
        <Form.Item label="评议名称" name="title"><Input count={{ max: 200 }} /></Form.Item>
        <Form.Item label="测评日期" name="date" {...isoDateItemProps}><DatePicker format={CHINESE_DATE_FORMAT} /></Form.Item>
        <Form.Item label="评议方式" name="methods"><Checkbox.Group options={EVALUATION_METHODS.map((m) => ({ value: m, label: m }))} /></Form.Item>
        <Form.List name="raters">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row) => (
                <Space key={row.key} align="start">
                  <Form.Item label={`参评人员${row.name + 1}类别`} name={[row.name, 'kind']}>
                    <Select style={{ width: 180 }} options={RATER_KINDS.map((k) => ({ value: k, label: k }))} />
                  </Form.Item>
                  <Form.Item label={`参评人员${row.name + 1}人数`} name={[row.name, 'count']}><InputNumber min={0} precision={0} /></Form.Item>
                  <Form.Item label=" " colon={false}><Button onClick={() => remove(row.name)}>删除</Button></Form.Item>
                </Space>
              ))}
              <Form.Item><Button type="dashed" onClick={() => add({ kind: undefined, count: undefined })}>添加参评人员</Button></Form.Item>
            </>
          )}
        </Form.List>
        <Form.Item label="评议内容" name="dimensions" extra="默认为队伍建设、工作作风、办事效率、服务质量、廉洁自律、工作实绩、公众形象，可增删">
          <Select mode="tags" options={DEFAULT_DIMENSIONS.map((d) => ({ value: d, label: d }))} />
        </Form.Item>
        <Form.Item label="测评结果记法" name="resultKind">
          <Radio.Group options={RESULT_KINDS.map((k) => ({ value: k, label: RESULT_KIND_LABELS[k] }))} />
        </Form.Item>
        <Space>
          <Form.Item label="满分（按得分记时）" name="maxScore"><InputNumber min={1} max={1000} /></Form.Item>
          <Form.Item label="通报满意单位和重点监督单位各几个" name="namedCount"><InputNumber min={0} max={20} precision={0} /></Form.Item>
        </Space>
        <Form.Item label="备注" name="note"><Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} count={{ max: 5000 }} /></Form.Item>
      </Form>
    </FormDialog>
  );
}
