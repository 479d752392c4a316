// On a proposal's page: the 社情民意 item it became when not registered (不予立案 → 社情民意信息).
import { Alert } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { hrefOf } from '../../app/router';

export function ConvertedOpinionNote({ proposalId, year }: { proposalId: string; year: number }) {
  const items = useLiveQuery(() => appLedger.opinions.listOpinionsFromProposal(proposalId, year), [proposalId, year]);
  if (!items?.length) return null;
  return (
    <Alert type="info" showIcon style={{ marginBottom: 16 }}
      title={<>已转为社情民意信息：{items.map((o) => <a key={o.id} href={hrefOf({ name: 'opinion', id: o.id })}>《{o.title}》</a>)}</>} />
  );
}
