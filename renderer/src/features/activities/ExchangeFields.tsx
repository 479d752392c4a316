// A 联谊交流 activity's own fields — the exchange meeting with other committees: its name, which
// session (第X次联席会), the host and the theme; the date is the activity's. Shown only while the
// activity's type is 联谊交流.
import { Form, Input, InputNumber, Space } from 'antd';
import type { FormInstance } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { isExchangeType } from '../../domain/activities/activity';
import type { ActivityFormValues } from './activity-form-values';

export function ExchangeFields({ form }: { form: FormInstance<ActivityFormValues> }) {
  const type = Form.useWatch(['fields', 'type'], form);
  const typeCodes = useLiveQuery(() => appLedger.dictionary.loadActivityTypeCodes(), []);
  if (!typeCodes || typeof type !== 'string' || !isExchangeType(type, typeCodes)) return null;
  return (
    <fieldset style={{ border: '1px solid #f0f0f0', padding: '8px 16px', marginBottom: 16 }}>
      <legend style={{ width: 'auto', fontSize: 14, padding: '0 4px', marginBottom: 0, border: 0 }}>联谊会</legend>
      <Space wrap size="middle" align="start">
        <Form.Item label="联谊会名称" name={['fields', 'exchange', 'name']} extra="如：黔桂两省（区）二十三县（市、区）政协联谊协作会">
          <Input style={{ width: 360 }} count={{ max: 100 }} />
        </Form.Item>
        <Form.Item label="第几次联席会" name={['fields', 'exchange', 'session']}>
          <InputNumber min={1} max={999} precision={0} />
        </Form.Item>
        <Form.Item label="承办单位" name={['fields', 'exchange', 'host']}>
          <Input style={{ width: 220 }} count={{ max: 60 }} />
        </Form.Item>
      </Space>
      <Form.Item label="会议主题" name={['fields', 'exchange', 'theme']}>
        <Input count={{ max: 200 }} />
      </Form.Item>
    </fieldset>
  );
}
