// 交换记录: every package imported here (what it did) and exported from here, newest first.
import { useLiveQuery } from 'dexie-react-hooks';
import { Card, Table } from 'antd';
import { appLedger } from '../../db/app-ledger';
import { VERDICT_LABELS } from '../../domain/exchange/exchange-merge';
import type { ExchangeLogEntry } from '../../domain/exchange/exchange-log';
import { formatDateTime } from '../shared/dates';
import { describeLogEntry, describeSince, describeVerdicts } from './exchange-view';

export function ExchangeLogSection() {
  const log = useLiveQuery(() => appLedger.exchange.listExchangeLog(), []);
  return (
    <Card title="交换记录">
      <section aria-label="交换记录">
        <Table<ExchangeLogEntry>
          size="small"
          rowKey="id"
          loading={log === undefined}
          dataSource={log ?? []}
          locale={{ emptyText: '还没有导入或导出过交换包' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: '时间', dataIndex: 'at', render: (at: string) => formatDateTime(at), width: 170 },
            { title: '操作', key: 'what', render: (_, e) => describeLogEntry(e) },
            { title: '文件', dataIndex: 'fileName' },
            { title: '交换包生成于', dataIndex: 'packageCreatedAt', render: (at: string, e) => `${formatDateTime(at)}（${describeSince(e.since)}）` },
            { title: '结果', key: 'verdicts', render: (_, e) => describeVerdicts(e.verdicts, VERDICT_LABELS) },
            { title: '操作员', dataIndex: 'operator', width: 90 },
          ]}
        />
      </section>
    </Card>
  );
}
