// The preview of a 提案办理情况一览表 import: every row as it would be imported, its problems in red
// (will not be imported) or orange (please look), the columns the header search was unsure of,
// and a summary of what 确认导入 will write.
import { useState } from 'react';
import { Alert, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { ProposalImportPlan, ProposalPreviewRow } from '../../../domain/proposals/proposal-table-import';
import type { ProposalTableSource } from './proposal-table-source';

type Filter = 'all' | 'error' | 'warning';
const ERRORS_LISTED = 10;

function Problems({ row }: { row: ProposalPreviewRow }) {
  return (
    <Space orientation="vertical" size={0}>
      {row.problems.map((p) => (
        <Typography.Text key={p.message} type={p.severity === 'error' ? 'danger' : 'warning'}>{p.message}</Typography.Text>
      ))}
    </Space>
  );
}

function StatusTag({ row }: { row: ProposalPreviewRow }) {
  if (row.severity === 'error') return <Tag color="error">不导入</Tag>;
  return row.severity === 'warning' ? <Tag color="warning">请核对</Tag> : <Tag color="success">可导入</Tag>;
}

export function ProposalImportPreview({ source, plan }: { source: ProposalTableSource; plan: ProposalImportPlan }) {
  const [filter, setFilter] = useState<Filter>('all');
  const { rows, header } = source;
  const errorRows = rows.filter((r) => r.severity === 'error');
  const warningRows = rows.filter((r) => r.severity === 'warning');
  const shown = filter === 'all' ? rows : filter === 'error' ? errorRows : warningRows;

  return (
    <Space orientation="vertical" size="medium" style={{ width: '100%' }}>
      <Alert
        type={plan.proposals.length ? 'info' : 'warning'}
        showIcon
        title={`将导入 ${plan.proposals.length} 件提案，跳过 ${plan.errorRowCount} 行（有错误）`}
        description={`表头在第${header.headerRowIndex + 1}行，共读到 ${rows.length} 行提案。红色的问题会使该行不能导入，橙色的提醒请核对；点“确认导入”之前不会写入任何数据。`}
      />
      {header.notes.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title="以下几列请核对（不认识的列不会导入）"
          description={<ul style={{ margin: 0, paddingLeft: 20 }}>{header.notes.map((n) => <li key={n}>{n}</li>)}</ul>}
        />
      )}
      {errorRows.length > 0 && (
        <Alert
          type="error"
          title={`以下 ${errorRows.length} 行有错误，不会导入（可在 Excel 中改正后重新导入）`}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {errorRows.slice(0, ERRORS_LISTED).flatMap((r) => r.problems.filter((p) => p.severity === 'error')).map((p) => <li key={p.message}>{p.message}</li>)}
              {errorRows.length > ERRORS_LISTED && <li>……其余 {errorRows.length - ERRORS_LISTED} 行见下表</li>}
            </ul>
          }
        />
      )}
      <Segmented<Filter>
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'all', label: `全部（${rows.length}）` },
          { value: 'error', label: `有错误（${errorRows.length}）` },
          { value: 'warning', label: `请核对（${warningRows.length}）` },
        ]}
      />
      <Table<ProposalPreviewRow>
        rowKey="rowNumber"
        size="small"
        dataSource={shown}
        scroll={{ x: 1200 }}
        pagination={{ defaultPageSize: 100, pageSizeOptions: [50, 100, 500], showSizeChanger: true }}
        columns={[
          { title: '行号', dataIndex: 'rowNumber', width: 80, fixed: 'left', render: (n: number) => `第${n}行` },
          { title: '届次会议', key: 'session', width: 120, render: (_: unknown, r) => r.cells.session },
          { title: '案号', key: 'number', width: 60, render: (_: unknown, r) => r.proposal?.number ?? r.cells.number },
          { title: '案由', key: 'title', ellipsis: true, render: (_: unknown, r) => r.cells.title },
          { title: '提案者', key: 'proposers', width: 130, ellipsis: true, render: (_: unknown, r) => r.cells.proposers },
          { title: '主办', key: 'mainUnit', width: 140, ellipsis: true, render: (_: unknown, r) => r.cells.mainUnit },
          { title: '导入后阶段', key: 'stage', width: 95, render: (_: unknown, r) => r.proposal?.stage ?? '' },
          { title: '状态', key: 'status', width: 80, render: (_: unknown, r) => <StatusTag row={r} /> },
          { title: '问题', key: 'problems', width: 360, render: (_: unknown, r) => <Problems row={r} /> },
        ]}
      />
    </Space>
  );
}
