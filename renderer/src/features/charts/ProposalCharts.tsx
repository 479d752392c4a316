// Proposals of a session or year by stage and by reply class, for the proposals dashboard.
// Counted by domain/charts/proposal-charts.ts; drawn by EChart.
import { useMemo } from 'react';
import { Card, Col, Empty, Row } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { ProposalScope } from '../../domain/proposals/proposal-figures';
import { EChart } from './EChart';
import { namedBarOption, pieOption } from './chart-options';

export function ProposalCharts({ scope }: { scope: ProposalScope }) {
  // Keyed by value, not by the scope object's identity, which a parent may rebuild every render.
  const session = scope.kind === 'session' ? scope.sessionKey : null;
  const year = scope.kind === 'year' ? scope.year : null;
  const data = useLiveQuery(
    () => appLedger.charts.loadProposalChartData(session !== null ? { kind: 'session', sessionKey: session } : { kind: 'year', year: year ?? 0 }),
    [session, year],
  );
  const options = useMemo(() => data && { stage: namedBarOption(data.byStage, '提案', '件'), reply: pieOption(data.byClass, '答复类别', '件') }, [data]);
  if (!data || !options) return null;
  const replied = data.byClass.some((c) => c.count > 0);
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Card size="small" title="提案办理状态">
          {data.byStage.length ? <EChart option={options.stage} label="提案办理状态图" /> : <Empty description="暂无提案" />}
        </Card>
      </Col>
      <Col span={12}>
        <Card size="small" title="答复类别">
          {replied ? <EChart option={options.reply} label="提案答复类别图" /> : <Empty description="暂无已办复的提案" />}
        </Card>
      </Col>
    </Row>
  );
}
