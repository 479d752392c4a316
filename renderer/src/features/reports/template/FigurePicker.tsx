// The figure picker: the catalogue by group, searchable, each with its value for the chosen
// period, so staff insert {{key}} without ever typing one; tables and charts are offered too.
import { useMemo, useState } from 'react';
import { Input, Modal, Table } from 'antd';
import type { FigureDefinition, FigureResult } from '../../../domain/report/figure-catalogue';
import { CONTEXT_PLACEHOLDERS } from '../../../domain/report/report-template';
import { REPORT_TABLES, TABLE_PREFIX } from '../../../domain/report/report-tables';
import { CHART_PREFIX, REPORT_CHARTS } from '../../../domain/report/report-charts';
import { namedCatalogue, namedValue, type FigureNaming } from '../figure-naming';

interface PickRow {
  key: string;
  group: string;
  label: string;
  value: string;
}

function rowsOf(figures: ReadonlyMap<string, FigureResult>, catalogue: readonly FigureDefinition[], naming: FigureNaming): PickRow[] {
  const context = Object.entries(CONTEXT_PLACEHOLDERS).map(([key, label]) => ({ key, group: '报告信息', label, value: '' }));
  const tables = REPORT_TABLES.map((t) => ({ key: TABLE_PREFIX + t.key, group: '表格（单独成段）', label: t.caption, value: '' }));
  const numbers = catalogue.map((f) => {
    const r = figures.get(f.key);
    return { key: f.key, group: f.group, label: f.label, value: r ? namedValue(r, f.unit, naming) : '' };
  });
  const charts = REPORT_CHARTS.map((c) => ({ key: CHART_PREFIX + c.key, group: '图表（单独成段）', label: c.caption, value: '' }));
  return [...numbers, ...context, ...tables, ...charts];
}

interface Props {
  open: boolean;
  figures: ReadonlyMap<string, FigureResult>;
  /** The ledger's naming: the office's own types offered, and every figure named and printed, as its documents have them. */
  naming: FigureNaming;
  onPick: (key: string) => void;
  onClose: () => void;
}

export function FigurePicker({ open, figures, naming, onPick, onClose }: Props) {
  const [search, setSearch] = useState('');
  const catalogue = useMemo(() => namedCatalogue(naming), [naming]);
  const all = useMemo(() => rowsOf(figures, catalogue, naming), [figures, catalogue, naming]);
  const q = search.trim();
  const rows = q ? all.filter((r) => r.label.includes(q) || r.group.includes(q) || r.key.includes(q)) : all;
  return (
    <Modal open={open} title="插入统计数字" footer={null} onCancel={onClose} width={720} destroyOnHidden>
      <Input.Search autoFocus allowClear placeholder="输入名称查找，如 立案、视察、出席率" aria-label="查找统计数字" onChange={(e) => setSearch(e.target.value)} style={{ marginBottom: 12 }} />
      <Table
        size="small"
        rowKey="key"
        dataSource={rows}
        scroll={{ y: 420 }}
        pagination={false}
        onRow={(r) => ({ onClick: () => onPick(r.key), style: { cursor: 'pointer' } })}
        columns={[
          { title: '分组', dataIndex: 'group', width: 130, filters: [...new Set(all.map((r) => r.group))].map((g) => ({ text: g, value: g })), onFilter: (v, r) => r.group === v },
          { title: '名称', dataIndex: 'label', render: (label: string) => <a>{label}</a> },
          { title: '当前数值', dataIndex: 'value', width: 110, align: 'right' },
        ]}
      />
    </Modal>
  );
}
