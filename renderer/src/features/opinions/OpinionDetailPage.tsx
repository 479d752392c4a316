// One 社情民意信息: who sent it and when, where it came from (a proposal not registered), the issue
// it was compiled into, the levels that adopted it and the leaders' 批示; 修改 and 删除 (to the recycle bin).
import { App, Button, Descriptions, Popconfirm, Space, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { formatChineseDate } from '../../domain/common/dates';
import { issueLabel, submittersLine } from '../../domain/opinions/opinion';
import { hrefOf, navigate } from '../../app/router';
import { SampleTag } from '../shared/SampleTag';
import { InstructionsEditor } from '../instructions/InstructionsEditor';
import { OpinionNotFound } from './OpinionNotFound';
import { AdoptionsEditor } from './AdoptionsEditor';
import { useMemberNames } from './use-member-names';
import { RecordHistory } from '../history/RecordHistory';
import { useSave } from '../shared/use-save';

export function OpinionDetailPage({ id }: { id: string }) {
  const { message } = App.useApp();
  const { run } = useSave('完成操作', false);
  const found = useLiveQuery(async () => (await appLedger.opinions.getOpinion(id)) ?? null, [id]);
  const source = useLiveQuery(async () => (found?.sourceProposalId ? (await appLedger.proposals.getProposal(found.sourceProposalId)) ?? null : null), [found?.sourceProposalId]);
  const names = useMemberNames();
  if (found === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (found === null) return <OpinionNotFound />;
  const o = found;

  const remove = () => run(async () => {
    await appLedger.opinions.deleteOpinion(id);
    message.success('已移入回收站');
    navigate({ name: 'opinions' });
  });
  const takeOut = () => run(async () => {
    const r = await appLedger.opinions.removeFromIssue(id);
    if (r.ok) message.success('已移出期刊');
  });

  return (
    <>
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 12 }} align="start">
        <Typography.Title level={4} style={{ margin: 0 }}>社情民意：{o.title} <SampleTag isSample={o.isSample} /></Typography.Title>
        <Space>
          <Button onClick={() => navigate({ name: 'opinion-edit', id })}>修改</Button>
          <Popconfirm title="删除这条信息？" description="删除后可在回收站恢复" okText="删除" cancelText="取消" onConfirm={remove}>
            <Button danger>删除</Button>
          </Popconfirm>
        </Space>
      </Space>
      <Descriptions bordered size="small" column={2} items={[
        { key: 'submitters', label: '报送人', children: submittersLine(o, (m) => names.get(m) ?? '（已清除的委员）'), span: 2 },
        { key: 'date', label: '收到日期', children: formatChineseDate(o.receivedDate) },
        {
          key: 'issue', label: '编入期刊',
          children: o.issue
            ? <Space>{issueLabel(o.issue)}（{formatChineseDate(o.issue.date)}编发）<Popconfirm title="移出该期？" okText="移出" cancelText="取消" onConfirm={takeOut}><Button size="small">移出期刊</Button></Popconfirm></Space>
            : '未编入（在列表中勾选后“编入期刊”）',
        },
        {
          key: 'source', label: '来源', span: 2,
          children: o.sourceProposalId
            ? source ? <a href={hrefOf({ name: 'proposal', id: source.id })}>由第{source.number}号提案《{source.title}》不予立案转来</a> : '由提案转来（该提案已删除）'
            : '直接报送',
        },
        { key: 'text', label: '内容', span: 2, children: <span style={{ whiteSpace: 'pre-wrap' }}>{o.text}</span> },
      ]} />
      <AdoptionsEditor opinion={o} />
      <InstructionsEditor
        instructions={o.instructions}
        onAdd={(input) => appLedger.opinions.addOpinionInstruction(id, input)}
        onRemove={(instructionId) => appLedger.opinions.removeOpinionInstruction(id, instructionId)}
      />
      <RecordHistory table="opinions" recordId={id} collapsible />
    </>
  );
}
