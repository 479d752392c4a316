// 新增聘任 / 修改聘任: a member (from the roll, in stroke order) sent to a unit (units dictionary)
// as 民主监督员 or 特约监督员, in a group, from / to. The repository validates; refusals show at
// their fields.
import { useMemberOptionFilter } from '../shared/pinyin-keys';
import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Radio, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { sortByStroke } from '../../domain/common/stroke-order';
import { SUPERVISOR_KINDS, type SupervisorAppointment, type SupervisorFields } from '../../domain/supervisors/supervisor';
import { applyFieldErrors } from '../shared/form-errors';
import { clearChangedFieldErrors, clearFieldErrors } from '../shared/clear-field-errors';
import { CHINESE_DATE_FORMAT } from '../shared/dates';
import { isoDateItemProps } from '../activities/activity-form-values';
import { useSave } from '../shared/use-save';
import { FormDialog } from '../shared/FormDialog';

export function AppointmentModal({ appointment, year, onClose }: { appointment: SupervisorAppointment | null; year: number; onClose: () => void }) {
  const memberFilter = useMemberOptionFilter();
  const [form] = Form.useForm<SupervisorFields>();
  const { message } = App.useApp();
  const { run } = useSave();
  const [general, setGeneral] = useState<string[]>([]);
  const members = useLiveQuery(() => appLedger.members.listMembers(), []);
  const dicts = useLiveQuery(() => appLedger.dictionary.loadDictionaries(), []);
  const initial: Partial<SupervisorFields> = appointment ?? { kind: '特约监督员', group: '', fromDate: `${year}-01-01`, toDate: null, note: '' };
  const memberOptions = sortByStroke(members ?? [], (m) => m.name).map((m) => ({ value: m.id, label: m.sector ? `${m.name}（${m.sector}）` : m.name }));
  if (appointment && !memberOptions.some((o) => o.value === appointment.memberId)) memberOptions.push({ value: appointment.memberId, label: '（已删除的委员）' });

  const save = () => run(async () => {
    clearFieldErrors(form);
    setGeneral([]);
    const v = form.getFieldsValue(true) as SupervisorFields;
    const result = await appLedger.supervisors.saveAppointment(appointment?.id, { ...v, memberId: v.memberId ?? '', unit: v.unit ?? '', toDate: v.toDate ?? '' });
    if (!result.ok) {
      setGeneral(applyFieldErrors(form, result.errors));
      message.error('未能保存，请按红字提示修改');
      return;
    }
    message.success('已保存');
    onClose();
  });

  return (
    <FormDialog form={form} title={appointment ? '修改聘任' : '新增聘任'} width={600} onClose={onClose} destroyOnHidden
      okText="保存聘任" onSubmit={() => void save()}>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 16 }} />}
      <Form form={form} name="supervisor" layout="vertical" initialValues={initial} onFieldsChange={(changed) => clearChangedFieldErrors(form, changed)}>
        <Form.Item label="委员" name="memberId"><Select showSearch={{ filterOption: memberFilter }} options={memberOptions} placeholder="输入姓名查找" /></Form.Item>
        <Form.Item label="类别" name="kind"><Radio.Group options={SUPERVISOR_KINDS.map((k) => ({ value: k, label: k }))} /></Form.Item>
        <Form.Item label="派驻单位" name="unit"><Select showSearch options={(dicts?.unit ?? []).map((u) => ({ value: u, label: u }))} /></Form.Item>
        <Form.Item label="监督小组" name="group"><Input count={{ max: 60 }} placeholder="如：第一监督组" /></Form.Item>
        <Form.Item label="聘任开始日期" name="fromDate" {...isoDateItemProps}><DatePicker format={CHINESE_DATE_FORMAT} /></Form.Item>
        <Form.Item label="聘任结束日期" name="toDate" extra="仍在任的不填" {...isoDateItemProps}><DatePicker format={CHINESE_DATE_FORMAT} /></Form.Item>
        <Form.Item label="备注" name="note"><Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} count={{ max: 2000 }} /></Form.Item>
      </Form>
    </FormDialog>
  );
}
