// One grass-roots unit: its head and staff, the "八个有" checklist with dates, the members who
// live in its township, the township's activities of the chosen year, the work log and the
// record's history; 修改 and 删除 (to the recycle bin).
import { App, Button, Descriptions, List, Popconfirm, Space, Spin, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { formatChineseDate } from '../../domain/common/dates';
import { EIGHT_HAS } from '../../domain/stations/station';
import { hrefOf, navigate } from '../../app/router';
import { useSelectedYear } from '../../app/stores/year-store';
import { SampleTag } from '../shared/SampleTag';
import { RecordHistory } from '../history/RecordHistory';
import { useMemberNames } from '../opinions/use-member-names';
import { useUnitName } from './use-unit-name';
import { liveRows } from '../../domain/common/row-stamps';

export function StationDetailPage({ id }: { id: string }) {
  const { message } = App.useApp();
  const year = useSelectedYear();
  const unitName = useUnitName();
  const found = useLiveQuery(async () => (await appLedger.stations.getStation(id)) ?? null, [id]);
  const township = found?.township ?? '';
  const residents = useLiveQuery(() => appLedger.stations.listResidentMembers(township), [township]);
  const activities = useLiveQuery(() => appLedger.stations.listStationActivities(township, year), [township, year]);
  const names = useMemberNames();
  if (found === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (found === null) return <Typography.Text type="secondary">该{unitName}不存在或已被删除。</Typography.Text>;
  const s = found;
  const remove = async () => {
    await appLedger.stations.deleteStation(id);
    message.success('已移入回收站');
    navigate({ name: 'stations' });
  };
  return (
    <>
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 12 }} align="start">
        <Typography.Title level={4} style={{ margin: 0 }}>{s.township}{unitName.replace(/^乡镇/, '')} <SampleTag isSample={s.isSample} /></Typography.Title>
        <Space>
          <Button onClick={() => navigate({ name: 'station-edit', id })}>修改</Button>
          <Popconfirm title={`删除这个${unitName}？`} description="删除后可在回收站恢复" okText="删除" cancelText="取消" onConfirm={remove}>
            <Button danger>删除</Button>
          </Popconfirm>
        </Space>
      </Space>
      <Descriptions bordered size="small" column={2} items={[
        { key: 'date', label: '成立日期', children: formatChineseDate(s.establishedDate) },
        { key: 'head', label: '站长', children: s.head || '—' },
        { key: 'staff', label: '工作人员', span: 2, children: s.staffMemberIds.map((m) => <a key={m} href={hrefOf({ name: 'member', id: m })} style={{ marginRight: 8 }}>{names.get(m) ?? '（已清除的委员）'}</a>) },
        { key: 'note', label: '备注', span: 2, children: s.note },
      ]} />
      <section aria-label="八个有" style={{ marginTop: 16 }}>
        <Typography.Title level={5}>“八个有”</Typography.Title>
        <Space wrap>
          {EIGHT_HAS.map((item) => {
            const met = s.checklist.find((c) => c.item === item);
            return <Tag key={item} color={met ? 'green' : 'default'}>{item}{met ? `（${formatChineseDate(met.date)}）` : '（未达到）'}</Tag>;
          })}
        </Space>
      </section>
      <section aria-label="驻乡镇委员" style={{ marginTop: 16 }}>
        <Typography.Title level={5}>驻{s.township}委员（{residents?.length ?? 0}名）</Typography.Title>
        <Typography.Paragraph>{(residents ?? []).map((m) => m.name).join('、') || `委员名单中还没有所在乡镇为${s.township}的委员`}</Typography.Paragraph>
      </section>
      <section aria-label="组织的活动" style={{ marginTop: 16 }}>
        <Typography.Title level={5}>{year}年{s.township}组织的活动（{activities?.length ?? 0}次）</Typography.Title>
        <List size="small" dataSource={activities ?? []} locale={{ emptyText: '履职活动中还没有组织者为该乡镇的活动' }}
          renderItem={(a) => <List.Item><a href={hrefOf({ name: 'activity', id: a.id })}>{formatChineseDate(a.startDate)} {a.type}：{a.title}</a></List.Item>} />
      </section>
      <section aria-label="收集意见和解决问题" style={{ marginTop: 16 }}>
        <Typography.Title level={5}>收集意见和解决问题</Typography.Title>
        <Table rowKey="id" size="small" pagination={false} dataSource={liveRows(s.work)} locale={{ emptyText: '还没有记录' }}
          columns={[
            { title: '日期', dataIndex: 'date', width: 150, render: (d: string) => formatChineseDate(d) },
            { title: '收集意见', dataIndex: 'opinions', width: 100, render: (n: number) => `${n}条` },
            { title: '解决问题', dataIndex: 'problems', width: 100, render: (n: number) => `${n}个` },
            { title: '说明', dataIndex: 'note' },
          ]} />
      </section>
      <RecordHistory table="stations" recordId={id} collapsible />
    </>
  );
}
