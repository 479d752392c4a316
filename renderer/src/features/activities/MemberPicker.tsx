// 添加参加人员: a dialog listing the roll (surname-stroke order) filtered by 界别, 乡镇 and name;
// the user ticks members (or all that the filter shows) and 加入 adds them to the activity.
// Members already on the list are shown but cannot be ticked twice.
import { useMemo, useState } from 'react';
import { Button, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { Member } from '../../domain/members/member';
import { filterMembers, type MemberFilter } from '../../domain/members/member-filter';
import { optionsOf } from './activity-options';
import { useNameMatcher } from '../shared/pinyin-keys';

interface Props {
  open: boolean;
  alreadyIn: ReadonlySet<string>;
  onAdd: (members: Member[]) => void;
  onClose: () => void;
}

export function MemberPicker({ open, alreadyIn, onAdd, onClose }: Props) {
  const [filter, setFilter] = useState<MemberFilter>({});
  const [selected, setSelected] = useState<string[]>([]);
  // One query for the whole roll; the dialog filters it in memory with the domain's own filter,
  // so ticks made under one filter survive changing it.
  const all = useLiveQuery(() => appLedger.members.listMembers(), []);
  const dicts = useLiveQuery(() => appLedger.dictionary.loadDictionaries(), []);
  const matchName = useNameMatcher();
  const shown = useMemo(() => filterMembers(all ?? [], filter, matchName), [all, filter, matchName]);
  const set = (patch: MemberFilter) => setFilter((f) => ({ ...f, ...patch }));
  const pickable = shown.filter((m) => !alreadyIn.has(m.id));

  const close = () => {
    setSelected([]);
    setFilter({});
    onClose();
  };
  const confirm = () => {
    const ids = new Set(selected);
    onAdd((all ?? []).filter((m) => ids.has(m.id) && !alreadyIn.has(m.id)));
    close();
  };
  const toggle = (m: Member) => {
    if (alreadyIn.has(m.id)) return;
    setSelected((s) => (s.includes(m.id) ? s.filter((x) => x !== m.id) : [...s, m.id]));
  };

  return (
    <Modal
      open={open}
      title="添加参加人员"
      width={760}
      okText="加入"
      cancelText="取消"
      okButtonProps={{ disabled: selected.length === 0 }}
      onOk={confirm}
      onCancel={close}
      destroyOnHidden
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input aria-label="按姓名查找" placeholder="姓名或拼音首字母" allowClear style={{ width: 160 }} onChange={(e) => set({ nameQuery: e.target.value })} />
        <Select aria-label="界别" placeholder="界别" allowClear showSearch style={{ width: 140 }} options={optionsOf(dicts?.sector ?? [])} onChange={(v?: string) => set({ sector: v })} />
        <Select aria-label="乡镇" placeholder="乡镇" allowClear showSearch style={{ width: 140 }} options={optionsOf(dicts?.township ?? [])} onChange={(v?: string) => set({ township: v })} />
        <Button
          disabled={pickable.length === 0}
          onClick={() => setSelected((s) => [...new Set([...s, ...pickable.map((m) => m.id)])])}
        >
          全选筛选结果（{pickable.length}人）
        </Button>
      </Space>
      <Table<Member>
        rowKey="id"
        size="small"
        loading={all === undefined}
        dataSource={shown}
        pagination={{ pageSize: 10, showSizeChanger: false }}
        rowSelection={{
          selectedRowKeys: selected,
          preserveSelectedRowKeys: true,
          onChange: (keys) => setSelected(keys.map(String)),
          getCheckboxProps: (m) => ({ disabled: alreadyIn.has(m.id), 'aria-label': `选择${m.name}` }),
        }}
        onRow={(m) => ({
          // A click on the checkbox itself is handled by rowSelection; elsewhere on the row it ticks.
          onClick: (e) => {
            if (!(e.target as HTMLElement).closest('.ant-table-selection-column')) toggle(m);
          },
          style: { cursor: alreadyIn.has(m.id) ? 'default' : 'pointer' } })}
        locale={{ emptyText: all?.length === 0 ? '名册中还没有委员，请先在“委员”中添加' : '没有符合条件的委员' }}
        columns={[
          { title: '姓名', dataIndex: 'name', render: (name: string, m) => <>{name}{alreadyIn.has(m.id) && <Tag style={{ marginLeft: 8 }}>已在名单中</Tag>}</> },
          { title: '界别', dataIndex: 'sector' },
          { title: '乡镇', dataIndex: 'township' },
          { title: '委员职务', dataIndex: 'role', width: 90 },
          { title: '状态', dataIndex: 'status', width: 70 },
        ]}
      />
      <Typography.Text type="secondary">已选 {selected.length} 人（按姓氏笔画为序）</Typography.Text>
    </Modal>
  );
}
