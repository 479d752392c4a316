// 测评名次: the round's ranking, ties shown as 第2名（并列）, the named 满意单位 and 重点监督 units
// tagged, units without results listed apart (the button that prints it is in the round's header,
// in view on arrival). With no results yet there is no ranking, and the panel says why.
import { Alert, Card, Space, Table, Tag, Typography } from 'antd';
import type { EvaluationRound } from '../../domain/evaluations/evaluation';
import { rankLabel, rankRound, type RankedUnit } from '../../domain/evaluations/evaluation-ranking';
import { rankingResultText } from '../../domain/evaluations/ranking-document';

export function RankingPanel({ round }: { round: EvaluationRound }) {
  const ranking = rankRound(round);
  return (
    <Card size="small" title="测评名次" style={{ marginBottom: 16 }}>
      {!ranking.ok ? (
        <Alert type="info" showIcon title={Object.values(ranking.errors).join('；')} />
      ) : (
        <>
          <Table<RankedUnit>
            aria-label="测评名次"
            rowKey="unitId"
            size="small"
            pagination={false}
            dataSource={ranking.value.rows}
            columns={[
              { title: '名次', key: 'rank', width: 140, render: (_: unknown, r) => rankLabel(r, ranking.value.rows) },
              { title: '被评议单位', dataIndex: 'unit' },
              { title: '测评结果', key: 'result', render: (_: unknown, r) => rankingResultText(r) },
              {
                title: '通报', key: 'named', width: 120,
                render: (_: unknown, r) => (ranking.value.top.includes(r.unit) ? <Tag color="green">满意单位</Tag> : ranking.value.bottom.includes(r.unit) ? <Tag color="orange">重点监督</Tag> : null),
              },
            ]}
          />
          {ranking.value.unranked.length > 0 && (
            <Space style={{ marginTop: 8 }}>
              <Typography.Text type="secondary">尚未录入结果、未参加排名：{ranking.value.unranked.join('、')}</Typography.Text>
            </Space>
          )}
        </>
      )}
    </Card>
  );
}
