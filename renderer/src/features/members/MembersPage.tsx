// 委员名册: the roll filtered by 界别, 乡镇, 职务, 状态 and name, in surname-stroke order, with
// add, edit, delete (to the recycle bin), Excel import and export.
import { useState } from 'react';
import { App, Button, Input, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { SampleTag } from '../shared/SampleTag';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { MEMBER_ROLES, MEMBER_STATUSES, type Member } from '../../domain/members/member';
import type { MemberFilter } from '../../domain/members/member-filter';
import { hrefOf } from '../../app/router';
import { MemberFormModal } from './MemberFormModal';
import { useNameMatcher } from '../shared/pinyin-keys';
import { RollImportDialog } from './import/RollImportDialog';
import { ExportRollButton } from './import/ExportRollButton';

const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

export function MembersPage() {
  const { message } = App.useApp();
  const [filter, setFilter] = useState<MemberFilter>({});
  const [editing, setEditing] = useState<Member | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const { sector, township, role, status, nameQuery } = filter;
  const matchName = useNameMatcher();
  const listed = useLiveQuery(() => appLedger.members.listMembers({ sector, township, role, status }), [sector, township, role, status]);
  // The name (or its pinyin initials) is matched here, by the one matcher every picker uses.
  const members = listed?.filter((m) => !nameQuery || matchName(m.name, nameQuery));
  const dicts = useLiveQuery(() => appLedger.dictionary.loadDictionaries(), []);
  const settings = useLiveQuery(() => appLedger.settings.getSettings(), []);
  const set = (patch: MemberFilter) => setFilter((f) => ({ ...f, ...patch }));

  const remove = async (m: Member) => {
    await appLedger.members.deleteMember(m.id);
    message.success(`已将 ${m.name} 移入回收站`);
  };

  return (
    <>
      <Space style={{ marginBottom: 16, justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>委员名册</Typography.Title>
        <Space>
          <Button type="primary" onClick={() => setEditing('new')}>添加委员</Button>
          <Button onClick={() => setImporting(true)}>导入名册</Button>
          <ExportRollButton />
        </Space>
      </Space>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search aria-label="按姓名搜索" placeholder="姓名或拼音首字母" allowClear style={{ width: 180 }} onChange={(e) => set({ nameQuery: e.target.value })} />
        <Select aria-label="界别" placeholder="界别" allowClear style={{ width: 140 }} options={options(dicts?.sector ?? [])} onChange={(v?: string) => set({ sector: v })} />
        <Select aria-label="乡镇" placeholder="乡镇" allowClear style={{ width: 140 }} options={options(dicts?.township ?? [])} onChange={(v?: string) => set({ township: v })} />
        <Select aria-label="职务" placeholder="职务" allowClear style={{ width: 110 }} options={options(MEMBER_ROLES)} onChange={(v?: Member['role']) => set({ role: v })} />
        <Select aria-label="状态" placeholder="状态" allowClear style={{ width: 100 }} options={options(MEMBER_STATUSES)} onChange={(v?: Member['status']) => set({ status: v })} />
        <Typography.Text type="secondary">共 {members?.length ?? 0} 人（按姓氏笔画为序）</Typography.Text>
      </Space>
      <Table<Member>
        rowKey="id"
        size="middle"
        loading={members === undefined}
        dataSource={members ?? []}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        columns={[
          { title: '姓名', dataIndex: 'name', render: (name: string, m) => (
            <Space size={4}>
              <a href={hrefOf({ name: 'member', id: m.id })}>{name}</a>
              <SampleTag isSample={m.isSample} />
            </Space>
          ) },
          { title: '性别', dataIndex: 'gender', width: 60 },
          { title: '界别', dataIndex: 'sector' },
          { title: '党派', dataIndex: 'party' },
          { title: '乡镇', dataIndex: 'township' },
          { title: '工作单位及职务', dataIndex: 'workplace', ellipsis: true },
          { title: '委员职务', dataIndex: 'role', width: 90 },
          { title: '状态', dataIndex: 'status', width: 70 },
          {
            title: '操作', key: 'actions', width: 130,
            render: (_: unknown, m) => (
              <Space>
                <Button type="link" size="small" onClick={() => setEditing(m)}>编辑</Button>
                <Popconfirm title={`删除 ${m.name}？`} description="删除后可在回收站恢复" okText="删除" cancelText="取消" onConfirm={() => remove(m)}>
                  <Button type="link" size="small" danger>删除</Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing && <MemberFormModal member={editing === 'new' ? null : editing} term={settings?.committee.term ?? 1} onClose={() => setEditing(null)} />}
      <RollImportDialog open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
