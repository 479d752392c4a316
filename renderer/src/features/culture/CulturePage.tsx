// 文史资料 and 委员事迹宣传 of the chosen year: the figures a report quotes (万字, photos, volumes,
// copies, members interviewed), then the records, each to correct or delete; 新增 opens the form.
import { useState } from 'react';
import { App, Button, Popconfirm, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { formatChineseDate } from '../../domain/common/dates';
import { CULTURE_KIND_LABELS, volumeLabel, type CultureRecord } from '../../domain/culture/culture';
import { useSelectedYear } from '../../app/stores/year-store';
import { SampleTag } from '../shared/SampleTag';
import { useSave } from '../shared/use-save';
import { RecordHistory } from '../history/RecordHistory';
import { useMemberNames } from '../opinions/use-member-names';
import { CultureForm } from './CultureForm';

function detailOf(r: CultureRecord, nameOf: (id: string) => string): string {
  if (r.kind === '征集') return `${r.contributor ? `${r.contributor}提供，` : ''}${r.characters}字，图片${r.photos}张`;
  if (r.kind === '出版') return `${volumeLabel(r.volumeNumber)}，${r.characters}字，印${r.copies}册`;
  return `${nameOf(r.memberId)} · ${r.outlet}`;
}

export function CulturePage() {
  const { message } = App.useApp();
  const year = useSelectedYear();
  const rows = useLiveQuery(() => appLedger.culture.listCulture(year), [year]);
  const f = useLiveQuery(() => appLedger.culture.loadCultureFigures(year), [year]);
  const names = useMemberNames();
  const [editing, setEditing] = useState<CultureRecord | 'new' | null>(null);
  const { run } = useSave('删除', false);
  if (editing) {
    return (
      <>
        <Typography.Title level={4} style={{ marginTop: 0 }}>{editing === 'new' ? '新增文史资料' : `修改：${editing.title || CULTURE_KIND_LABELS[editing.kind]}`}</Typography.Title>
        <CultureForm record={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
        {editing !== 'new' && <RecordHistory table="culture" recordId={editing.id} collapsible />}
      </>
    );
  }
  const lines = f ? [
    ['收集文稿', `${f.collectedWan}万字`], ['收集图片', `${f.photos}张`], ['出版文史资料', `${f.volumes.length}辑`], ['出版字数', `${f.publishedWan}万字`],
    ['印数', `${f.copies}册`], ['采访委员', `${f.memberIds.length}名`], ['报道媒体', f.outlets.join('、') || '—'],
  ] : [];
  const remove = (id: string) => run(async () => {
    await appLedger.culture.deleteCulture(id);
    message.success('已移入回收站');
  });
  return (
    <>
      <Space style={{ marginBottom: 16, justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{year}年度文史资料和委员事迹宣传</Typography.Title>
        <Button type="primary" onClick={() => setEditing('new')}>新增文史资料</Button>
      </Space>
      <section aria-label="文史资料数据" style={{ marginBottom: 12, padding: '8px 12px', background: '#fafafa', border: '1px solid #f0f0f0' }}>
        <Space wrap size="large">
          {lines.map(([label, value]) => <div key={label} role="group" aria-label={label}><Typography.Text type="secondary">{label}</Typography.Text> <Typography.Text strong>{value}</Typography.Text></div>)}
        </Space>
      </section>
      <Table<CultureRecord> rowKey="id" size="middle" loading={rows === undefined} dataSource={rows ?? []} pagination={{ pageSize: 50, showSizeChanger: false }}
        locale={{ emptyText: `${year}年度还没有登记文史资料` }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 140, render: (d: string) => formatChineseDate(d) },
          { title: '类别', dataIndex: 'kind', width: 130, render: (k: CultureRecord['kind']) => CULTURE_KIND_LABELS[k] },
          { title: '标题', key: 'title', render: (_: unknown, r) => <>{r.title || '—'} <SampleTag isSample={r.isSample} /></> },
          { title: '情况', key: 'detail', render: (_: unknown, r) => detailOf(r, (id) => names.get(id) ?? '（已删除的委员）') },
          {
            title: '', key: 'actions', width: 140,
            render: (_: unknown, r) => (
              <Space>
                <Button size="small" onClick={() => setEditing(r)}>修改</Button>
                <Popconfirm title="删除这条记录？" description="删除后可在回收站恢复" okText="删除" cancelText="取消" onConfirm={() => remove(r.id)}><Button size="small" danger>删除</Button></Popconfirm>
              </Space>
            ),
          },
        ]} />
    </>
  );
}
