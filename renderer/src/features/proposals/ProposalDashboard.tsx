// 提案统计: every figure of computeProposalFigures for the chosen session or year, each with its
// Chinese label — the counts and rates, the breakdowns with their shares (提案者, 不予立案的去向,
// 类别, 答复类别), the 重点提案 by title with their 督办 leaders, and the year's 先进承办单位.
import { Card, Col, Empty, List, Row, Space, Spin, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { proposalFigureLines } from '../../domain/proposals/proposal-figures';
import { proposalBreakdowns, type Breakdown, type BreakdownPart } from '../../domain/proposals/proposal-figure-breakdowns';
import { advancedUnitsOf } from '../../domain/proposals/proposal-settings';
import { ProposalsNav } from './ProposalsNav';
import { useProposalScope } from './use-proposal-scope';
import { ProposalCharts } from '../charts/ProposalCharts';

function BreakdownCard({ b }: { b: Breakdown }) {
  return (
    <Card size="small" title={b.label} extra={<Typography.Text type="secondary">{b.base}</Typography.Text>}>
      <section aria-label={b.label}>
        <Table<BreakdownPart>
          rowKey="key" size="small" pagination={false} showHeader={false} dataSource={b.parts}
          columns={[{ dataIndex: 'label' }, { dataIndex: 'text', align: 'right' }]}
        />
      </section>
    </Card>
  );
}

export function ProposalDashboard() {
  const { scope, label, year, picker } = useProposalScope(true);
  const figures = useLiveQuery(async () => (scope ? appLedger.proposals.loadProposalFigures(scope) : null), [scope]);
  const settings = useLiveQuery(() => appLedger.proposals.loadProposalSettings(), []);

  return (
    <>
      <ProposalsNav current="proposal-dashboard" title="提案统计" />
      <div style={{ marginBottom: 16 }}>{picker}</div>
      {figures === undefined || !settings ? <Spin /> : figures === null ? <Empty description="还没有提案" /> : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small" title={label.endsWith('提案') ? `${label}数据` : `${label}提案数据`}>
            <section aria-label="提案统计数据">
              <Row gutter={[16, 12]}>
                {proposalFigureLines(figures).map((l) => (
                  <Col key={l.key} xs={12} sm={8} md={6} lg={4}>
                    <div role="group" aria-label={l.label}>
                      <Typography.Text type="secondary">{l.label}</Typography.Text>
                      <div><Typography.Text strong style={{ fontSize: 18 }}>{l.text}</Typography.Text></div>
                    </div>
                  </Col>
                ))}
              </Row>
            </section>
          </Card>
          {scope && <ProposalCharts scope={scope} />}
          <Row gutter={[16, 16]}>
            {proposalBreakdowns(figures, settings.replyScheme).map((b) => (
              <Col key={b.key} xs={24} md={12}><BreakdownCard b={b} /></Col>
            ))}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} md={12}>
              <Card size="small" title="重点提案" extra={figures.keyLeaders.length ? `督办领导：${figures.keyLeaders.join('、')}` : null}>
                <section aria-label="重点提案名单">
                  <List
                    size="small"
                    dataSource={figures.keyProposals}
                    locale={{ emptyText: '没有重点提案' }}
                    renderItem={(k) => <List.Item>第{k.number}号《{k.title}》{k.leaders.length ? `（领衔督办：${k.leaders.join('、')}）` : ''}</List.Item>}
                  />
                </section>
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card size="small" title={`${year}年度先进承办单位`}>
                <section aria-label="先进承办单位名单">
                  <List
                    size="small"
                    dataSource={advancedUnitsOf(settings, year)}
                    locale={{ emptyText: '尚未评出（在“承办单位”页评定）' }}
                    renderItem={(u) => <List.Item>{u}</List.Item>}
                  />
                </section>
              </Card>
            </Col>
          </Row>
        </Space>
      )}
    </>
  );
}
