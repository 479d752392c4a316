// The steps a proposal can take from its current stage, as buttons: each opens its dialog, except
// 取消重点提案 and 优秀提案 which only ask to confirm. Steps that do not fit the stage are not shown
// (登记答复 appears only once the proposal is assigned).
import { useState } from 'react';
import { App, Button, Popconfirm, Space } from 'antd';
import { appLedger } from '../../db/app-ledger';
import { isRegistered, type Proposal, type ProposalStage } from '../../domain/proposals/proposal';
import type { ProposalTransition } from '../../domain/proposals/proposal-transitions';
import { TRANSITION_FORMS, type ModalKind } from './transition-forms';
import { TransitionModal } from './TransitionModal';
import { useSave } from '../shared/use-save';

const REVIEW: ModalKind[] = ['accept', 'reject', 'merge', 'return', 'withdraw'];

const STEPS_BY_STAGE: Record<ProposalStage, ModalKind[]> = {
  待审查: REVIEW,
  退回修改: ['resubmit', 'withdraw'],
  已立案: ['assign'],
  已交办: ['reply', 'extend'],
  已办复: ['reply', 'feedback', 'extend', 'close'],
  已评价: ['close'],
  已办结: [],
  不予立案: [],
  已并案: [],
  已撤案: [],
};

export function ProposalActions({ proposal: p }: { proposal: Proposal }) {
  const { message } = App.useApp();
  const { run } = useSave();
  const [open, setOpen] = useState<ModalKind | null>(null);
  const registered = isRegistered(p);

  const confirmStep = (t: ProposalTransition, done: string) => run(async () => {
    const result = await appLedger.proposals.applyProposalTransition(p.id, t);
    if (result.ok) message.success(done);
    else message.error(Object.values(result.errors).join('；'));
  });

  return (
    <>
      <Space wrap>
        {STEPS_BY_STAGE[p.stage].map((kind) => (
          <Button key={kind} type={kind === STEPS_BY_STAGE[p.stage][0] ? 'primary' : 'default'} onClick={() => setOpen(kind)}>
            {TRANSITION_FORMS[kind].title}
          </Button>
        ))}
        {registered && !p.keyProposal && <Button onClick={() => setOpen('key')}>设为重点提案</Button>}
        {registered && p.keyProposal && <Button onClick={() => setOpen('key')}>修改督办</Button>}
        {registered && p.keyProposal && (
          <Popconfirm title="取消重点提案？" okText="取消重点" cancelText="不取消"
            onConfirm={() => confirmStep({ kind: 'key', input: { key: false, leaders: [], activityIds: [] } }, '已取消重点提案')}>
            <Button>取消重点提案</Button>
          </Popconfirm>
        )}
        {registered && (
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
