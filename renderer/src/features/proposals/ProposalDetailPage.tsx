// One proposal: its record, assignment, replies (each with its 答复函), feedback, attachments and
// whole history, with the steps its stage allows, 修改 and 删除 (to the recycle bin).
import { useMemo } from 'react';
import { App, Button, Popconfirm, Space, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { navigate } from '../../app/router';
import { SampleTag } from '../shared/SampleTag';
import { AssignmentDescriptions, ProposalDescriptions } from './ProposalRecord';
import { FeedbackTable, HistoryTable, RepliesTable } from './ProposalTables';
import { ProposalActions } from './ProposalActions';
import { ProposalNotFound } from './ProposalNotFound';
import { AttachmentsPanel } from '../shared/AttachmentsPanel';
import { ProposalInstructions } from '../instructions/InstructionsEditor';
import { ConvertedOpinionNote } from '../opinions/ConvertedOpinionNote';
import { RecordHistory } from '../history/RecordHistory';
import { liveRows } from '../../domain/common/row-stamps';

const sectionTitle = { marginTop: 24 } as const;

export function ProposalDetailPage({ id }: { id: string }) {
  const { message } = App.useApp();
  const found = useLiveQuery(async () => (await appLedger.proposals.getProposal(id)) ?? null, [id]);
  const members = useLiveQuery(() => appLedger.members.listMembers(), []);
  const names = useMemo(() => new Map((members ?? []).map((m) => [m.id, m.name])), [members]);
  if (found === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (found === null) return <ProposalNotFound />;
  const p = found;

  const remove = async () => {
    await appLedger.proposals.deleteProposal(id);
    message.success('已移入回收站');
    navigate({ name: 'proposals' });
  };

  return (
    <>
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 12 }} align="start">
        <Typography.Title level={4} style={{ margin: 0 }}>第{p.number}号提案：{p.title} <SampleTag isSample={p.isSample} /></Typography.Title>
        <Space>
          <Button onClick={() => navigate({ name: 'proposal-edit', id })}>修改</Button>
          <Popconfirm title="删除该提案？" description="删除后可在回收站恢复，案号不再使用" okText="删除" cancelText="取消" onConfirm={remove}>
            <Button danger>删除</Button>
          </Popconfirm>
        </Space>
      </Space>
      <section aria-label="办理操作" style={{ marginBottom: 16 }}>
        <ProposalActions proposal={p} />
      </section>
      <ConvertedOpinionNote proposalId={id} year={p.year} />
      <ProposalDescriptions proposal={p} names={names} />
      <Typography.Title level={5} style={sectionTitle}>交办</Typography.Title>
      <AssignmentDescriptions proposal={p} />
      <Typography.Title level={5} style={sectionTitle}>答复</Typography.Title>
      <section aria-label="答复"><RepliesTable proposal={p} /></section>
      <Typography.Title level={5} style={sectionTitle}>评价</Typography.Title>
      <section aria-label="评价"><FeedbackTable feedback={liveRows(p.feedback)} /></section>
      <ProposalInstructions proposalId={id} instructions={p.instructions} />
      <div style={sectionTitle}>
        <AttachmentsPanel owner={{ kind: 'proposal', id }} title="提案原件及附件" emptyText="没有附件。可添加提案原件的扫描件（PDF、照片）、Word 等，单个不超过 20 MB" />
      </div>
      <Typography.Title level={5} style={sectionTitle}>办理记录</Typography.Title>
      <section aria-label="办理记录"><HistoryTable history={liveRows(p.history)} /></section>
      <RecordHistory table="proposals" recordId={id} collapsible />
    </>
  );
}
