// 数据核对: every figure of the catalogue for the chosen period — label, value and unit, how many
// records make it up — with the records one click away. Zero figures are marked, since a report
// must never print 0 without someone having looked.
import { useMemo, useState } from 'react';
import { Button, Input, Table, Tag } from 'antd';
import type { FigureResult } from '../../../domain/report/figure-catalogue';
import { recordCount } from '../../../domain/report/figure-result';
import { UnknownCodesNote } from './UnknownCodesNote';
import { namedCatalogue, namedValue, type FigureNaming } from '../figure-naming';

interface Props {
  figures: ReadonlyMap<string, FigureResult>;
  usedKeys: ReadonlySet<string>;
  /** The built report: its catalogue labelled, and its rates printed, as the document has them. */
  naming: FigureNaming;
  onOpen: (key: string) => void;
}

export function FigureCheckList({ figures, usedKeys, naming, onOpen }: Props) {
  const [search, setSearch] = useState('');
  const catalogue = useMemo(() => namedCatalogue(naming), [naming]);
  const rows = useMemo(() => {
    const q = search.trim();
    return catalogue.filter((f) => !q || f.label.includes(q) || f.group.includes(q) || f.key.includes(q)).map((f) => ({
      key: f.key, group: f.group, label: f.label, unit: f.unit, result: figures.get(f.key), used: usedKeys.has(f.key),
    }));
  }, [catalogue, figures, search, usedKeys]);
  return (
    <section aria-label="数据核对">
      <UnknownCodesNote dictionary={naming.dictionary} />
      <Input.Search allowClear placeholder="按名称或分组查找数字" style={{ width: 320, marginBottom: 12 }} onChange={(e) => setSearch(e.target.value)} aria-label="查找数字" />
      <Table
        size="small"
        rowKey="key"
        dataSource={rows}
        pagination={{ pageSize: 30, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: '分组', dataIndex: 'group', width: 90 },
          { title: '数字', dataIndex: 'label', render: (label: string, r) => <>{label}{r.used && <Tag color="blue" style={{ marginLeft: 8 }}>报告中使用</Tag>}</> },
          {
            title: '数值', width: 120, align: 'right',
            render: (_v, r) => r.result ? (
              <span style={{ color: r.result.value === 0 ? '#ad6800' : undefined }}>{namedValue(r.result, r.unit, naming, true)}</span>
            ) : '—',
          },
          { title: '记录数', width: 90, align: 'right', render: (_v, r) => (r.result ? recordCount(r.result) : 0) },
          { title: '', width: 100, render: (_v, r) => <Button size="small" onClick={() => onOpen(r.key)} aria-label={`查看“${r.label}”的记录`}>查看记录</Button> },
        ]}
      />
    </section>
  );
}
