// Records one deed done for a link: date, kind (出钱出力 / 建言建策 / 办实事好事), what was done
// and the money in 元 — typed as text so that a wrong entry is refused at the field, not dropped.
import { App, Button, DatePicker, Form, Input, Select, Space } from 'antd';
import { appLedger } from '../../db/app-ledger';
import { DEED_KINDS } from '../../domain/pairings/pairing';
import { applyFieldErrors } from '../shared/form-errors';
import { clearFieldErrors } from '../shared/clear-field-errors';
import { CHINESE_DATE_FORMAT } from '../shared/dates';
import { isoDateItemProps } from '../activities/activity-form-values';
import { useSave } from '../shared/use-save';

interface Values { date: string; kind: string; description: string; amountYuan: string }

export function DeedForm({ pairingId }: { pairingId: string }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { run } = useSave();
  const add = () => run(async () => {
    clearFieldErrors(form);
    const v = form.getFieldsValue(true) as Values;
    const r = await appLedger.pairings.addDeed(pairingId, { ...v, date: v.date ?? '', kind: v.kind ?? '', description: v.description ?? '', amountYuan: v.amountYuan ?? '' });
    if (!r.ok) {
      const general = applyFieldErrors(form, r.errors);
      message.error(general.length ? general.join('；') : '未能记录，请按红字提示修改');
      return;
    }
    message.success('已记录');
    form.resetFields();
  });
  return (
    <Form form={form} name="deed" layout="vertical" initialValues={{ date: '', kind: '出钱出力', description: '', amountYuan: '' }}>
      <Space wrap align="start">
        <Form.Item label="日期" name="date" {...isoDateItemProps}><DatePicker format={CHINESE_DATE_FORMAT} /></Form.Item>
        <Form.Item label="类别" name="kind"><Select style={{ width: 140 }} options={DEED_KINDS.map((k) => ({ value: k, label: k }))} /></Form.Item>
        <Form.Item label="事项" name="description"><Input style={{ width: 280 }} count={{ max: 1000 }} /></Form.Item>
        <Form.Item label="金额（元）" name="amountYuan" extra="资金及物资折款，没有填0或留空"><Input style={{ width: 140 }} inputMode="decimal" /></Form.Item>
        <Form.Item label=" " colon={false}><Button type="primary" onClick={() => void add()}>记录帮扶事项</Button></Form.Item>
      </Space>
    </Form>
  );
}
