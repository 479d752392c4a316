// One 文史资料 record, by kind: a text collected (title, contributor, characters, photos), a
// volume published (title, 第X辑, characters, copies) or a member interviewed (member, outlet).
import { useMemberOptionFilter } from '../shared/pinyin-keys';
import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { sortByStroke } from '../../domain/common/stroke-order';
import { CULTURE_KINDS, CULTURE_KIND_LABELS, type CultureKind, type CultureRecord } from '../../domain/culture/culture';
import { applyFieldErrors } from '../shared/form-errors';
import { clearFieldErrors } from '../shared/clear-field-errors';
import { CHINESE_DATE_FORMAT } from '../shared/dates';
import { isoDateItemProps } from '../activities/activity-form-values';
import { useSave } from '../shared/use-save';
import { SaveBar } from '../shared/SaveBar';

type Values = Record<string, unknown> & { kind: CultureKind };

export function CultureForm({ record, onDone }: { record: CultureRecord | null; onDone: () => void }) {
  const memberFilter = useMemberOptionFilter();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { run } = useSave();
  const [general, setGeneral] = useState<string[]>([]);
  const members = useLiveQuery(() => appLedger.members.listMembers(), []);
  const kind = (Form.useWatch('kind', form) as CultureKind | undefined) ?? record?.kind ?? '征集';
  const save = () => run(async () => {
    clearFieldErrors(form);
    const v = form.getFieldsValue(true) as Values;
    const r = await appLedger.culture.saveCulture(record?.id, { ...v, note: v.note ?? '', title: v.title ?? '' });
    if (!r.ok) {
      setGeneral(applyFieldErrors(form, r.errors));
      message.error('未能保存，请按红字提示修改');
      return;
    }
    message.success('已保存');
    onDone();
  });
  const initial: Values = record
    ? { ...record }
    : { kind: '征集', date: '', title: '', note: '', contributor: '', characters: 0, photos: 0, volumeNumber: 1, copies: 0, memberId: undefined, outlet: '' };
  return (
    <>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 16 }} />}
      <Form form={form} name="culture" layout="vertical" initialValues={initial} style={{ maxWidth: 700 }}>
        <Form.Item label="类别" name="kind">
          <Radio.Group disabled={record !== null} options={CULTURE_KINDS.map((k) => ({ value: k, label: CULTURE_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item label="日期" name="date" {...isoDateItemProps}><DatePicker format={CHINESE_DATE_FORMAT} /></Form.Item>
        <Form.Item label={kind === '征集' ? '文稿标题' : kind === '出版' ? '书名' : '报道标题'} name="title"><Input count={{ max: 200 }} /></Form.Item>
        {kind === '征集' && (
          <Space wrap>
            <Form.Item label="提供者" name="contributor"><Input count={{ max: 60 }} /></Form.Item>
            <Form.Item label="字数" name="characters"><InputNumber min={0} precision={0} style={{ width: 160 }} /></Form.Item>
            <Form.Item label="图片（张）" name="photos"><InputNumber min={0} precision={0} /></Form.Item>
          </Space>
        )}
        {kind === '出版' && (
          <Space wrap>
            <Form.Item label="第几辑" name="volumeNumber"><InputNumber min={1} precision={0} /></Form.Item>
            <Form.Item label="字数" name="characters"><InputNumber min={0} precision={0} style={{ width: 160 }} /></Form.Item>
            <Form.Item label="印数（册）" name="copies"><InputNumber min={0} precision={0} /></Form.Item>
          </Space>
        )}
        {kind === '采访' && (
          <Space wrap>
            <Form.Item label="受访委员" name="memberId">
              <Select style={{ width: 220 }} showSearch={{ filterOption: memberFilter }} options={sortByStroke(members ?? [], (m) => m.name).map((m) => ({ value: m.id, label: m.name }))} />
            </Form.Item>
            <Form.Item label="报道媒体" name="outlet" extra="如《某某县信息》、县电视台"><Input count={{ max: 60 }} /></Form.Item>
          </Space>
        )}
        <Form.Item label="备注" name="note"><Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} count={{ max: 2000 }} /></Form.Item>
        <SaveBar>
          <Button type="primary" onClick={() => void save()}>保存</Button>
          <Button onClick={onDone}>取消</Button>
        </SaveBar>
      </Form>
    </>
  );
}
