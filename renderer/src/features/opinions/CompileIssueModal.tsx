// 编入期刊: puts the ticked items into an issue of the year — the next number by default, or an
// issue already started (then its date is kept). All items go in, or none.
import { useState } from 'react';
import { Alert, DatePicker, Form, InputNumber, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { IssueSummary } from '../../db/opinions-repo';
import { issueLabel } from '../../domain/opinions/opinion';
import { formatChineseDate, toIsoDate } from '../../domain/common/dates';
import { applyFieldErrors } from '../shared/form-errors';
import { CHINESE_DATE_FORMAT } from '../shared/dates';
import { isoDateItemProps } from '../activities/activity-form-values';
import { useSave } from '../shared/use-save';
import { FormDialog } from '../shared/FormDialog';

interface Props {
  year: number;
  ids: string[];
  onDone: () => void;
  onCancel: () => void;
}

interface IssueValues {
  number: number;
  date: string;
}

/** Mounted while open, so each opening starts from the next number and no stale message. */
export function CompileIssueModal(props: Props) {
  const next = useLiveQuery(() => appLedger.opinions.nextIssueNumberOf(props.year), [props.year]);
  const issues = useLiveQuery(() => appLedger.opinions.listIssues(props.year), [props.year]);
  if (next === undefined || issues === undefined) return null;
  return <CompileIssueForm {...props} next={next} issues={issues} />;
}

function CompileIssueForm({ year, ids, onDone, onCancel, next, issues }: Props & { next: number; issues: IssueSummary[] }) {
  const [form] = Form.useForm<IssueValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const { saving, run } = useSave('编入期刊');
  const number = Form.useWatch('number', form);
  const existing = issues.find((i) => i.number === number);
  const today = toIsoDate(new Date());
  const initial: IssueValues = { number: next, date: today.startsWith(`${year}-`) ? today : '' };

  const save = () => run(async () => {
    const values = form.getFieldsValue(true) as IssueValues;
    const r = await appLedger.opinions.compileIntoIssue(ids, { year, number: values.number, date: values.date });
    if (!r.ok) {
      setGeneral(applyFieldErrors(form, r.errors));
      return;
    }
    onDone();
  });

  return (
    <FormDialog form={form} title={`编入${year}年社情民意期刊`} okText="编入" onSubmit={() => void save()} okButtonProps={{ disabled: saving }} onClose={onCancel} forceRender>
      <Typography.Paragraph>已选 {ids.length} 条信息。</Typography.Paragraph>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 12 }} />}
      <Form form={form} name="compile-issue" layout="vertical" initialValues={initial}
        onValuesChange={(changed: Partial<IssueValues>) => {
          // An issue already started keeps its date: all its items carry the same one.
          const started = changed.number !== undefined ? issues.find((i) => i.number === changed.number) : undefined;
          if (started) form.setFieldValue('date', started.date);
        }}>
        <Form.Item label="期号" name="number" extra={existing ? `${issueLabel(existing)}已有${existing.items}条，${formatChineseDate(existing.date)}编发` : `新的一期：${issueLabel({ year, number: number ?? next })}`}>
          <InputNumber min={1} max={9999} precision={0} prefix={`${year}年第`} suffix="期" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="编发日期" name="date" {...isoDateItemProps}>
          <DatePicker format={CHINESE_DATE_FORMAT} disabled={!!existing} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
