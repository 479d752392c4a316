// The rule's "1" and "2", after the activity: 跟踪 (results followed up with the government's
// 督查室: the day and what was found) and 报告 (the day results went to 县委 / 县政府). Both need the
// held activity; the domain refuses a day before it or in the future, at the field.
import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Checkbox, DatePicker, Form, Input, Typography } from 'antd';
import { appLedger } from '../../db/app-ledger';
import type { PlanItem } from '../../domain/plans/plan';
import { REPORT_RECIPIENTS } from '../../domain/plans/plan';
import type { Validated } from '../../domain/common/validation';
import { applyFieldErrors } from '../shared/form-errors';
import { clearChangedFieldErrors, clearFieldErrors } from '../shared/clear-field-errors';
import { CHINESE_DATE_FORMAT } from '../shared/dates';
import { isoDateItemProps } from '../activities/activity-form-values';
import { useSave } from '../shared/use-save';
import { useCommitteeLevel } from '../shared/use-committee-level';
import { inLevelWords } from '../../domain/settings/level-words';

function ResultForm<V extends object>({ name, title, initial, saveLabel, save, children }: {
  name: string; title: string; initial: V; saveLabel: string;
  save: (values: V) => Promise<Validated<PlanItem>>;
  children: ReactNode;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [general, setGeneral] = useState<string[]>([]);
  const { saving, run } = useSave();
  const submit = () => run(async () => {
    clearFieldErrors(form);
    const r = await save(form.getFieldsValue(true) as V);
    if (!r.ok) {
      setGeneral(applyFieldErrors(form, r.errors));
      return;
    }
    setGeneral([]);
    message.success(`已保存${title}`);
  });
  return (
    <section aria-label={title}>
      <Typography.Title level={5} style={{ marginTop: 24 }}>{title}</Typography.Title>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 8 }} />}
      <Form form={form} name={name} layout="inline" initialValues={initial} style={{ rowGap: 8 }} onFieldsChange={(changed) => clearChangedFieldErrors(form, changed)}>
        {children}
        <Form.Item><Button disabled={saving} onClick={() => void submit()}>{saveLabel}</Button></Form.Item>
      </Form>
    </section>
  );
}

export function PlanResultsForms({ item }: { item: PlanItem }) {
  const level = useCommitteeLevel();
  return (
    <>
      <ResultForm key={`f${item.updatedAt}`} name="plan-follow-up" title="成果跟踪" saveLabel="保存跟踪情况" initial={{ date: item.followUp.date ?? '', note: item.followUp.note }}
        save={(v) => appLedger.plans.saveFollowUp(item.id, v)}>
        <Form.Item label="跟踪日期" name="date" {...isoDateItemProps}><DatePicker format={CHINESE_DATE_FORMAT} /></Form.Item>
        <Form.Item label="跟踪情况" name="note"><Input style={{ width: 320 }} count={{ max: 500 }} placeholder={`会同${inLevelWords('县政府', level)}督查室跟踪督办的情况`} /></Form.Item>
      </ResultForm>
      <ResultForm key={`r${item.updatedAt}`} name="plan-report" title="成果报告" saveLabel="保存报告情况" initial={{ date: item.report.date ?? '', to: item.report.to }}
        save={(v) => appLedger.plans.saveReport(item.id, v)}>
        <Form.Item label="报告日期" name="date" {...isoDateItemProps}><DatePicker format={CHINESE_DATE_FORMAT} /></Form.Item>
        <Form.Item label="报告对象" name="to"><Checkbox.Group options={REPORT_RECIPIENTS.map((r) => ({ value: r, label: inLevelWords(r, level) }))} /></Form.Item>
      </ResultForm>
    </>
  );
}
