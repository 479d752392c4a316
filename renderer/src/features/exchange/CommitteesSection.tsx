// 各政协记录: which committees the ledger holds records of, with how many of each kind — for a city
// office that imports its counties' packages. Records typed on this PC are its own
// committee's; a county ledger that never imported shows its own line only.
import { useLiveQuery } from 'dexie-react-hooks';
import { Card, Table, Tag } from 'antd';
import { appLedger } from '../../db/app-ledger';
import type { CommitteeCount } from '../../domain/exchange/committee-ledger';
import { committeeColumns } from './committees-view';

export function CommitteesSection() {
  const committees = useLiveQuery(() => appLedger.committees.loadCommitteeCounts(), []);
  return (
    <Card title="各政协记录" style={{ marginBottom: 16 }}>
      <section aria-label="各政协记录">
        <Table<CommitteeCount>
          size="small"
          rowKey="committee"
          loading={committees === undefined}
          dataSource={committees ?? []}
          locale={{ emptyText: '台账中还没有记录' }}
          pagination={false}
          columns={[
            { title: '政协', dataIndex: 'committee', render: (name: string, c) => <>{name}{c.own && <Tag style={{ marginLeft: 8 }}>本机</Tag>}</> },
            ...committeeColumns(committees ?? []).map((col) => ({
              title: col.label, key: col.table, align: 'right' as const, render: (_: unknown, c: CommitteeCount) => c.counts[col.table] ?? 0,
            })),
            { title: '合计', dataIndex: 'total', align: 'right' },
          ]}
        />
      </section>
    </Card>
  );
}
