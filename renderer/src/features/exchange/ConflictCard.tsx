// One record both PCs changed since they last exchanged: the fields that differ side by side,
// and the user's pick of 本机 or 对方 (preset to the later edit, as the merge rule would keep).
import { Card, Radio, Table, Typography } from 'antd';
import { TABLE_LABELS } from '../../domain/backup/field-labels';
import { recordLabel } from '../../domain/history/history-entry';
import { conflictFields, defaultSide, type Side, type TableChange } from '../../domain/exchange/exchange-merge';
import { formatDateTime } from '../shared/dates';

export function ConflictCard({ change, side, onChoose }: { change: TableChange; side: Side | undefined; onChoose: (side: Side) => void }) {
  const local = change.local!;
  const label = recordLabel(change.table, change.incoming);
  const rows = [
    ...conflictFields(local, change.incoming, change.listsWhole, change.table).map((f) => ({ key: f.field, label: f.label, local: f.before, incoming: f.after })),
    { key: '$updatedAt', label: '修改时间', local: formatDateTime(local.updatedAt), incoming: formatDateTime(change.incoming.updatedAt) },
  ];
  const picked = side ?? defaultSide(change);
  return (
    <Card size="small" title={`${TABLE_LABELS[change.table] ?? change.table}：${label}`} style={{ marginBottom: 12 }}>
      <section aria-label={`冲突：${label}`}>
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={rows}
          columns={[
            { title: '项目', dataIndex: 'label', width: 140 },
            { title: '本机', dataIndex: 'local' },
            { title: '对方', dataIndex: 'incoming' },
          ]}
        />
        <Typography.Text style={{ marginRight: 12 }}>保留：</Typography.Text>
        <Radio.Group aria-label={`保留哪一方：${label}`} value={picked} onChange={(e) => onChoose(e.target.value as Side)} style={{ marginTop: 8 }}>
          <Radio value="local">本机</Radio>
          <Radio value="incoming">对方</Radio>
        </Radio.Group>
        <Typography.Text type="secondary">（默认保留修改较晚的一方）</Typography.Text>
      </section>
    </Card>
  );
}
