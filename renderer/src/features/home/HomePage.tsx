// 首页: the chosen year's first figures, counted from the ledger each time it changes. The screen
// comes up before they are counted (a ten-year ledger's year takes a moment): every figure says
// 正在统计… until its number is in, and the charts follow the figures.
import { lazy, Suspense, useState } from 'react';
import { Card, Col, Empty, Row, Space, Statistic, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { useSelectedYear } from '../../app/stores/year-store';
import { HOME_MEETINGS, HOME_TOTALS, type HomeFigure, type HomeFigures } from '../../domain/figures/home-figures';
import { figureText } from '../../domain/report/report-text';
import { activityTypeByCode } from '../../domain/dictionaries/activity-types';
import { ActivityCharts } from '../charts/ActivityCharts';
import { YearReportButton } from '../reports/YearReportButton';
import { DueStepsCard } from '../plans/DueStepsCard';
import { CommitteeSelect } from '../exchange/CommitteeSelect';

const COUNTING = '正在统计…';
// The counts by type are a table only once the figures are in: antd's table code loads then, not
// with the screen's frame (it is the largest part of the home screen's code).
const Table = lazy(() => import('antd/es/table'));

/** One catalogue figure, printed as a report prints it (出席率 with nobody expected is —); 正在统计… until counted. */
function FigureStatistic({ figure, figures }: { figure: HomeFigure; figures: HomeFigures | undefined }) {
  if (!figures) return <Statistic title={figure.label} valueRender={() => <Typography.Text type="secondary">{COUNTING}</Typography.Text>} />;
  const text = figureText(figures.figures.get(figure.key), figure.unit, figures.rateDecimals);
  const unit = figure.unit === '%' || text === '—' ? undefined : figure.unit;
  return <Statistic title={figure.label} value={text} suffix={unit} />;
}

export function HomePage() {
  const year = useSelectedYear();
  // A city ledger's figures for one county, or (undefined) all together.
  const [committee, setCommittee] = useState<string | undefined>(undefined);
  const figures = useLiveQuery(() => appLedger.figures.loadHomeFigures(year, committee), [year, committee]);
  const typeNames = useLiveQuery(() => appLedger.dictionary.loadActivityTypeNames(), []);
  return (
    <>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography.Title level={4}>{year}年度概况</Typography.Title>
        <Space>
          <CommitteeSelect value={committee} onChange={setCommittee} />
          <YearReportButton year={year} committee={committee} />
        </Space>
      </div>
      <DueStepsCard />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {HOME_TOTALS.map((f) => <Col key={f.key} span={8}><Card size="small"><FigureStatistic figure={f} figures={figures} /></Card></Col>)}
      </Row>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {HOME_MEETINGS.map((m) => (
          <Col key={m.code} span={12}>
            <Card title={typeNames?.get(m.code) ?? activityTypeByCode(m.code)!.name} size="small">
              <Row gutter={12}>{m.figures.map((f) => <Col key={f.key} span={6}><FigureStatistic figure={f} figures={figures} /></Col>)}</Row>
            </Card>
          </Col>
        ))}
      </Row>
      {figures && <div style={{ marginBottom: 16 }}><ActivityCharts year={year} /></div>}
      <Card title="按类型统计" size="small">
        {!figures ? (
          <Typography.Text type="secondary">{COUNTING}</Typography.Text>
        ) : figures.byType.length === 0 ? (
          <Empty description={`${year}年度还没有履职活动记录`} />
        ) : (
          <Suspense fallback={<Typography.Text type="secondary">{COUNTING}</Typography.Text>}>
            <Table rowKey="type" size="small" pagination={false} dataSource={figures.byType}
              columns={[{ title: '活动类型', dataIndex: 'type' }, { title: '次数', dataIndex: 'count', align: 'right' }]} />
          </Suspense>
        )}
      </Card>
    </>
  );
}
