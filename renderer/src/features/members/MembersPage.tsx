// 委员名册: the roll filtered by 界别, 乡镇, 职务, 状态 and name, in surname-stroke order, with
// add, edit, delete (to the recycle bin), Excel import and export.
import { useState } from 'react';
import { App, Button, Input, Select, Space, Table, Typography } from 'antd';
import { SampleTag } from '../shared/SampleTag';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { memberDeletionNotice } from '../../domain/members/member-uses';
import { MEMBER_ROLES, MEMBER_STATUSES, type Member } from '../../domain/members/member';
import type { MemberFilter } from '../../domain/members/member-filter';
import { hrefOf } from '../../app/router';
import { MemberFormModal } from './MemberFormModal';
import { useSave } from '../shared/use-save';
import { useNameMatcher } from '../shared/pinyin-keys';
import { RollImportDialog } from './import/RollImportDialog';
import { ExportRollButton } from './import/ExportRollButton';

const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

export function MembersPage() {
  const { message, modal } = App.useApp();
  const removing = useSave('删除', false);
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

  // The question says what names the member, so a deletion never surprises; it stays soft either way.
  const remove = (m: Member) => removing.run(async () => {
    const notice = memberDeletionNotice(m.name, await appLedger.members.memberReferences(m.id));
    const go = await modal.confirm({ title: `删除 ${m.name}？`, content: notice || '删除后可在回收站恢复', okText: '删除', okButtonProps: { danger: true }, cancelText: '取消' });
    if (!go) return;
    await appLedger.members.deleteMember(m.id);
    message.success(`已将 ${m.name} 移入回收站`);
  });

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
                <Button type="link" size="small" danger onClick={() => void remove(m)}>删除</Button>
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
