// The fields of a proposal as the proposer wrote them, shared by 新增提案 and 修改提案: the session
// (or 平时提案), 案由, 类别, the proposers — a first proposer and co-signers from the roll, or a
// collective — the date received and the text. `sessionLocked` shows the session without letting
// it change (a reviewed proposal keeps its session and 案号).
import { useMemberOptionFilter } from '../shared/pinyin-keys';
import { DatePicker, Form, Input, InputNumber, Radio, Select, Space, type FormInstance } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { COLLECTIVE_KINDS, PROPOSER_KINDS } from '../../domain/proposals/proposal';
import { CHINESE_DATE_FORMAT } from '../shared/dates';
import { optionsOf } from './proposal-options';
import type { ProposalFormValues } from './proposal-form-values';

interface Props {
  form: FormInstance<ProposalFormValues>;
  initial: ProposalFormValues;
  sessionLocked?: boolean;
}

export function ProposalFormFields({ form, initial, sessionLocked = false }: Props) {
  const memberFilter = useMemberOptionFilter();
  const when = Form.useWatch('when', form) ?? initial.when;
  const kind = Form.useWatch('proposerKind', form) ?? initial.proposerKind;
  const collectiveKind = Form.useWatch('collectiveKind', form);
  const members = useLiveQuery(() => appLedger.members.listMembers(), []);
  const dicts = useLiveQuery(() => appLedger.dictionary.loadDictionaries(), []);
  const memberOptions = (members ?? []).map((m) => ({ value: m.id, label: m.name }));
  const collectiveNames = collectiveKind === '党派' ? dicts?.party : collectiveKind === '界别' ? dicts?.sector : collectiveKind === '专委会' ? dicts?.committee : [];
  const lockedHelp = sessionLocked ? '提案已审查，届次会议和案号不再改变' : undefined;

  return (
    <>
      <Form.Item name="when" label="提交于" extra={lockedHelp}>
        <Radio.Group disabled={sessionLocked} options={[{ value: '会议', label: '全体会议期间' }, { value: '平时', label: '平时提案' }]} />
      </Form.Item>
      {when === '会议' && (
        <Space>
          <Form.Item name="term" label="届次"><InputNumber min={1} max={30} disabled={sessionLocked} /></Form.Item>
          <Form.Item name="session" label="次会议"><InputNumber min={1} max={20} disabled={sessionLocked} /></Form.Item>
        </Space>
      )}
      <Form.Item name="title" label="案由"><Input count={{ max: 200 }} placeholder="关于……的建议" /></Form.Item>
      <Form.Item name="category" label="类别">
        <Select showSearch placeholder="请选择类别" options={optionsOf(dicts?.proposalCategory ?? [])} style={{ width: 240 }} />
      </Form.Item>
      <Form.Item name="proposerKind" label="提案者类别">
        <Radio.Group options={optionsOf(PROPOSER_KINDS)} />
      </Form.Item>
      {kind !== '集体' && (
        <Form.Item name="leadMemberId" label="第一提案人">
          <Select showSearch={{ filterOption: memberFilter }} placeholder="输入姓名查找" options={memberOptions} style={{ width: 240 }}
            notFoundContent={members?.length === 0 ? '名册中还没有委员' : '没有该委员'} />
        </Form.Item>
      )}
      {kind === '联名' && (
        <Form.Item name="coSignerIds" label="附议人">
          <Select mode="multiple" showSearch={{ filterOption: memberFilter }} placeholder="输入姓名查找" options={memberOptions} />
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
      <Form.Item name="text" label="提案内容"><Input.TextArea rows={8} count={{ max: 50000 }} /></Form.Item>
    </>
  );
}
