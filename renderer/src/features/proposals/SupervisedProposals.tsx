// On an activity's page: the 重点提案 this activity 督办s (the other side of a key proposal's
// 督办活动), each linking to its proposal. Shows nothing when the activity 督办s none.
import { Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { sessionLabelOf } from '../../domain/proposals/proposal';
import { hrefOf } from '../../app/router';

export function SupervisedProposals({ activityId }: { activityId: string }) {
  const proposals = useLiveQuery(() => appLedger.proposals.listProposalsSupervisedBy(activityId), [activityId]);
  if (!proposals?.length) return null;
  return (
    <section aria-label="督办的重点提案" style={{ marginTop: 24 }}>
      <Typography.Title level={5}>督办的重点提案</Typography.Title>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {proposals.map((p) => (
          <li key={p.id}>
            <a href={hrefOf({ name: 'proposal', id: p.id })}>{sessionLabelOf(p)}第{p.number}号《{p.title}》</a>
            {p.keyProposal?.leaders.length ? `（领衔督办：${p.keyProposal.leaders.join('、')}）` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
