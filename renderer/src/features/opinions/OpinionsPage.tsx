// 社情民意: the chosen year's items, newest first, filtered by issue (期), by the level that
// adopted them and by text; the year's figures above; tick items to 编入期刊.
import { useState } from 'react';
import { App, Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { ADOPTION_LEVELS, adoptionLabel, issueLabel, submittersLine, type Opinion } from '../../domain/opinions/opinion';
import { formatChineseDate } from '../../domain/common/dates';
import { hrefOf, navigate } from '../../app/router';
import { useSelectedYear } from '../../app/stores/year-store';
import { SampleTag } from '../shared/SampleTag';
import { useOpinionFilterStore } from './opinion-filter-store';
import { OpinionFiguresRow } from './OpinionFiguresRow';
import { CompileIssueModal } from './CompileIssueModal';
import { useMemberNames } from './use-member-names';
import { liveRows } from '../../domain/common/row-stamps';

export function OpinionsPage() {
  const { message } = App.useApp();
  const year = useSelectedYear();
  const { issueNumber, adoptedAt, query, issueChosen, levelChosen, queryTyped } = useOpinionFilterStore();
  const rows = useLiveQuery(() => appLedger.opinions.listOpinions(year, { issueNumber, adoptedAt, query }), [year, issueNumber, adoptedAt, query]);
  const issues = useLiveQuery(() => appLedger.opinions.listIssues(year), [year]);
  const names = useMemberNames();
  const [selected, setSelected] = useState<string[]>([]);
  const [compiling, setCompiling] = useState(false);

  const issueOptions = [
    { value: 0, label: '未编入期刊' },
    ...(issues ?? []).map((i) => ({ value: i.number, label: `${issueLabel(i)}（${i.items}条）` })),
  ];

  return (
    <>
      <Space style={{ marginBottom: 16, justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{year}年度社情民意信息</Typography.Title>
        <Space>
          <Button disabled={selected.length === 0} onClick={() => setCompiling(true)}>编入期刊{selected.length ? `（${selected.length}条）` : ''}</Button>
          <Button type="primary" onClick={() => navigate({ name: 'opinion-edit', id: null })}>新增社情民意</Button>
        </Space>
      </Space>
      <OpinionFiguresRow year={year} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Select aria-label="期刊" placeholder="全部期刊" allowClear style={{ width: 200 }} value={issueNumber} options={issueOptions} onChange={(v?: number) => issueChosen(v)} />
        <Select aria-label="采用级别" placeholder="全部采用情况" allowClear style={{ width: 160 }} value={adoptedAt}
          options={ADOPTION_LEVELS.map((l) => ({ value: l, label: `${l}政协采用` }))} onChange={(v?: (typeof ADOPTION_LEVELS)[number]) => levelChosen(v)} />
        <Input.Search aria-label="查找社情民意" placeholder="按标题或内容查找" allowClear style={{ width: 240 }} value={query} onChange={(e) => queryTyped(e.target.value)} />
        <Typography.Text type="secondary">共 {rows?.length ?? 0} 条</Typography.Text>
      </Space>
      <Table<Opinion>
        rowKey="id"
        size="middle"
        loading={rows === undefined}
        dataSource={rows ?? []}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        locale={{ emptyText: issueNumber !== undefined || adoptedAt || query ? '没有符合条件的信息' : `${year}年度还没有登记社情民意信息` }}
        columns={[
          { title: '收到日期', dataIndex: 'receivedDate', width: 140, render: (d: string) => formatChineseDate(d) },
          { title: '标题', dataIndex: 'title', render: (t: string, o) => <><a href={hrefOf({ name: 'opinion', id: o.id })}>{t}</a> <SampleTag isSample={o.isSample} /></> },
          { title: '报送人', key: 'submitters', width: 200, render: (_: unknown, o) => submittersLine(o, (id) => names.get(id) ?? '（已删除的委员）') },
          { title: '期刊', key: 'issue', width: 130, render: (_: unknown, o) => (o.issue ? issueLabel(o.issue) : <Typography.Text type="secondary">未编入</Typography.Text>) },
          { title: '采用', key: 'adoptions', width: 220, render: (_: unknown, o) => o.adoptions.map((a) => <Tag key={a.level} color="green">{adoptionLabel(a)}</Tag>) },
          { title: '批示', key: 'instructions', width: 70, render: (_: unknown, o) => (liveRows(o.instructions).length ? `${liveRows(o.instructions).length}次` : '') },
        ]}
      />
      {compiling && (
        <CompileIssueModal
          year={year}
          ids={selected}
          onCancel={() => setCompiling(false)}
          onDone={() => {
            setCompiling(false);
            message.success(`已编入期刊：${selected.length}条`);
            setSelected([]);
          }}
        />
      )}
    </>
  );
}
