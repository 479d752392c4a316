// 新增提案: the session it was submitted to (or 平时提案), 案由, 类别, the proposers — a first
// proposer and co-signers from the roll, or a collective — the date received and the text. The
// repository validates and numbers it; each refusal is shown at its field.
import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Spin, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { toIsoDate } from '../../domain/common/dates';
import { COLLECTIVE_KINDS, PROPOSER_KINDS, type CollectiveKind, type ProposerKind } from '../../domain/proposals/proposal';
import { navigate } from '../../app/router';
import { fromIso, toIso, CHINESE_DATE_FORMAT } from '../shared/dates';
import { optionsOf } from './proposal-options';
import { clearAllErrors, clearChangedErrors, showProposalErrors } from './proposal-form-errors';

interface NewProposalValues {
  when: '会议' | '平时';
  term: number | null;
  session: number | null;
  title: string;
  category?: string;
  proposerKind: ProposerKind;
  leadMemberId?: string;
  coSignerIds: string[];
  collectiveKind?: CollectiveKind;
  collectiveName?: string;
  receivedDate: Dayjs | null;
  text: string;
}

function toProposalInput(v: NewProposalValues) {
  const meeting = v.when === '会议';
  const collective = v.proposerKind === '集体';
  return {
    term: meeting ? (v.term ?? null) : null,
    session: meeting ? (v.session ?? null) : null,
    title: v.title ?? '',
    category: v.category ?? '',
    proposerKind: v.proposerKind,
    leadMemberId: collective ? null : (v.leadMemberId ?? null),
    coSignerIds: v.proposerKind === '联名' ? (v.coSignerIds ?? []) : [],
    collectiveKind: collective ? (v.collectiveKind ?? null) : null,
    collectiveName: collective ? (v.collectiveName ?? '') : '',
    receivedDate: toIso(v.receivedDate),
    text: v.text ?? '',
  };
}

export function ProposalNewPage() {
  const settings = useLiveQuery(async () => (await appLedger.settings.getSettings()) ?? null, []);
  if (settings === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  const committee = settings?.committee;
  // The current term and its latest plenary session: where most proposals are entered.
  const latest = committee?.sessions.reduce((n, s) => Math.max(n, s.number), 0) ?? 0;
  const initial: NewProposalValues = {
    when: '会议', term: committee?.term ?? null, session: latest || null, title: '', proposerKind: '个人', coSignerIds: [],
    receivedDate: fromIso(toIsoDate(new Date())), text: '',
  };
  return <ProposalNewForm initial={initial} />;
}

function ProposalNewForm({ initial }: { initial: NewProposalValues }) {
  const [form] = Form.useForm<NewProposalValues>();
  const { message } = App.useApp();
  const [general, setGeneral] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const when = Form.useWatch('when', form) ?? initial.when;
  const kind = Form.useWatch('proposerKind', form) ?? initial.proposerKind;
  const collectiveKind = Form.useWatch('collectiveKind', form);
  const members = useLiveQuery(() => appLedger.members.listMembers(), []);
  const dicts = useLiveQuery(() => appLedger.dictionary.loadDictionaries(), []);
  const memberOptions = (members ?? []).map((m) => ({ value: m.id, label: m.name }));
  const collectiveNames = collectiveKind === '党派' ? dicts?.party : collectiveKind === '界别' ? dicts?.sector : collectiveKind === '专委会' ? dicts?.committee : [];

  const save = async () => {
    clearAllErrors(form);
    setGeneral([]);
    setSaving(true);
    try {
      const result = await appLedger.proposals.createProposal(toProposalInput(form.getFieldsValue(true) as NewProposalValues));
      if (!result.ok) {
        setGeneral(showProposalErrors(form, result.errors));
        message.error('未能保存，请按红字提示修改');
        return;
      }
      message.success(`已登记为第${result.value.number}号提案`);
      navigate({ name: 'proposal', id: result.value.id });
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>新增提案</Typography.Title>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 16 }} />}
      <Form form={form} name="proposal" layout="vertical" initialValues={initial} onFieldsChange={(changed) => clearChangedErrors(form, changed)} style={{ maxWidth: 800 }}>
        <Form.Item name="when" label="提交于">
          <Radio.Group options={[{ value: '会议', label: '全体会议期间' }, { value: '平时', label: '平时提案' }]} />
        </Form.Item>
        {when === '会议' && (
          <Space>
            <Form.Item name="term" label="届次"><InputNumber min={1} max={30} /></Form.Item>
            <Form.Item name="session" label="次会议"><InputNumber min={1} max={20} /></Form.Item>
          </Space>
        )}
        <Form.Item name="title" label="案由"><Input maxLength={200} placeholder="关于……的建议" /></Form.Item>
        <Form.Item name="category" label="类别">
          <Select showSearch placeholder="请选择类别" options={optionsOf(dicts?.proposalCategory ?? [])} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="proposerKind" label="提案者类别">
          <Radio.Group options={optionsOf(PROPOSER_KINDS)} />
        </Form.Item>
        {kind !== '集体' && (
          <Form.Item name="leadMemberId" label="第一提案人">
            <Select showSearch={{ optionFilterProp: 'label' }} placeholder="输入姓名查找" options={memberOptions} style={{ width: 240 }}
              notFoundContent={members?.length === 0 ? '名册中还没有委员' : '没有该委员'} />
          </Form.Item>
        )}
        {kind === '联名' && (
          <Form.Item name="coSignerIds" label="附议人">
            <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} placeholder="输入姓名查找" options={memberOptions} />
          </Form.Item>
        )}
        {kind === '集体' && (
          <Space>
            <Form.Item name="collectiveKind" label="集体提案者类别">
              <Select options={optionsOf(COLLECTIVE_KINDS)} style={{ width: 160 }} onChange={() => form.setFieldValue('collectiveName', undefined)} />
            </Form.Item>
            <Form.Item name="collectiveName" label="集体提案者">
              <Select showSearch options={optionsOf(collectiveNames ?? [])} style={{ width: 240 }} placeholder="党派、界别或专委会名称" />
            </Form.Item>
          </Space>
        )}
        <Form.Item name="receivedDate" label="收到日期"><DatePicker format={CHINESE_DATE_FORMAT} /></Form.Item>
        <Form.Item name="text" label="提案内容"><Input.TextArea rows={8} maxLength={50000} /></Form.Item>
        <Space>
          <Button type="primary" disabled={saving} onClick={() => void save()}>保存</Button>
          <Button onClick={() => navigate({ name: 'proposals' })}>取消</Button>
        </Space>
      </Form>
    </>
  );
}
