// The year's own words: the office's text for 存在问题 and 下步打算 / 建议, one record a year, kept
// for the reports' closing section. The report templates take numbers only ({{key}} placeholders
// are figures or a few fixed context values), so staff paste this text into that section.
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Spin } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { YearNotes, YearNotesFields } from '../../domain/plans/year-notes';
import { applyFieldErrors } from '../shared/form-errors';
import { clearChangedFieldErrors, clearFieldErrors } from '../shared/clear-field-errors';
import { SampleTag } from '../shared/SampleTag';
import { useSave } from '../shared/use-save';

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
        <Form form={form} name="year-notes" layout="vertical" initialValues={{ problems: notes?.problems ?? '', nextSteps: notes?.nextSteps ?? '' }}
          onFieldsChange={(changed) => clearChangedFieldErrors(form, changed)}>
          <Form.Item label="存在问题" name="problems" extra="写入报告“存在问题”部分的本年度文字">
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} count={{ max: 5000 }} />
          </Form.Item>
          <Form.Item label="下步打算和建议" name="nextSteps">
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} count={{ max: 5000 }} />
          </Form.Item>
          <Button type="primary" onClick={() => void save()}>保存存在问题和下步打算</Button>
        </Form>
      </Card>
    </section>
  );
}
