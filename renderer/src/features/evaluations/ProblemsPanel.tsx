// 存在问题和整改: the problems found in each unit, with their 整改 status and dates and the
// 回头看 visit; add, change or remove one.
import { useState } from 'react';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { appLedger } from '../../db/app-ledger';
import type { EvaluatedUnit, EvaluationProblem, EvaluationRound, RectificationStatus } from '../../domain/evaluations/evaluation';
import { formatChineseDate } from '../../domain/common/dates';
import { ProblemModal } from './ProblemModal';
import { useSave } from '../shared/use-save';

const STATUS_COLOR: Record<RectificationStatus, string> = { 未整改: 'red', 整改中: 'orange', 已整改: 'green' };

export function ProblemsPanel({ round }: { round: EvaluationRound }) {
  const { message } = App.useApp();
  const { run } = useSave('删除', false);
  const [editing, setEditing] = useState<{ unit: EvaluatedUnit; problem: EvaluationProblem | null } | null>(null);
  if (round.units.length === 0) return null;
  const remove = (unit: EvaluatedUnit, p: EvaluationProblem) => run(async () => {
    const r = await appLedger.evaluations.deleteEvaluationProblem(round.id, unit.id, p.id);
    if (r.ok) message.success('已删除该问题');
  });
  return (
    <Card size="small" title="存在问题和整改" style={{ marginBottom: 16 }}>
      {round.units.map((unit) => (
        <section key={unit.id} aria-label={`${unit.unit}存在问题`} style={{ marginBottom: 12 }}>
          <Space style={{ marginBottom: 4 }}>
            <Typography.Text strong>{unit.unit}</Typography.Text>
            <Typography.Text type="secondary">{unit.problems.length}条</Typography.Text>
            <Button size="small" onClick={() => setEditing({ unit, problem: null })}>添加问题</Button>
          </Space>
          {unit.problems.length > 0 && (
            <Table<EvaluationProblem>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={unit.problems}
              columns={[
                { title: '问题', dataIndex: 'text' },
                { title: '发现日期', dataIndex: 'foundDate', width: 140, render: (d: string) => formatChineseDate(d) },
                {
                  title: '整改情况', key: 'status', width: 220,
                  render: (_: unknown, p) => (
                    <>
                      <Tag color={STATUS_COLOR[p.status]}>{p.status}</Tag>
                      {p.rectifiedDate ? `${formatChineseDate(p.rectifiedDate)}完成` : p.startedDate ? `${formatChineseDate(p.startedDate)}开始` : ''}
                    </>
                  ),
                },
                { title: '回头看', key: 'revisit', width: 220, render: (_: unknown, p) => (p.revisit ? `${formatChineseDate(p.revisit.date)}：${p.revisit.finding}` : '') },
                {
                  title: '', key: 'actions', width: 120,
                  render: (_: unknown, p) => (
                    <Space>
                      <a onClick={() => setEditing({ unit, problem: p })}>修改</a>
                      <Popconfirm title="删除这条问题？" okText="删除" cancelText="取消" onConfirm={() => void remove(unit, p)}><a>删除</a></Popconfirm>
                    </Space>
                  ),
                },
              ]}
            />
          )}
        </section>
      ))}
      {editing && <ProblemModal round={round} unit={editing.unit} problem={editing.problem} onClose={() => setEditing(null)} />}
    </Card>
  );
}
