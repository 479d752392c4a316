// One 结对帮扶 link: who, which village and households, its deeds (newest first, each can be
// taken back), a form for the next deed, and the record's history; 修改 and 删除.
import { useState } from 'react';
import { App, Button, Descriptions, Popconfirm, Space, Spin, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { formatChineseDate } from '../../domain/common/dates';
import { liveDeeds, pairingLinkLabel, type Deed } from '../../domain/pairings/pairing';
import { navigate } from '../../app/router';
import { SampleTag } from '../shared/SampleTag';
import { RecordHistory } from '../history/RecordHistory';
import { useMemberNames } from '../opinions/use-member-names';
import { PairingForm } from './PairingForm';
import { DeedForm } from './DeedForm';

export function PairingDetailPage({ id }: { id: string }) {
  const { message } = App.useApp();
  const found = useLiveQuery(async () => (await appLedger.pairings.getPairing(id)) ?? null, [id]);
  const names = useMemberNames();
  const [editing, setEditing] = useState(false);
  if (found === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (found === null) return <Typography.Text type="secondary">该结对记录不存在或已被删除。</Typography.Text>;
  const p = found;
  const label = pairingLinkLabel(p, (m) => names.get(m) ?? '（已删除的委员）');
  if (editing) {
    return (
      <>
        <Typography.Title level={4} style={{ marginTop: 0 }}>修改结对：{label} → {p.village}</Typography.Title>
        <PairingForm pairing={p} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
      </>
    );
  }
  const remove = async () => {
    await appLedger.pairings.deletePairing(id);
    message.success('已移入回收站');
    navigate({ name: 'pairings' });
  };
  const deeds = [...liveDeeds(p)].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <>
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 12 }} align="start">
        <Typography.Title level={4} style={{ margin: 0 }}>结对帮扶：{label} → {p.village} <SampleTag isSample={p.isSample} /></Typography.Title>
        <Space>
          <Button onClick={() => setEditing(true)}>修改</Button>
          <Popconfirm title="删除这项结对？" description="删除后可在回收站恢复" okText="删除" cancelText="取消" onConfirm={remove}><Button danger>删除</Button></Popconfirm>
        </Space>
      </Space>
      <Descriptions bordered size="small" column={2} items={[
        { key: 'link', label: '结对主体', children: label },
        { key: 'date', label: '结对日期', children: formatChineseDate(p.startDate) },
        { key: 'households', label: '帮扶户', span: 2, children: p.households.join('、') || '—' },
        { key: 'note', label: '备注', span: 2, children: p.note },
      ]} />
      <section aria-label="帮扶事项" style={{ marginTop: 16 }}>
        <Typography.Title level={5}>帮扶事项</Typography.Title>
        <DeedForm pairingId={id} />
        <Table<Deed> rowKey="id" size="small" pagination={false} dataSource={deeds} locale={{ emptyText: '还没有记录帮扶事项' }}
          columns={[
            { title: '日期', dataIndex: 'date', width: 140, render: (d: string) => formatChineseDate(d) },
            { title: '类别', dataIndex: 'kind', width: 110 },
            { title: '事项', dataIndex: 'description' },
            { title: '金额（元）', dataIndex: 'amountYuan', width: 120, render: (n: number) => n.toFixed(2) },
            {
              title: '', key: 'remove', width: 80,
              render: (_: unknown, d) => <Popconfirm title="撤销这件帮扶事项？" okText="撤销" cancelText="取消" onConfirm={() => appLedger.pairings.removeDeed(id, d.id)}><Button size="small">撤销</Button></Popconfirm>,
            },
          ]} />
      </section>
      <RecordHistory table="pairings" recordId={id} collapsible />
    </>
  );
}
