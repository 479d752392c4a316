// 新增社情民意 / 修改社情民意: title, submitters (members from the roll and/or groups named from
// the 党派, 界别, 专委会 and 乡镇 dictionaries), date received and text. The repository validates;
// each refusal is shown at its field, general ones above the form.
import { useMemberOptionFilter } from '../shared/pinyin-keys';
import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Select, Space, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { toIsoDate } from '../../domain/common/dates';
import { sortByStroke } from '../../domain/common/stroke-order';
import { OPINION_GROUP_KINDS, type Opinion, type OpinionFields, type OpinionGroupKind } from '../../domain/opinions/opinion';
import type { Dictionaries } from '../../domain/dictionaries/dictionary-kinds';
import { navigate } from '../../app/router';
import { useSelectedYear } from '../../app/stores/year-store';
import { applyFieldErrors } from '../shared/form-errors';
import { clearChangedFieldErrors, clearFieldErrors } from '../shared/clear-field-errors';
import { CHINESE_DATE_FORMAT } from '../shared/dates';
import { isoDateItemProps } from '../activities/activity-form-values';
import { OpinionNotFound } from './OpinionNotFound';
import { useSave } from '../shared/use-save';
import { SaveBar } from '../shared/SaveBar';

const GROUP_NAMES: Record<OpinionGroupKind, keyof Dictionaries> = { 党派: 'party', 界别: 'sector', 专委会: 'committee', 乡镇: 'township' };

export function OpinionEditPage({ id }: { id: string | null }) {
  const year = useSelectedYear();
  const loaded = useLiveQuery(async () => (id ? (await appLedger.opinions.getOpinion(id)) ?? null : null), [id]);
  if (id && loaded === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (id && !loaded) return <OpinionNotFound />;
  const today = toIsoDate(new Date());
  const initial: OpinionFields = loaded
    ? { title: loaded.title, memberIds: loaded.memberIds, groups: loaded.groups, receivedDate: loaded.receivedDate, text: loaded.text }
    : { title: '', memberIds: [], groups: [], receivedDate: today.startsWith(`${year}-`) ? today : '', text: '' };
  return <OpinionEditor id={id} initial={initial} existing={loaded ?? null} />;
}

function OpinionEditor({ id, initial, existing }: { id: string | null; initial: OpinionFields; existing: Opinion | null }) {
  const memberFilter = useMemberOptionFilter();
  const [form] = Form.useForm<OpinionFields>();
  const { message } = App.useApp();
  const [general, setGeneral] = useState<string[]>([]);
  const { saving, run } = useSave();
  const members = useLiveQuery(() => appLedger.members.listMembers(), []);
  const dicts = useLiveQuery(() => appLedger.dictionary.loadDictionaries(), []);
  // A submitter since deleted from the roll stays selectable on the item that names them.
  const kept = (existing?.memberIds ?? []).filter((m) => !(members ?? []).some((x) => x.id === m));
  const names = useLiveQuery(() => appLedger.opinions.loadMemberNames(), []);
  const memberOptions = [
    ...sortByStroke(members ?? [], (m) => m.name).map((m) => ({ value: m.id, label: m.sector ? `${m.name}（${m.sector}）` : m.name })),
    ...kept.map((m) => ({ value: m, label: names?.get(m) ?? '（已清除的委员）' })),
  ];
  const groups = Form.useWatch('groups', form);

  const save = async () => {
    clearFieldErrors(form);
    setGeneral([]);
    await run(async () => {
      const v = form.getFieldsValue(true) as OpinionFields;
      const input = { ...v, memberIds: v.memberIds ?? [], groups: (v.groups ?? []).map((g) => ({ kind: g.kind, name: g.name ?? '' })) };
      const result = await appLedger.opinions.saveOpinion(id ?? undefined, input);
      if (!result.ok) {
        setGeneral(applyFieldErrors(form, result.errors));
        message.error('未能保存，请按红字提示修改');
        return;
      }
      message.success('已保存');
      navigate({ name: 'opinion', id: result.value.id });
    });
  };

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>{id ? `修改社情民意：${initial.title}` : '新增社情民意'}</Typography.Title>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 16 }} />}
      <Form form={form} name="opinion" layout="vertical" initialValues={initial} style={{ maxWidth: 900 }}
        onFieldsChange={(changed) => clearChangedFieldErrors(form, changed)}>
        <Form.Item label="标题" name="title">
          <Input count={{ max: 200 }} />
        </Form.Item>
        <Form.Item label="报送委员" name="memberIds" extra="可多选；由党派、界别、专委会或乡镇报送的，在下方添加报送单位">
          <Select mode="multiple" showSearch={{ filterOption: memberFilter }} placeholder="输入姓名查找" options={memberOptions} />
        </Form.Item>
        <Form.List name="groups">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row) => {
                const kind = groups?.[row.name]?.kind;
                return (
                  <Space key={row.key} align="start">
                    <Form.Item label={`报送单位${row.name + 1}类别`} name={[row.name, 'kind']}>
                      <Select style={{ width: 120 }} options={OPINION_GROUP_KINDS.map((k) => ({ value: k, label: k }))}
                        onChange={() => form.setFieldValue(['groups', row.name, 'name'], undefined)} />
                    </Form.Item>
                    <Form.Item label={`报送单位${row.name + 1}名称`} name={[row.name, 'name']}>
                      <Select style={{ width: 240 }} showSearch options={(kind && dicts ? dicts[GROUP_NAMES[kind]] : []).map((n) => ({ value: n, label: n }))} />
                    </Form.Item>
                    <Form.Item label=" " colon={false}>
                      <Button onClick={() => remove(row.name)}>删除报送单位{row.name + 1}</Button>
                    </Form.Item>
                  </Space>
                );
              })}
              <Form.Item>
                <Button type="dashed" onClick={() => add({ kind: '党派', name: undefined })}>添加报送单位</Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Form.Item label="收到日期" name="receivedDate" {...isoDateItemProps}>
          <DatePicker format={CHINESE_DATE_FORMAT} />
        </Form.Item>
        <Form.Item label="内容" name="text">
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} count={{ max: 50000 }} />
        </Form.Item>
        <SaveBar>
          <Button type="primary" disabled={saving} onClick={() => void save()}>保存</Button>
          <Button onClick={() => navigate(id ? { name: 'opinion', id } : { name: 'opinions' })}>取消</Button>
        </SaveBar>
      </Form>
    </>
  );
}
