// 修改记录: who created, changed, deleted or restored this record, when, and what changed — on
// every record's page. Written by the database layer (db/history), so it is always complete.
import { Collapse, Empty, Timeline, Typography } from 'antd';
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

function EntryList({ entries }: { entries: HistoryEntry[] }) {
  return entries.length === 0
    ? <Empty description="没有修改记录（在本功能启用前录入的记录从下一次修改开始记录）" />
    : <Timeline items={entries.map((e) => ({ key: e.id, content: <EntryText entry={e} /> }))} />;
}

/**
 * `collapsible`: folded under its heading at the bottom of a record's page, so a long history
 * does not push the record itself out of view; the heading says how many entries there are.
 */
export function RecordHistory({ table, recordId, collapsible = false }: { table: string; recordId: string; collapsible?: boolean }) {
  const entries = useLiveQuery(() => appLedger.history.listRecordHistory(table, recordId), [table, recordId]);
  if (!entries) return null;
  if (collapsible) {
    return (
      <section aria-label="修改记录" style={{ marginTop: 24 }}>
        <Collapse items={[{ key: 'history', label: `修改记录（${entries.length}条）`, children: <EntryList entries={entries} /> }]} />
      </section>
    );
  }
  return (
    <section aria-label="修改记录">
      <Typography.Title level={5}>修改记录</Typography.Title>
      <EntryList entries={entries} />
    </section>
  );
}
