// 回收站: every deleted record, restorable; purging asks first and cannot be undone.
import { App, Button, Empty, Popconfirm, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { BinItem } from '../../db/recycle-bin';
import { tableLabel } from '../../domain/ledger/ledger-tables';
import { useSave } from '../shared/use-save';

function formatDeletedAt(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export function RecycleBinPage() {
  const { message } = App.useApp();
  const { run } = useSave('完成操作', false);
  const items = useLiveQuery(() => appLedger.recycleBin.listRecycleBin(), []);
  const restore = (item: BinItem) => run(async () => {
    await appLedger.recycleBin.restoreFromBin(item.kind, item.id);
    message.success(`已恢复${tableLabel(item.kind)}：${item.title}`);
  });
  const purge = (item: BinItem) => run(async () => {
    const r = await appLedger.recycleBin.purgeFromBin(item.kind, item.id);
    if (r.ok) message.success(`已彻底删除：${item.title}`);
    else message.warning(`“${item.title}”未删除：${r.message}`);
  });
  const purgeAll = () => run(async () => {
    const { purged, kept } = await appLedger.recycleBin.emptyRecycleBin();
    if (kept.length === 0) message.success(`已清空回收站（${purged}项）`);
    else message.warning(`已彻底删除${purged}项；${kept.length}项保留：${kept.map((k) => `“${k.title}”${k.message}`).join('；')}`);
  });
  return (
    <>
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>回收站</Typography.Title>
        <Popconfirm title="清空回收站？" description="回收站里的全部记录将被彻底删除，无法恢复。" okText="彻底删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={purgeAll}>
          <Button danger disabled={!items?.length}>清空回收站</Button>
        </Popconfirm>
      </Space>
      <Table<BinItem>
        rowKey={(i) => `${i.kind}:${i.id}`}
        loading={items === undefined}
        dataSource={items ?? []}
        locale={{ emptyText: <Empty description="回收站是空的" /> }}
        columns={[
          { title: '类别', dataIndex: 'kind', width: 80, render: (k: BinItem['kind']) => tableLabel(k) },
          { title: '名称', dataIndex: 'title' },
          { title: '说明', dataIndex: 'detail' },
          { title: '删除时间', dataIndex: 'deletedAt', width: 180, render: formatDeletedAt },
          {
            title: '操作', key: 'actions', width: 170,
            render: (_: unknown, item) => (
              <Space>
                <Button size="small" onClick={() => void restore(item)}>恢复</Button>
                <Popconfirm title={`彻底删除“${item.title}”？`} description="彻底删除后无法恢复。" okText="彻底删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => purge(item)}>
                  <Button size="small" danger>彻底删除</Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
