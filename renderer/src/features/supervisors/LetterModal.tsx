// 新增建议书 / 修改建议书: a group's yearly 民主监督建议书 — title, date, text and the units it is
// addressed to (units dictionary).
import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { SupervisionLetter, SupervisionLetterFields } from '../../domain/supervisors/supervisor';
import { applyFieldErrors } from '../shared/form-errors';
import { clearChangedFieldErrors, clearFieldErrors } from '../shared/clear-field-errors';
import { CHINESE_DATE_FORMAT } from '../shared/dates';
import { isoDateItemProps } from '../activities/activity-form-values';
import { useSave } from '../shared/use-save';
import { FormDialog } from '../shared/FormDialog';

export function LetterModal({ letter, year, onClose }: { letter: SupervisionLetter | null; year: number; onClose: () => void }) {
  const [form] = Form.useForm<SupervisionLetterFields>();
  const { message } = App.useApp();
  const { run } = useSave();
  const [general, setGeneral] = useState<string[]>([]);
  const dicts = useLiveQuery(() => appLedger.dictionary.loadDictionaries(), []);
  const initial: SupervisionLetterFields = letter ?? { group: '', title: `${year}年度民主监督建议书`, date: `${year}-11-30`, text: '', units: [] };

  const save = () => run(async () => {
    clearFieldErrors(form);
    setGeneral([]);
    const v = form.getFieldsValue(true) as SupervisionLetterFields;
    const result = await appLedger.supervisors.saveLetter(letter?.id, { ...v, units: v.units ?? [] });
    if (!result.ok) {
      setGeneral(applyFieldErrors(form, result.errors));
      message.error('未能保存，请按红字提示修改');
      return;
    }
    message.success('已保存');
    onClose();
  });

  return (
    <FormDialog form={form} title={letter ? '修改建议书' : '新增建议书'} width={640} onClose={onClose} destroyOnHidden
      okText="保存建议书" onSubmit={() => void save()}>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 16 }} />}
      <Form form={form} name="supervision-letter" layout="vertical" initialValues={initial} onFieldsChange={(changed) => clearChangedFieldErrors(form, changed)}>
        <Form.Item label="监督小组" name="group"><Input count={{ max: 60 }} /></Form.Item>
        <Form.Item label="标题" name="title"><Input count={{ max: 200 }} /></Form.Item>
        <Form.Item label="提交日期" name="date" {...isoDateItemProps}><DatePicker format={CHINESE_DATE_FORMAT} /></Form.Item>
        <Form.Item label="涉及单位" name="units"><Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={(dicts?.unit ?? []).map((u) => ({ value: u, label: u }))} /></Form.Item>
        <Form.Item label="内容" name="text"><Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} count={{ max: 50000 }} /></Form.Item>
      </Form>
    </FormDialog>
  );
}
