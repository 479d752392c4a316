// 新增 / 修改 a grass-roots unit: township, date established, head, one or two staff members
// from the roll (the township's own members first), the "八个有" checklist — a date for each item
// met — and the log of opinions collected and problems solved. The repository validates; each
// refusal (a staff member not on the roll, a date after today …) is shown at its field.
import { useMemberOptionFilter } from '../shared/pinyin-keys';
import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Select, Space, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { sortByStroke } from '../../domain/common/stroke-order';
import { EIGHT_HAS } from '../../domain/stations/station';
import { checklistFormValue, type StationInput } from '../../domain/stations/station-inputs';
import { navigate } from '../../app/router';
import { applyFieldErrors } from '../shared/form-errors';
import { clearChangedFieldErrors, clearFieldErrors } from '../shared/clear-field-errors';
import { CHINESE_DATE_FORMAT } from '../shared/dates';
import { isoDateItemProps } from '../activities/activity-form-values';
import { useUnitName } from './use-unit-name';
import { useSave } from '../shared/use-save';
import { SaveBar } from '../shared/SaveBar';
import { liveRows } from '../../domain/common/row-stamps';

export function StationEditPage({ id }: { id: string | null }) {
  const loaded = useLiveQuery(async () => (id ? (await appLedger.stations.getStation(id)) ?? null : null), [id]);
  const unitName = useUnitName();
  if (id && loaded === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (id && !loaded) return <Typography.Text type="secondary">该{unitName}不存在或已被删除。</Typography.Text>;
  const initial: StationInput = loaded
    ? { township: loaded.township, establishedDate: loaded.establishedDate, head: loaded.head, staffMemberIds: loaded.staffMemberIds, checklist: checklistFormValue(loaded.checklist), work: liveRows(loaded.work), note: loaded.note }
    : { township: '', establishedDate: '', head: '', staffMemberIds: [], checklist: checklistFormValue([]), work: [], note: '' };
  return <StationEditor id={id} initial={initial} />;
}

function StationEditor({ id, initial }: { id: string | null; initial: StationInput }) {
  const memberFilter = useMemberOptionFilter();
  const [form] = Form.useForm<StationInput>();
  const { message } = App.useApp();
  const unitName = useUnitName();
  const [general, setGeneral] = useState<string[]>([]);
  const { saving, run } = useSave();
  const members = useLiveQuery(() => appLedger.members.listMembers(), []);
  const dicts = useLiveQuery(() => appLedger.dictionary.loadDictionaries(), []);
  const township = Form.useWatch('township', form) as string | undefined;
  // The township's own members are listed first: staff are 驻地委员.
  const sorted = sortByStroke(members ?? [], (m) => m.name);
  const memberOptions = [...sorted.filter((m) => m.township === township), ...sorted.filter((m) => m.township !== township)]
    .map((m) => ({ value: m.id, label: m.township ? `${m.name}（${m.township}）` : m.name }));

  const save = async () => {
    clearFieldErrors(form);
    setGeneral([]);
    await run(async () => {
      const v = form.getFieldsValue(true) as StationInput;
      const input = {
        ...v,
        township: v.township ?? '',
        staffMemberIds: v.staffMemberIds ?? [],
        checklist: Object.fromEntries(EIGHT_HAS.map((item) => [item, v.checklist?.[item] ?? ''])),
        work: (v.work ?? []).map((w) => ({ id: w.id, date: w.date ?? '', opinions: w.opinions ?? 0, problems: w.problems ?? 0, note: w.note ?? '' })),
      };
      const result = await appLedger.stations.saveStation(id ?? undefined, input);
      if (!result.ok) {
        setGeneral(applyFieldErrors(form, result.errors));
        message.error('未能保存，请按红字提示修改');
        return;
      }
      message.success('已保存');
      navigate({ name: 'station', id: result.value.id });
    });
  };

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>{id ? `修改${unitName}：${initial.township}` : `新增${unitName}`}</Typography.Title>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 16 }} />}
      <Form form={form} name="station" layout="vertical" initialValues={initial} style={{ maxWidth: 900 }}
        onFieldsChange={(changed) => clearChangedFieldErrors(form, changed)}>
        <Space wrap align="start">
          <Form.Item label="乡镇" name="township">
            <Select style={{ width: 200 }} showSearch options={(dicts?.township ?? []).map((t) => ({ value: t, label: t }))} />
          </Form.Item>
          <Form.Item label="成立日期" name="establishedDate" {...isoDateItemProps}>
            <DatePicker format={CHINESE_DATE_FORMAT} />
          </Form.Item>
          <Form.Item label="站长" name="head" extra="一般由乡镇党委综治统战委员兼任">
            <Input style={{ width: 200 }} count={{ max: 20 }} />
          </Form.Item>
        </Space>
        <Form.Item label="工作人员" name="staffMemberIds" extra="1至2名，须由驻地政协委员担任">
          <Select mode="multiple" showSearch={{ filterOption: memberFilter }} placeholder="输入姓名查找" options={memberOptions} />
        </Form.Item>
        <fieldset style={{ border: '1px solid #f0f0f0', padding: '8px 16px', marginBottom: 16 }}>
          <legend style={{ width: 'auto', fontSize: 14, padding: '0 4px', marginBottom: 0, border: 0 }}>“八个有”（填写达到的日期，未达到的留空）</legend>
          <Space wrap align="start">
            {EIGHT_HAS.map((item) => (
              <Form.Item key={item} label={item} name={['checklist', item]} {...isoDateItemProps}>
                <DatePicker format={CHINESE_DATE_FORMAT} />
              </Form.Item>
            ))}
          </Space>
        </fieldset>
        <Form.List name="work">
          {(rows, { add, remove }) => (
            <>
              <Typography.Text strong>收集意见和解决问题</Typography.Text>
              {rows.map((row) => (
                <Space key={row.key} align="start" wrap>
                  <Form.Item label={`第${row.name + 1}条日期`} name={[row.name, 'date']} {...isoDateItemProps}>
                    <DatePicker format={CHINESE_DATE_FORMAT} />
                  </Form.Item>
                  <Form.Item label="收集意见（条）" name={[row.name, 'opinions']}>
                    <InputNumber min={0} precision={0} />
                  </Form.Item>
                  <Form.Item label="解决问题（个）" name={[row.name, 'problems']}>
                    <InputNumber min={0} precision={0} />
                  </Form.Item>
                  <Form.Item label="说明" name={[row.name, 'note']}>
                    <Input style={{ width: 260 }} count={{ max: 1000 }} />
                  </Form.Item>
                  <Form.Item label=" " colon={false}>
                    <Button onClick={() => remove(row.name)}>删除第{row.name + 1}条</Button>
                  </Form.Item>
                </Space>
              ))}
              <Form.Item>
                <Button type="dashed" onClick={() => add({ date: '', opinions: 0, problems: 0, note: '' })}>添加一条记录</Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Form.Item label="备注" name="note">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} count={{ max: 2000 }} />
        </Form.Item>
        <SaveBar>
          <Button type="primary" disabled={saving} onClick={() => void save()}>保存</Button>
          <Button onClick={() => navigate(id ? { name: 'station', id } : { name: 'stations' })}>取消</Button>
        </SaveBar>
      </Form>
    </>
  );
}
