// A 重点提案's 督办: the leaders who lead it and the 督办 activities from the activity ledger, each
// linking to its activity (which in turn lists the proposals it 督办s).
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { formatChineseDate } from '../../domain/common/dates';
import type { KeyProposal } from '../../domain/proposals/proposal';
import { hrefOf } from '../../app/router';

export function KeyProposalInfo({ keyProposal }: { keyProposal: KeyProposal }) {
  const ids = keyProposal.activityIds;
  const activities = useLiveQuery(async () => Promise.all(ids.map(async (id) => ({ id, found: await appLedger.activities.getActivity(id) }))), [ids]);
  return (
    <>
      <div>领衔督办：{keyProposal.leaders.join('、') || '—'}</div>
      {ids.length > 0 && (
        <div>
          督办活动：
          {(activities ?? []).map(({ id, found }, i) => (
            <span key={id}>
              {i > 0 && '；'}
              {found ? <a href={hrefOf({ name: 'activity', id })}>{found.activity.title}（{formatChineseDate(found.activity.startDate)}）</a> : '（已删除的活动）'}
            </span>
          ))}
        </div>
      )}
    </>
  );
}
