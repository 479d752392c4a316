// 新增建议书 / 修改建议书: a group's yearly 民主监督建议书 — title, date, text and the units it is
// addressed to (units dictionary).
import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { SupervisionLetter, SupervisionLetterFields } from '../../domain/supervisors/supervisor';
import { applyFieldErrors } from '../shared/form-errors';
import { clearChangedFieldErrors, clearFieldErrors } from '../shared/clear-field-errors';
import { CHINESE_DATE_FORMAT } from '../shared/dates';
import { isoDateItemProps } from '../activities/activity-form-values';
import { useSave } from '../shared/use-save';

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
    <Modal open title={letter ? '修改建议书' : '新增建议书'} width={640} onCancel={onClose} destroyOnHidden
      footer={[<Button key="cancel" onClick={onClose}>取消</Button>, <Button key="save" type="primary" onClick={() => void save()}>保存建议书</Button>]}>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 16 }} />}
      <Form form={form} name="supervision-letter" layout="vertical" initialValues={initial} onFieldsChange={(changed) => clearChangedFieldErrors(form, changed)}>
        <Form.Item label="监督小组" name="group"><Input maxLength={60} /></Form.Item>
        <Form.Item label="标题" name="title"><Input maxLength={200} /></Form.Item>
        <Form.Item label="提交日期" name="date" {...isoDateItemProps}><DatePicker format={CHINESE_DATE_FORMAT} /></Form.Item>
        <Form.Item label="涉及单位" name="units"><Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={(dicts?.unit ?? []).map((u) => ({ value: u, label: u }))} /></Form.Item>
        <Form.Item label="内容" name="text"><Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={50000} /></Form.Item>
      </Form>
    </Modal>
  );
}
