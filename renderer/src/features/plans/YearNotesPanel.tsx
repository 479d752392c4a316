// The year's own words: the office's text for 存在问题 and 下步打算 / 建议, one record a year, which
// the yearly reports print in their closing sections ({{notes.problems}}, {{notes.nextSteps}}); the
// 提案工作情况报告 has its own two ({{notes.proposals.…}}). A report prints its built-in wording
// where the office wrote nothing, marked as such in the review copy.
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Spin } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { YearNotes, YearNotesFields } from '../../domain/plans/year-notes';
import { applyFieldErrors } from '../shared/form-errors';
import { clearChangedFieldErrors, clearFieldErrors } from '../shared/clear-field-errors';
import { SampleTag } from '../shared/SampleTag';
import { useSave } from '../shared/use-save';

/** The four texts, each with the report section it fills. */
const NOTE_FIELDS: { name: keyof YearNotesFields; label: string; extra: string }[] = [
  { name: 'problems', label: '存在问题', extra: '写入民主监督工作情况汇报和常委会工作报告的“存在问题”部分' },
  { name: 'nextSteps', label: '下步打算和建议', extra: '写入上述两份报告的“下步打算”部分' },
  { name: 'proposalProblems', label: '提案工作存在问题', extra: '写入提案工作情况报告；不填写时用模板的默认写法' },
  { name: 'proposalNextSteps', label: '提案工作下步打算', extra: '写入提案工作情况报告；不填写时用模板的默认写法' },
];

export function YearNotesPanel({ year }: { year: number }) {
  const notes = useLiveQuery(async () => ({ notes: await appLedger.plans.getYearNotes(year) }), [year]);
  if (!notes) return <Spin />;
  // Keyed by year and the stored text, so switching years or loading the sample shows what is stored.
  return <YearNotesForm key={`${year}|${notes.notes?.updatedAt ?? ''}`} year={year} notes={notes.notes} />;
}

function YearNotesForm({ year, notes }: { year: number; notes: YearNotes | null }) {
  const { message } = App.useApp();
  const { run } = useSave();
  const [form] = Form.useForm<YearNotesFields>();
  const [general, setGeneral] = useState<string[]>([]);
  const save = () => run(async () => {
    clearFieldErrors(form);
    const r = await appLedger.plans.saveYearNotes(year, form.getFieldsValue(true));
    if (!r.ok) {
      setGeneral(applyFieldErrors(form, r.errors));
      return;
    }
    setGeneral([]);
    message.success(`已保存${year}年存在问题和下步打算`);
  });
  return (
    <section aria-label="存在问题和下步打算">
      <Card size="small" title={<>{year}年存在问题和下步打算 <SampleTag isSample={notes?.isSample ?? false} /></>} style={{ marginTop: 16 }}>
        {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 12 }} />}
        <Form form={form} name="year-notes" layout="vertical" initialValues={{ problems: notes?.problems ?? '', nextSteps: notes?.nextSteps ?? '', proposalProblems: notes?.proposalProblems ?? '', proposalNextSteps: notes?.proposalNextSteps ?? '' }}
          onFieldsChange={(changed) => clearChangedFieldErrors(form, changed)}>
          {NOTE_FIELDS.map((f) => (
            <Form.Item key={f.name} label={f.label} name={f.name} extra={f.extra}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} count={{ max: 5000 }} />
            </Form.Item>
          ))}
          <Button type="primary" onClick={() => void save()}>保存存在问题和下步打算</Button>
        </Form>
      </Card>
    </section>
  );
}
