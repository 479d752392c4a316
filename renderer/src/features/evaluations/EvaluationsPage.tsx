// 民主评议: the chosen year's rounds with the year's figures above (units evaluated, 满意率,
// problems found and rectified, the year evaluations began); a new round opens its own page.
import { useState } from 'react';
import { Button, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { hasResult, type EvaluationRound } from '../../domain/evaluations/evaluation';
import { formatChineseDate } from '../../domain/common/dates';
import { hrefOf, navigate } from '../../app/router';
import { useSelectedYear } from '../../app/stores/year-store';
import { SampleTag } from '../shared/SampleTag';
import { EvaluationFiguresRow } from './EvaluationFiguresRow';
import { RoundFormModal } from './RoundFormModal';

export function EvaluationsPage() {
  const year = useSelectedYear();
  const rounds = useLiveQuery(() => appLedger.evaluations.listEvaluationRounds(year), [year]);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <Space style={{ marginBottom: 16, justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{year}年度民主评议</Typography.Title>
        <Button type="primary" onClick={() => setCreating(true)}>新增民主评议</Button>
      </Space>
      <EvaluationFiguresRow year={year} />
      <Table<EvaluationRound>
        rowKey="id"
        size="middle"
        loading={rounds === undefined}
        dataSource={rounds ?? []}
        pagination={false}
        locale={{ emptyText: `${year}年度还没有登记民主评议` }}
        columns={[
          { title: '测评日期', dataIndex: 'date', width: 150, render: (d: string) => formatChineseDate(d) },
          { title: '评议名称', dataIndex: 'title', render: (t: string, r) => <><a href={hrefOf({ name: 'evaluation', id: r.id })}>{t}</a> <SampleTag isSample={r.isSample} /></> },
          { title: '评议方式', key: 'methods', width: 220, render: (_: unknown, r) => r.methods.join('、') },
          { title: '被评议单位', key: 'units', width: 160, render: (_: unknown, r) => `${r.units.length}个（已录入结果${r.units.filter((u) => hasResult(u, r.resultKind)).length}个）` },
          { title: '存在问题', key: 'problems', width: 100, render: (_: unknown, r) => `${r.units.reduce((n, u) => n + u.problems.length, 0)}条` },
        ]}
      />
      {creating && (
        <RoundFormModal
          round={null}
          defaultDate={`${year}-06-01`}
          onClose={() => setCreating(false)}
          onSaved={(r) => {
            setCreating(false);
            navigate({ name: 'evaluation', id: r.id });
          }}
        />
      )}
    </>
  );
}
