// 工作要点: the chosen year's plan grouped by kind (视察, 调研, 协商 …), each item with its planned
// month, organiser, leader, the activity that fulfils it and its "1234" steps (逾期 where one is
// late); the year's figures above; the items recorded from an activity's page; the year's own words.
import { useState } from 'react';
import { App, Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { PlanRow } from '../../db/plans-repo';
import { formatChineseDate, toIsoDate } from '../../domain/common/dates';
import { monthLabel } from '../../domain/plans/plan';
import { hrefOf, navigate } from '../../app/router';
import { useSelectedYear } from '../../app/stores/year-store';
import { SampleTag } from '../shared/SampleTag';
import { PlanFiguresRow } from './PlanFiguresRow';
import { PlanFormModal } from './PlanFormModal';
import { YearNotesPanel } from './YearNotesPanel';
import { isDone, stepViews } from './plan-view';

function PlanTable({ rows, today }: { rows: PlanRow[]; today: string }) {
  return (
    <Table<PlanRow>
      rowKey={(r) => r.item.id}
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: '计划月份', key: 'month', width: 90, render: (_: unknown, r) => monthLabel(r.item.plannedMonth) },
        { title: '名称', key: 'title', render: (_: unknown, r) => <><a href={hrefOf({ name: 'plan', id: r.item.id })}>{r.item.title}</a> <SampleTag isSample={r.item.isSample} /></> },
        { title: '牵头单位', key: 'organizer', width: 150, render: (_: unknown, r) => r.item.organizer },
        { title: '责任领导', key: 'leader', width: 100, render: (_: unknown, r) => r.item.leader },
        {
          title: '开展情况', key: 'activity', width: 260,
          render: (_: unknown, r) => (isDone(r)
            ? <Space size={4}><Tag color="green">已完成</Tag><a href={hrefOf({ name: 'activity', id: r.activity!.id })}>{formatChineseDate(r.activity!.startDate)}</a></Space>
            : <Space size={4}><Tag>未完成</Tag>{r.item.plannedDate ? `计划${formatChineseDate(r.item.plannedDate)}` : ''}</Space>),
        },
        {
          title: '“1234”', key: 'steps', width: 120,
          render: (_: unknown, r) => {
            const late = stepViews(r, today).filter((s) => s.status === '逾期').length;
            return late > 0 ? <Tag color="red">逾期{late}项</Tag> : null;
          },
        },
      ]}
    />
  );
}

export function PlansPage() {
  const { message } = App.useApp();
  const year = useSelectedYear();
  const rows = useLiveQuery(() => appLedger.plans.listPlans(year), [year]);
  const [adding, setAdding] = useState(false);
  const today = toIsoDate(new Date());
  const planned = (rows ?? []).filter((r) => !r.item.unplanned);
  const unplanned = (rows ?? []).filter((r) => r.item.unplanned);
  const kinds = [...new Set(planned.map((r) => r.item.kind))];

  return (
    <>
      <Space style={{ marginBottom: 16, justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{year}年度工作要点</Typography.Title>
        <Button type="primary" onClick={() => setAdding(true)}>新增工作要点</Button>
      </Space>
      <PlanFiguresRow year={year} />
      {rows !== undefined && planned.length === 0 && <Empty description={`${year}年度还没有工作要点`} />}
      {kinds.map((kind) => {
        const ofKind = planned.filter((r) => r.item.kind === kind);
        const done = ofKind.filter(isDone).length;
        return (
          <section key={kind} aria-label={`工作要点-${kind}`}>
            <Card size="small" title={`${kind}（计划${ofKind.length}项，已完成${done}项）`} style={{ marginBottom: 12 }}>
              <PlanTable rows={ofKind} today={today} />
            </Card>
          </section>
        );
      })}
      {unplanned.length > 0 && (
        <Card size="small" title={`计划外活动的“1234”环节（${unplanned.length}项）`} style={{ marginBottom: 12 }}>
          <PlanTable rows={unplanned} today={today} />
        </Card>
      )}
      <YearNotesPanel year={year} />
      {adding && (
        <PlanFormModal year={year} existing={null} onCancel={() => setAdding(false)}
          onDone={(item) => {
            setAdding(false);
            message.success('已新增工作要点');
            navigate({ name: 'plan', id: item.id });
          }} />
      )}
    </>
  );
}
