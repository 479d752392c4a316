// The steps a proposal can take from its current stage, as buttons: each opens its dialog, except
// 取消重点提案 and 优秀提案 which only ask to confirm. Steps that do not fit the stage are not shown
// (登记答复 appears only once the proposal is assigned): the domain's table of steps by stage decides.
import { useState } from 'react';
import { App, Button, Popconfirm, Space } from 'antd';
import { appLedger } from '../../db/app-ledger';
import type { Proposal } from '../../domain/proposals/proposal';
import type { ProposalTransition } from '../../domain/proposals/proposal-transitions';
import { transitionTitle, type ModalKind } from './transition-forms';
import { TransitionModal } from './TransitionModal';
import { useSave } from '../shared/use-save';
import { stepButtons } from './step-buttons';

export function ProposalActions({ proposal: p }: { proposal: Proposal }) {
  const { message } = App.useApp();
  const { run } = useSave();
  const [open, setOpen] = useState<ModalKind | null>(null);
  const buttons = stepButtons(p.stage);

  const confirmStep = (t: ProposalTransition, done: string) => run(async () => {
    const result = await appLedger.proposals.applyProposalTransition(p.id, t);
    if (result.ok) message.success(done);
    else message.error(Object.values(result.errors).join('；'));
  });

  return (
    <>
      <Space wrap>
        {buttons.dialogs.map((kind, i) => (
          <Button key={kind} type={i === 0 ? 'primary' : 'default'} onClick={() => setOpen(kind)}>
            {transitionTitle(kind, p)}
          </Button>
        ))}
        {buttons.key && <Button onClick={() => setOpen('key')}>{transitionTitle('key', p)}</Button>}
        {buttons.key && p.keyProposal && (
          <Popconfirm title="取消重点提案？" okText="取消重点" cancelText="不取消"
            onConfirm={() => confirmStep({ kind: 'key', input: { key: false, leaders: [], activityIds: [] } }, '已取消重点提案')}>
            <Button>取消重点提案</Button>
          </Popconfirm>
        )}
        {buttons.excellent && (
          <Popconfirm title={p.excellent ? '取消优秀提案？' : '评为优秀提案？'} okText="确定" cancelText="取消"
            onConfirm={() => confirmStep({ kind: 'excellent', input: { excellent: !p.excellent } }, p.excellent ? '已取消优秀提案' : '已评为优秀提案')}>
            <Button>{p.excellent ? '取消优秀提案' : '评为优秀提案'}</Button>
          </Popconfirm>
        )}
      </Space>
      {open && <TransitionModal proposal={p} kind={open} onClose={() => setOpen(null)} />}
    </>
  );
}
