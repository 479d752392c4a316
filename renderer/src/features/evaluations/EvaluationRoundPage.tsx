// One 民主评议 round: what it was (date, methods, raters, dimensions), the units it evaluates,
// their results, the ranking with ties, the problems found and their 整改, and its history.
import { useState } from 'react';
import { App, Button, Descriptions, Popconfirm, Result, Space, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { raterTotal, RESULT_KIND_LABELS } from '../../domain/evaluations/evaluation';
import { formatChineseDate } from '../../domain/common/dates';
import { navigate } from '../../app/router';
import { RecordHistory } from '../history/RecordHistory';
import { RoundFormModal } from './RoundFormModal';
import { UnitsEditor } from './UnitsEditor';
import { ResultsEditor } from './ResultsEditor';
import { RankingPanel } from './RankingPanel';
import { ProblemsPanel } from './ProblemsPanel';
import { ExportRankingButton } from './ExportRankingButton';

export function EvaluationRoundPage({ id }: { id: string }) {
  const { message } = App.useApp();
  const round = useLiveQuery(async () => (await appLedger.evaluations.getEvaluationRound(id)) ?? null, [id]);
  const [editing, setEditing] = useState(false);
  if (round === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (round === null) {
    return <Result status="404" title="没有找到这次民主评议" subTitle="它可能已被删除（可在回收站中恢复）" extra={<Button onClick={() => navigate({ name: 'evaluations' })}>返回民主评议</Button>} />;
  }
  const remove = async () => {
    await appLedger.evaluations.deleteEvaluationRound(round.id);
    message.success('已移入回收站');
    navigate({ name: 'evaluations' });
  };
  return (
    <>
      <Space style={{ marginBottom: 16, justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{round.title}</Typography.Title>
        {/* In the header, not at the ranking further down: on a small screen that is below the edge. */}
        <Space>
          <ExportRankingButton round={round} />
          <Button onClick={() => setEditing(true)}>修改评议</Button>
          <Popconfirm title="删除这次民主评议？" description="连同其单位、结果和问题移入回收站" okText="删除" cancelText="取消" onConfirm={() => void remove()}>
            <Button danger>删除评议</Button>
          </Popconfirm>
        </Space>
      </Space>
      <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label="测评日期">{formatChineseDate(round.date)}</Descriptions.Item>
        <Descriptions.Item label="评议方式">{round.methods.join('、')}</Descriptions.Item>
        <Descriptions.Item label="参评人员">{round.raters.length ? `${round.raters.map((r) => `${r.kind}${r.count}名`).join('、')}，共${raterTotal(round)}名` : '未填写'}</Descriptions.Item>
        <Descriptions.Item label="测评结果记法">{RESULT_KIND_LABELS[round.resultKind]}{round.resultKind === 'score' ? `，满分${round.maxScore}分` : ''}</Descriptions.Item>
        <Descriptions.Item label="评议内容" span={2}>{round.dimensions.join('、')}</Descriptions.Item>
        {/* A ternary, not `&&`: an empty note would leave '' behind, drawn as an empty row. */}
        {round.note ? <Descriptions.Item label="备注" span={2}>{round.note}</Descriptions.Item> : null}
      </Descriptions>
      <UnitsEditor round={round} />
      <ResultsEditor key={round.units.map((u) => u.id).join('|')} round={round} />
      <RankingPanel round={round} />
      <ProblemsPanel round={round} />
      <RecordHistory table="evaluations" recordId={round.id} collapsible />
      {editing && <RoundFormModal round={round} defaultDate={round.date} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
    </>
  );
}
