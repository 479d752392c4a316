// A 结对帮扶 link: from a member (the roll, stroke order) or from a 界别, to a village and its
// households (one householder's name a line). Used to enter a link and to correct one.
import { useMemberOptionFilter } from '../shared/pinyin-keys';
import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Radio, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { sortByStroke } from '../../domain/common/stroke-order';
import { PAIRING_LINK_KINDS, type Pairing, type PairingFields } from '../../domain/pairings/pairing';
import { applyFieldErrors } from '../shared/form-errors';
import { clearFieldErrors } from '../shared/clear-field-errors';
import { CHINESE_DATE_FORMAT } from '../shared/dates';
import { isoDateItemProps } from '../activities/activity-form-values';
import { useSave } from '../shared/use-save';
import { SaveBar } from '../shared/SaveBar';

type Values = Omit<PairingFields, 'households'> & { households: string };

export function PairingForm({ pairing, onSaved, onCancel }: { pairing: Pairing | null; onSaved: (p: Pairing) => void; onCancel: () => void }) {
  const memberFilter = useMemberOptionFilter();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { run } = useSave();
  const [general, setGeneral] = useState<string[]>([]);
  const members = useLiveQuery(() => appLedger.members.listMembers(), []);
  const dicts = useLiveQuery(() => appLedger.dictionary.loadDictionaries(), []);
  const linkKind = Form.useWatch('linkKind', form) as Values['linkKind'] | undefined;
  const save = () => run(async () => {
    clearFieldErrors(form);
    const v = form.getFieldsValue(true) as Values;
    const households = (v.households ?? '').split(/[\n、,，]/).map((h) => h.trim()).filter(Boolean);
    const r = await appLedger.pairings.savePairing(pairing?.id, { ...v, memberId: v.memberId ?? null, sector: v.sector ?? '', households });
    if (!r.ok) {
      setGeneral(applyFieldErrors(form, Object.fromEntries(Object.entries(r.errors).map(([k, m]) => [k.startsWith('households.') ? 'households' : k, m]))));
      message.error('未能保存，请按红字提示修改');
      return;
    }
    message.success('已保存');
    onSaved(r.value);
  });
  const initial: Values = pairing
    ? { ...pairing, households: pairing.households.join('\n') }
    : { linkKind: '委员', memberId: null, sector: '', village: '', households: '', startDate: '', note: '' };
  return (
    <>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 16 }} />}
      <Form form={form} name="pairing" layout="vertical" initialValues={initial} style={{ maxWidth: 700 }}>
        <Form.Item label="结对主体" name="linkKind">
          <Radio.Group options={PAIRING_LINK_KINDS.map((k) => ({ value: k, label: k }))} />
        </Form.Item>
        {linkKind === '界别'
          ? <Form.Item label="界别" name="sector"><Select showSearch options={(dicts?.sector ?? []).map((s) => ({ value: s, label: s }))} /></Form.Item>
          : <Form.Item label="委员" name="memberId">
              <Select showSearch={{ filterOption: memberFilter }} options={sortByStroke(members ?? [], (m) => m.name).map((m) => ({ value: m.id, label: m.sector ? `${m.name}（${m.sector}）` : m.name }))} />
            </Form.Item>}
        <Form.Item label="结对村" name="village"><Input count={{ max: 60 }} /></Form.Item>
        <Form.Item label="帮扶户" name="households" extra="每行一户，填户主姓名">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} />
        </Form.Item>
        <Form.Item label="结对日期" name="startDate" {...isoDateItemProps}><DatePicker format={CHINESE_DATE_FORMAT} /></Form.Item>
        <Form.Item label="备注" name="note"><Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} count={{ max: 2000 }} /></Form.Item>
        <SaveBar>
          <Button type="primary" onClick={() => void save()}>保存</Button>
          <Button onClick={onCancel}>取消</Button>
        </SaveBar>
      </Form>
    </>
  );
}
