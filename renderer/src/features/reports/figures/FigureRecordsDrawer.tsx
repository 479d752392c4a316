// "Why is 立案 86?": the records a figure counts, each linked to its own page, so staff can
// check and correct the ledger before the report is printed.
import { Drawer, Empty, Table, Typography } from 'antd';
import type { FigureResult } from '../../../domain/report/figure-catalogue';
import { hrefOf } from '../../../app/router';
import { tableLabel } from '../../../domain/ledger/ledger-tables';
import { routeOfFigureRecord } from './record-links';
import { namedFigure, namedValue, type FigureNaming } from '../figure-naming';

interface Props {
  figureKey: string | null;
  result: FigureResult | undefined;
  /** The built report: the figure is named, and its value printed, as the document has them. */
  naming: FigureNaming;
  onClose: () => void;
}

export function FigureRecordsDrawer({ figureKey, result, naming, onClose }: Props) {
  const definition = figureKey ? namedFigure(figureKey, naming) : undefined;
  const value = definition && result ? namedValue(result, definition.unit, naming) : '';
  return (
    <Drawer open={figureKey !== null} onClose={onClose} size="large" title={definition ? `${definition.label}：${value}` : ''} destroyOnHidden>
      {definition && result && (
        <section aria-label="数字的来源记录">
          <Typography.Paragraph type="secondary">
            {definition.unit === '%'
              ? `这是一个比率；下面列出作为分子计入的${result.records.length}条记录。`
              : `这个数字由下面${result.records.length}条记录计得。点击记录可打开它的页面核对或修改。`}
          </Typography.Paragraph>
          {result.records.length === 0 ? (
            <Empty description="没有对应的台账记录：请核对台账是否漏记" />
          ) : (
            <Table
              size="small"
              rowKey={(r, i) => `${r.table}:${r.id}:${i}`}
              dataSource={result.records}
              pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
              columns={[
                { title: '序号', width: 64, render: (_v, _r, i) => i + 1 },
                { title: '类别', dataIndex: 'table', width: 80, render: (t: string) => tableLabel(t) },
                {
                  title: '记录', dataIndex: 'label',
                  render: (label: string, r) => {
                    const route = routeOfFigureRecord(r);
                    return route ? <a href={hrefOf(route)}>{label}</a> : label;
                  },
                },
              ]}
            />
          )}
        </section>
      )}
    </Drawer>
  );
}
