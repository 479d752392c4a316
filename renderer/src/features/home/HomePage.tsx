// 首页: the chosen year's first figures, counted from the ledger each time it changes.
import { useState } from 'react';
import { Card, Col, Empty, Row, Space, Statistic, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { useSelectedYear } from '../../app/stores/year-store';
import { formatPercent, type AttendanceSummary } from '../../domain/activities/attendance-summary';
import { ActivityCharts } from '../charts/ActivityCharts';
import { YearReportButton } from '../reports/YearReportButton';
import { DueStepsCard } from '../plans/DueStepsCard';
import { CommitteeSelect } from '../exchange/CommitteeSelect';

function MeetingCard({ title, figures }: { title: string; figures: AttendanceSummary & { meetings: number } }) {
  return (
    <Card title={title} size="small">
      <Row gutter={12}>
        <Col span={6}><Statistic title="召开" value={figures.meetings} suffix="次" /></Col>
        <Col span={6}><Statistic title="应到" value={figures.expected} suffix="人次" /></Col>
        <Col span={6}><Statistic title="实到" value={figures.present} suffix="人次" /></Col>
        <Col span={6}><Statistic title="出席率" value={formatPercent(figures.rate)} /></Col>
      </Row>
    </Card>
  );
}

export function HomePage() {
  const year = useSelectedYear();
  // A city ledger's figures for one county, or (undefined) all together (issue 6).
  const [committee, setCommittee] = useState<string | undefined>(undefined);
  const figures = useLiveQuery(() => appLedger.figures.loadHomeFigures(year, committee), [year, committee]);
  if (!figures) return null;
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
        <Col span={8}><Card size="small"><Statistic title="履职活动" value={figures.activityCount} suffix="项" /></Card></Col>
        <Col span={8}><Card size="small"><Statistic title="召开会议" value={figures.meetingsHeld} suffix="次" /></Card></Col>
        <Col span={8}><Card size="small"><Statistic title="委员参加活动" value={figures.participationPersonTimes} suffix="人次" /></Card></Col>
      </Row>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={12}><MeetingCard title="全体会议" figures={figures.plenary} /></Col>
        <Col span={12}><MeetingCard title="常委会议" figures={figures.standing} /></Col>
      </Row>
      <div style={{ marginBottom: 16 }}><ActivityCharts year={year} /></div>
      <Card title="按类型统计" size="small">
        {figures.byType.length === 0 ? (
          <Empty description={`${year}年度还没有履职活动记录`} />
        ) : (
          <Table rowKey="type" size="small" pagination={false} dataSource={figures.byType}
            columns={[{ title: '活动类型', dataIndex: 'type' }, { title: '次数', dataIndex: 'count', align: 'right' }]} />
        )}
      </Card>
    </>
  );
}
