// 提案: the chosen session's proposals (the newest session unless another is chosen), its figures
// row, filters by stage, unit, reply class, 重点 and 逾期 (still unanswered past the due date), and
// lateness shown on each row.
import { useMemo } from 'react';
import { Checkbox, Select, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { toIsoDate } from '../../domain/common/dates';
import { PROPOSAL_STAGES, type Proposal, type ProposalStage, type ReplyClass } from '../../domain/proposals/proposal';
import { finalMainReply } from '../../domain/proposals/proposal-figures';
import { replyClassesOf } from '../../domain/proposals/proposal-settings';
import { hrefOf } from '../../app/router';
import { SampleTag } from '../shared/SampleTag';
import { useProposalFilterStore } from './proposal-filter-store';
import { optionsOf, proposerShort } from './proposal-options';
import { ProposalFiguresRow } from './ProposalFiguresRow';
import { LatenessTag } from './LatenessTag';
import { ProposalsNav } from './ProposalsNav';
import { useProposalScope } from './use-proposal-scope';
import { ProposalExcelActions } from './ProposalExcelActions';
import { liveRows } from '../../domain/common/row-stamps';

const KEY_OPTIONS = [{ value: 'yes', label: '重点提案' }, { value: 'no', label: '非重点提案' }];

export function ProposalsPage() {
  const filter = useProposalFilterStore((s) => s.filter);
  const filterChanged = useProposalFilterStore((s) => s.filterChanged);
  const { scope, picker } = useProposalScope(false);
  const sessionKey = scope?.kind === 'session' ? scope.sessionKey : undefined;
  const rows = useLiveQuery(
    async () => (sessionKey ? appLedger.proposals.listProposals({ kind: 'session', sessionKey }, filter) : []),
    [sessionKey, filter],
  );
  const members = useLiveQuery(() => appLedger.members.listMembers(), []);
  const dicts = useLiveQuery(() => appLedger.dictionary.loadDictionaries(), []);
  const settings = useLiveQuery(() => appLedger.proposals.loadProposalSettings(), []);
  const names = useMemo(() => new Map((members ?? []).map((m) => [m.id, m.name])), [members]);
  const today = toIsoDate(new Date());
  const filtered = Object.values(filter).some((v) => v !== undefined);

  return (
    <>
      <ProposalsNav current="proposals" title="提案" />
      <Space wrap style={{ marginBottom: 12 }}>
        {picker}
        <Select aria-label="阶段" placeholder="全部阶段" allowClear style={{ width: 130 }} value={filter.stage}
          options={optionsOf(PROPOSAL_STAGES)} onChange={(v?: ProposalStage) => filterChanged({ stage: v })} />
        <Select aria-label="承办单位" placeholder="主办或协办单位" allowClear showSearch style={{ width: 220 }} value={filter.unit}
          options={optionsOf(dicts?.unit ?? [])} onChange={(v?: string) => filterChanged({ unit: v })} />
        <Select aria-label="答复类别" placeholder="答复类别" allowClear style={{ width: 120 }} value={filter.replyClass}
          options={replyClassesOf(settings?.replyScheme ?? 'ABC').map((c) => ({ value: c, label: `${c}类` }))}
          onChange={(v?: ReplyClass) => filterChanged({ replyClass: v })} />
        <Select aria-label="重点提案" placeholder="重点与否" allowClear style={{ width: 130 }}
          value={filter.key === undefined ? undefined : filter.key ? 'yes' : 'no'} options={KEY_OPTIONS}
          onChange={(v?: string) => filterChanged({ key: v === undefined ? undefined : v === 'yes' })} />
        <Checkbox checked={filter.overdue === true} onChange={(e) => filterChanged({ overdue: e.target.checked ? true : undefined })}>只看逾期</Checkbox>
        <Typography.Text type="secondary">共 {rows?.length ?? 0} 件</Typography.Text>
        <ProposalExcelActions sessionKey={sessionKey} />
      </Space>
      {sessionKey && <ProposalFiguresRow sessionKey={sessionKey} />}
      <Table<Proposal>
        rowKey="id"
        size="middle"
        loading={rows === undefined}
        dataSource={rows ?? []}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        locale={{ emptyText: filtered ? '没有符合条件的提案' : '还没有登记提案' }}
        columns={[
          { title: '案号', dataIndex: 'number', width: 70 },
          { title: '案由', dataIndex: 'title', render: (title: string, p) => <><a href={hrefOf({ name: 'proposal', id: p.id })}>{title}</a> <SampleTag isSample={p.isSample} /></> },
          { title: '提案者', key: 'proposer', width: 140, render: (_: unknown, p) => proposerShort(p, names) },
          { title: '类别', dataIndex: 'category', width: 90 },
          { title: '阶段', dataIndex: 'stage', width: 90 },
          { title: '主办单位', key: 'mainUnit', width: 180, render: (_: unknown, p) => p.assignment?.units.find((u) => u.role === '主办')?.unit ?? '' },
          { title: '答复类别', key: 'replyClass', width: 90, render: (_: unknown, p) => finalMainReply(p)?.replyClass ?? '' },
          { title: '满意度', key: 'rating', width: 90, render: (_: unknown, p) => liveRows(p.feedback).at(-1)?.rating ?? '' },
          { title: '办理期限', key: 'due', width: 150, render: (_: unknown, p) => <LatenessTag proposal={p} today={today} showDue /> },
        ]}
      />
    </>
  );
}
