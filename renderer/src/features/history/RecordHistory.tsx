// 修改记录: who created, changed, deleted or restored this record, when, and what changed — on
// every record's page. Written by the database layer (db/history), so it is always complete.
import { Empty, Timeline, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { HistoryEntry } from '../../domain/history/history-entry';
import { formatDateTime } from '../shared/dates';

function EntryText({ entry }: { entry: HistoryEntry }) {
  return (
    <>
      <Typography.Text strong>{entry.action}</Typography.Text>
      <Typography.Text type="secondary">
        {' '}
        {formatDateTime(entry.at)} {entry.operator || '（未填操作员）'}
      </Typography.Text>
      {entry.changes.map((c) => (
        <div key={c.field}>
          {c.label}：{c.before} → {c.after}
        </div>
      ))}
    </>
  );
}

export function RecordHistory({ table, recordId }: { table: string; recordId: string }) {
  const entries = useLiveQuery(() => appLedger.history.listRecordHistory(table, recordId), [table, recordId]);
  if (!entries) return null;
  return (
    <section aria-label="修改记录">
      <Typography.Title level={5}>修改记录</Typography.Title>
      {entries.length === 0 ? (
        <Empty description="没有修改记录（在本功能启用前录入的记录从下一次修改开始记录）" />
      ) : (
        <Timeline items={entries.map((e) => ({ key: e.id, content: <EntryText entry={e} /> }))} />
      )}
    </section>
  );
}
