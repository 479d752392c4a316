// The year's plan and "1234" figures at the top of 工作要点, counted from the ledger each time it changes.
import { Card, Col, Row, Statistic } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';

export function PlanFiguresRow({ year }: { year: number }) {
  const f = useLiveQuery(() => appLedger.plans.loadPlanFigures(year), [year]);
  if (!f) return null;
  const stat = (title: string, value: number, suffix: string) => (
    <Col span={3}><Card size="small"><Statistic title={title} value={value} suffix={suffix} /></Card></Col>
  );
  return (
    <section aria-label="工作要点统计">
      <Row gutter={12} style={{ marginBottom: 16 }}>
        {stat('计划项目', f.planned.length, '项')}
        {stat('已完成', f.done.length, '项')}
        {stat('尚未完成', f.notDone.length, '项')}
        {stat('“1234”活动', f.ruleActivities.length, '次')}
        {stat('方案按时', f.steps.scheme.onTime.length, '次')}
        {stat('通知按时', f.steps.notice.onTime.length, '次')}
        {stat('材料按时', f.steps.materials.onTime.length, '次')}
        {stat('成果报告', f.reported.length, '次')}
      </Row>
    </section>
  );
}
