// The home screen's charts for the chosen year: activities by month and by type, and
// participation by 界别. Counted by domain/charts/activity-charts.ts; drawn by EChart.
import { useMemo } from 'react';
import { Card, Col, Empty, Row } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { EChart } from './EChart';
import { monthBarOption, namedBarOption, sectorOption } from './chart-options';

export function ActivityCharts({ year }: { year: number }) {
  const data = useLiveQuery(() => appLedger.charts.loadActivityChartData(year), [year]);
  const options = useMemo(
    () => data && { month: monthBarOption(data.byMonth), type: namedBarOption(data.byType, '履职活动', '项'), sector: sectorOption(data.bySector) },
    [data],
  );
  if (!data || !options) return null;
  if (data.byType.length === 0) return <Card size="small" title="图表"><Empty description={`${year}年度还没有履职活动，暂无图表`} /></Card>;
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Card size="small" title="各月履职活动">
          <EChart option={options.month} label={`${year}年各月履职活动图`} />
        </Card>
      </Col>
      <Col span={12}>
        <Card size="small" title="履职活动类型">
          <EChart option={options.type} label={`${year}年履职活动类型图`} />
        </Card>
      </Col>
      <Col span={24} style={{ marginTop: 16 }}>
        <Card size="small" title="各界别参加活动情况">
          <EChart option={options.sector} label={`${year}年各界别参加活动图`} height={300} />
        </Card>
      </Col>
    </Row>
  );
}
