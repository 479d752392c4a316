// "三个一" / 结对帮扶: the chosen year's figures as the seed reports them, then every link (member
// or 界别 → village and households) with its deeds; 新增结对 opens the form.
import { useState } from 'react';
import { Button, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { formatChineseDate } from '../../domain/common/dates';
import { liveDeeds, pairingLinkLabel, type Pairing } from '../../domain/pairings/pairing';
import { DEED_KINDS } from '../../domain/pairings/pairing';
import { hrefOf, navigate } from '../../app/router';
import { useSelectedYear } from '../../app/stores/year-store';
import { SampleTag } from '../shared/SampleTag';
import { useMemberNames } from '../opinions/use-member-names';
import { PairingForm } from './PairingForm';

export function PairingsPage() {
  const year = useSelectedYear();
  const rows = useLiveQuery(() => appLedger.pairings.listPairings(), []);
  const f = useLiveQuery(() => appLedger.pairings.loadPairingFigures(year), [year]);
  const names = useMemberNames();
  const [adding, setAdding] = useState(false);
  if (adding) {
    return (
      <>
        <Typography.Title level={4} style={{ marginTop: 0 }}>新增结对</Typography.Title>
        <PairingForm pairing={null} onSaved={(p) => navigate({ name: 'pairing', id: p.id })} onCancel={() => setAdding(false)} />
      </>
    );
  }
  const lines = f ? [
    ['参与界别', `${f.sectors.length}个`], ['结对委员', `${f.memberIds.length}名`], ['联系村', `${f.villages.length}个`], ['联系户', `${f.households}户`],
    [`${year}年办实事好事`, `${f.deeds.length}件次`], ...DEED_KINDS.map((k) => [k, `${f.deedsByKind[k]}件次`]), ['投入资金及物资折款', `${f.moneyWan.toFixed(2)}万元`],
  ] : [];
  return (
    <>
      <Space style={{ marginBottom: 16, justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>“三个一”结对帮扶</Typography.Title>
        <Button type="primary" onClick={() => setAdding(true)}>新增结对</Button>
      </Space>
      <section aria-label="结对帮扶数据" style={{ marginBottom: 12, padding: '8px 12px', background: '#fafafa', border: '1px solid #f0f0f0' }}>
        <Space wrap size="large">
          {lines.map(([label, value]) => <div key={label} role="group" aria-label={label}><Typography.Text type="secondary">{label}</Typography.Text> <Typography.Text strong>{value}</Typography.Text></div>)}
        </Space>
      </section>
      <Table<Pairing>
        rowKey="id" size="middle" loading={rows === undefined} dataSource={rows ?? []} pagination={{ pageSize: 50, showSizeChanger: false }}
        locale={{ emptyText: '还没有登记结对帮扶' }}
        columns={[
          { title: '结对主体', key: 'link', render: (_: unknown, p) => <><a href={hrefOf({ name: 'pairing', id: p.id })}>{pairingLinkLabel(p, (id) => names.get(id) ?? '（已删除的委员）')}</a> <SampleTag isSample={p.isSample} /></> },
          { title: '结对村', dataIndex: 'village' },
          { title: '帮扶户', key: 'households', render: (_: unknown, p) => p.households.join('、') },
          { title: '结对日期', dataIndex: 'startDate', width: 140, render: (d: string) => formatChineseDate(d) },
          { title: '帮扶事项', key: 'deeds', width: 100, render: (_: unknown, p) => `${liveDeeds(p).length}件次` },
        ]}
      />
    </>
  );
}
