// 添加问题 / 修改问题: a problem found in a unit, its 整改 status with the dates (开始整改, 整改完成)
// and the 回头看 visit. A date before the problem was found is refused at its field.
import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Radio } from 'antd';
import { appLedger } from '../../db/app-ledger';
import { RECTIFICATION_STATUSES, type EvaluatedUnit, type EvaluationProblem, type EvaluationRound } from '../../domain/evaluations/evaluation';
import type { ProblemInput } from '../../domain/evaluations/evaluation-inputs';
import { applyFieldErrors } from '../shared/form-errors';
import { clearChangedFieldErrors, clearFieldErrors } from '../shared/clear-field-errors';
import { CHINESE_DATE_FORMAT } from '../shared/dates';
import { isoDateItemProps } from '../activities/activity-form-values';
import { useSave } from '../shared/use-save';
import { FormDialog } from '../shared/FormDialog';

export function ProblemModal({ round, unit, problem, onClose }: { round: EvaluationRound; unit: EvaluatedUnit; problem: EvaluationProblem | null; onClose: () => void }) {
  const [form] = Form.useForm<ProblemInput>();
  const { message } = App.useApp();
  const { run } = useSave();
  const [general, setGeneral] = useState<string[]>([]);
  const status = Form.useWatch('status', form);
  const initial: ProblemInput = problem
    ? { text: problem.text, foundDate: problem.foundDate, status: problem.status, startedDate: problem.startedDate ?? '', rectifiedDate: problem.rectifiedDate ?? '', revisitDate: problem.revisit?.date ?? '', revisitFinding: problem.revisit?.finding ?? '' }
    : { text: '', foundDate: round.date, status: '未整改', startedDate: '', rectifiedDate: '', revisitDate: '', revisitFinding: '' };

  const save = () => run(async () => {
    clearFieldErrors(form);
    setGeneral([]);
    const v = form.getFieldsValue(true) as ProblemInput;
    // Dates of a status no longer chosen are hidden fields: they are not sent, rather than refused out of sight.
    const input = { ...v, startedDate: v.status === '未整改' ? '' : v.startedDate, rectifiedDate: v.status === '已整改' ? v.rectifiedDate : '' };
    const result = await appLedger.evaluations.saveEvaluationProblem(round.id, unit.id, problem?.id, input);
    if (!result.ok) {
      setGeneral(applyFieldErrors(form, result.errors));
      message.error('未能保存，请按红字提示修改');
      return;
    }
    message.success('已保存');
    onClose();
  });

  return (
    <FormDialog form={form} title={`${unit.unit}：${problem ? '修改问题' : '添加问题'}`} width={640} onClose={onClose} destroyOnHidden
      okText="保存问题" onSubmit={() => void save()}>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 16 }} />}
      <Form form={form} name="evaluation-problem" layout="vertical" initialValues={initial} onFieldsChange={(changed) => clearChangedFieldErrors(form, changed)}>
        <Form.Item label="存在问题" name="text"><Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} count={{ max: 2000 }} /></Form.Item>
        <Form.Item label="发现日期" name="foundDate" {...isoDateItemProps}><DatePicker format={CHINESE_DATE_FORMAT} /></Form.Item>
        <Form.Item label="整改情况" name="status"><Radio.Group options={RECTIFICATION_STATUSES.map((s) => ({ value: s, label: s }))} /></Form.Item>
        {status !== '未整改' && <Form.Item label="开始整改日期" name="startedDate" {...isoDateItemProps}><DatePicker format={CHINESE_DATE_FORMAT} /></Form.Item>}
        {status === '已整改' && <Form.Item label="整改完成日期" name="rectifiedDate" {...isoDateItemProps}><DatePicker format={CHINESE_DATE_FORMAT} /></Form.Item>}
        <Form.Item label="回头看日期" name="revisitDate" {...isoDateItemProps}><DatePicker format={CHINESE_DATE_FORMAT} /></Form.Item>
        <Form.Item label="回头看情况" name="revisitFinding"><Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} count={{ max: 2000 }} /></Form.Item>
      </Form>
    </FormDialog>
  );
}
