// The grass-roots units, one per township: the chosen year's figures above, then each unit with
// its head, staff, "八个有" progress and resident members; 新增 and the unit's name as a setting.
import { useState } from 'react';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { formatChineseDate } from '../../domain/common/dates';
import { EIGHT_HAS, checklistMetBy, type Station } from '../../domain/stations/station';
import { toIsoDate } from '../../domain/common/dates';
import { hrefOf, navigate } from '../../app/router';
import { useSelectedYear } from '../../app/stores/year-store';
import { SampleTag } from '../shared/SampleTag';
import { useMemberNames } from '../opinions/use-member-names';
import { StationFiguresRow } from './StationFiguresRow';
import { UnitNameModal } from './UnitNameModal';
import { useUnitName } from './use-unit-name';

export function StationsPage() {
  const year = useSelectedYear();
  const unitName = useUnitName();
  const rows = useLiveQuery(() => appLedger.stations.listStations(), []);
  const names = useMemberNames();
  const [renaming, setRenaming] = useState(false);
  const today = toIsoDate(new Date());
  return (
    <>
      <Space style={{ marginBottom: 16, justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{unitName}</Typography.Title>
        <Space>
          <Button onClick={() => setRenaming(true)}>名称设置</Button>
          <Button type="primary" onClick={() => navigate({ name: 'station-edit', id: null })}>新增{unitName}</Button>
        </Space>
      </Space>
      <StationFiguresRow year={year} unitName={unitName} />
      <Table<Station>
        rowKey="id"
        size="middle"
        loading={rows === undefined}
        dataSource={rows ?? []}
        pagination={false}
        locale={{ emptyText: `还没有登记${unitName}` }}
        columns={[
          { title: '乡镇', dataIndex: 'township', render: (t: string, s) => <><a href={hrefOf({ name: 'station', id: s.id })}>{t}</a> <SampleTag isSample={s.isSample} /></> },
          { title: '成立日期', dataIndex: 'establishedDate', width: 150, render: (d: string) => formatChineseDate(d) },
          { title: '站长', dataIndex: 'head', width: 100 },
          { title: '工作人员', key: 'staff', render: (_: unknown, s) => s.staffMemberIds.map((id) => names.get(id) ?? '（已删除的委员）').join('、') },
          {
            title: '八个有', key: 'checklist', width: 120,
            render: (_: unknown, s) => {
              const met = checklistMetBy(s, today);
              return met === EIGHT_HAS.length ? <Tag color="green">已全部达到</Tag> : `${met}/${EIGHT_HAS.length}`;
            },
          },
        ]}
      />
      {renaming && <UnitNameModal current={unitName} onClose={() => setRenaming(false)} />}
    </>
  );
}
