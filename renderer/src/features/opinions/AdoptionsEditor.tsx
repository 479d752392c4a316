// 采用情况: the levels that adopted the item (县 / 市 / 省 / 全国政协; for 全国 单篇采用 or 转送采用),
// each once, with the date; a form to record one and 删除 per row.
import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { appLedger } from '../../db/app-ledger';
import { formatChineseDate } from '../../domain/common/dates';
import { ADOPTION_LEVELS, NATIONAL_ADOPTION_MODES, adoptionLabel, type Adoption, type Opinion } from '../../domain/opinions/opinion';
import { applyFieldErrors } from '../shared/form-errors';
import { clearChangedFieldErrors, clearFieldErrors } from '../shared/clear-field-errors';
import { CHINESE_DATE_FORMAT } from '../shared/dates';
import { isoDateItemProps } from '../activities/activity-form-values';
import { useSave } from '../shared/use-save';

interface NewAdoption {
  level?: Adoption['level'];
  nationalMode?: Adoption['nationalMode'];
  date: string;
  note: string;
}

export function AdoptionsEditor({ opinion }: { opinion: Opinion }) {
  const { message } = App.useApp();
  const { run } = useSave();
  const [form] = Form.useForm<NewAdoption>();
  const [general, setGeneral] = useState<string[]>([]);
  const level = Form.useWatch('level', form);

  const add = () => run(async () => {
    clearFieldErrors(form);
    setGeneral([]);
    const v = form.getFieldsValue(true) as NewAdoption;
    const r = await appLedger.opinions.recordAdoption(opinion.id, { level: v.level ?? null, nationalMode: v.level === '全国' ? (v.nationalMode ?? null) : null, date: v.date, note: v.note ?? '' });
    if (!r.ok) {
      setGeneral(applyFieldErrors(form, r.errors));
      return;
    }
    form.resetFields();
    message.success('已记录采用情况');
  });
  const remove = (l: Adoption['level']) => run(async () => {
    await appLedger.opinions.removeAdoption(opinion.id, l);
    message.success('已删除采用记录');
  });

  return (
    <section aria-label="采用情况">
      <Typography.Title level={5} style={{ marginTop: 24 }}>采用情况</Typography.Title>
      <Table<Adoption>
        rowKey="level"
        size="small"
        pagination={false}
        dataSource={opinion.adoptions}
        locale={{ emptyText: '尚未被采用' }}
        columns={[
          { title: '采用', key: 'label', width: 200, render: (_: unknown, a) => adoptionLabel(a) },
          { title: '日期', dataIndex: 'date', width: 140, render: (d: string) => formatChineseDate(d) },
          { title: '备注', dataIndex: 'note' },
          {
            title: '操作', key: 'op', width: 80,
            render: (_: unknown, a) => (
              <Popconfirm title="删除这条采用记录？" okText="删除" cancelText="取消" onConfirm={() => remove(a.level)}>
                <Button size="small" danger>删除</Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Form form={form} name="new-adoption" layout="inline" initialValues={{ date: '', note: '' }} style={{ marginTop: 12, rowGap: 8 }}
        onFieldsChange={(changed) => clearChangedFieldErrors(form, changed)}>
        <Form.Item label="采用级别" name="level">
          <Select style={{ width: 100 }} placeholder="请选择" options={ADOPTION_LEVELS.map((l) => ({ value: l, label: l }))} />
        </Form.Item>
        {level === '全国' && (
          <Form.Item label="采用方式" name="nationalMode">
            <Select style={{ width: 120 }} options={NATIONAL_ADOPTION_MODES.map((m) => ({ value: m, label: m }))} />
          </Form.Item>
        )}
        <Form.Item label="采用日期" name="date" {...isoDateItemProps}>
          <DatePicker format={CHINESE_DATE_FORMAT} />
        </Form.Item>
        <Form.Item label="备注" name="note">
          <Input style={{ width: 200 }} count={{ max: 500 }} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button onClick={() => void add()}>记录采用</Button>
            {general.length > 0 && <Typography.Text type="danger">{general.join('；')}</Typography.Text>}
          </Space>
        </Form.Item>
      </Form>
    </section>
  );
}
