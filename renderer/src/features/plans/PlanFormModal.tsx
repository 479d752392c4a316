// 新增工作要点 / 修改工作要点: the kind (an activity type from the dictionary), name, planned month
// and, when known, the planned day the "1234" due dates count back from; organiser and the leader
// who answers for it. The repository validates; each refusal is shown at its field.
import { useState } from 'react';
import { Alert, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { PlanFields, PlanItem } from '../../domain/plans/plan';
import { monthLabel } from '../../domain/plans/plan';
import { applyFieldErrors } from '../shared/form-errors';
import { clearChangedFieldErrors, clearFieldErrors } from '../shared/clear-field-errors';
import { CHINESE_DATE_FORMAT } from '../shared/dates';
import { isoDateItemProps } from '../activities/activity-form-values';
import { useSave } from '../shared/use-save';
import { FormDialog } from '../shared/FormDialog';

interface Props {
  year: number;
  /** The item to correct, or null for a new one. */
  existing: PlanItem | null;
  onDone: (item: PlanItem) => void;
  onCancel: () => void;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: monthLabel(i + 1) }));

/** Mounted while open, so each opening starts from the item as stored. */
export function PlanFormModal({ year, existing, onDone, onCancel }: Props) {
  const [form] = Form.useForm<PlanFields>();
  const [general, setGeneral] = useState<string[]>([]);
  const { saving, run } = useSave();
  const dicts = useLiveQuery(() => appLedger.dictionary.loadDictionaries(), []);
  const kinds = [...new Set([...(dicts?.activityType ?? []), ...(existing ? [existing.kind] : [])])];
  const initial: Partial<PlanFields> = existing
    ? { year: existing.year, kind: existing.kind, title: existing.title, plannedMonth: existing.plannedMonth, plannedDate: existing.plannedDate, organizer: existing.organizer, leader: existing.leader }
    : { year, title: '', plannedDate: null, organizer: '', leader: '' };

  const save = async () => {
    clearFieldErrors(form);
    setGeneral([]);
    await run(async () => {
      const v = form.getFieldsValue(true) as Partial<PlanFields>;
      const input = { ...v, kind: v.kind ?? '', plannedMonth: v.plannedMonth ?? null, plannedDate: v.plannedDate || null };
      const r = await appLedger.plans.savePlan(existing?.id, input);
      if (!r.ok) {
        setGeneral(applyFieldErrors(form, r.errors));
        return;
      }
      onDone(r.value);
    });
  };

  return (
    <FormDialog form={form} title={existing ? `修改工作要点：${existing.title}` : `新增${year}年度工作要点`}
      onSubmit={() => void save()} okButtonProps={{ disabled: saving }} onClose={onCancel} forceRender width={640}>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 12 }} />}
      <Form form={form} name="plan" layout="vertical" initialValues={initial} onFieldsChange={(changed) => clearChangedFieldErrors(form, changed)}>
        <Form.Item label="年度" name="year">
          <InputNumber min={1900} max={2200} precision={0} suffix="年" style={{ width: 140 }} />
        </Form.Item>
        <Form.Item label="类别" name="kind" extra="活动类型，可在设置的字典中增加">
          <Select showSearch placeholder="请选择" options={kinds.map((k) => ({ value: k, label: k }))} />
        </Form.Item>
        <Form.Item label="工作要点名称" name="title">
          <Input count={{ max: 200 }} />
        </Form.Item>
        <Form.Item label="计划月份" name="plannedMonth">
          <Select showSearch={{ optionFilterProp: 'label' }} placeholder="请选择" style={{ width: 140 }} options={MONTHS} />
        </Form.Item>
        <Form.Item label="计划日期" name="plannedDate" extra="定下日期后，方案、通知、材料的应完成日期由此倒推（4周、3周、2周）" {...isoDateItemProps}>
          <DatePicker format={CHINESE_DATE_FORMAT} />
        </Form.Item>
        <Form.Item label="牵头单位" name="organizer">
          <Input count={{ max: 60 }} placeholder="如：经济委员会" />
        </Form.Item>
        <Form.Item label="责任领导" name="leader">
          <Input count={{ max: 60 }} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
