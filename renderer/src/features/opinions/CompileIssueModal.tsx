// 编入期刊: puts the ticked items into an issue of the year — the next number by default, or an
// issue already started (then its date is kept). All items go in, or none.
import { useEffect, useState } from 'react';
import { Alert, DatePicker, Form, InputNumber, Modal, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { issueLabel } from '../../domain/opinions/opinion';
import { formatChineseDate, toIsoDate } from '../../domain/common/dates';
import { applyFieldErrors } from '../shared/form-errors';
import { CHINESE_DATE_FORMAT } from '../shared/dates';
import { isoDateItemProps } from '../activities/activity-form-values';

interface Props {
  year: number;
  ids: string[];
  open: boolean;
  onDone: () => void;
  onCancel: () => void;
}

interface IssueValues {
  number: number;
  date: string;
}

export function CompileIssueModal({ year, ids, open, onDone, onCancel }: Props) {
  const [form] = Form.useForm<IssueValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const next = useLiveQuery(() => appLedger.opinions.nextIssueNumberOf(year), [year]);
  const issues = useLiveQuery(() => appLedger.opinions.listIssues(year), [year]);
  const number = Form.useWatch('number', form);
  const existing = issues?.find((i) => i.number === number);

  useEffect(() => {
    if (!open || next === undefined) return;
    const today = toIsoDate(new Date());
    form.setFieldsValue({ number: next, date: today.startsWith(`${year}-`) ? today : '' });
    setGeneral([]);
  }, [open, next, year, form]);
  useEffect(() => {
    if (existing) form.setFieldValue('date', existing.date);
  }, [existing, form]);

  const save = async () => {
    const values = form.getFieldsValue(true) as IssueValues;
    const r = await appLedger.opinions.compileIntoIssue(ids, { year, number: values.number, date: values.date });
    if (!r.ok) {
      setGeneral(applyFieldErrors(form, r.errors));
      return;
    }
    onDone();
  };

  return (
    <Modal open={open} title={`编入${year}年社情民意期刊`} okText="编入" cancelText="取消" onOk={() => void save()} onCancel={onCancel} destroyOnHidden forceRender>
      <Typography.Paragraph>已选 {ids.length} 条信息。</Typography.Paragraph>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 12 }} />}
      <Form form={form} name="compile-issue" layout="vertical">
        <Form.Item label="期号" name="number" extra={existing ? `${issueLabel(existing)}已有${existing.items}条，${formatChineseDate(existing.date)}编发` : next !== undefined ? `新的一期：${issueLabel({ year, number: next })}` : undefined}>
          <InputNumber min={1} max={9999} precision={0} addonBefore={`${year}年第`} addonAfter="期" />
        </Form.Item>
        <Form.Item label="编发日期" name="date" {...isoDateItemProps}>
          <DatePicker format={CHINESE_DATE_FORMAT} disabled={!!existing} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
