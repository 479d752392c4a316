// One item of the year's plan: what was planned, the activity that fulfils it, its "1234" steps
// with due dates and 逾期 marks, 跟踪 and 报告; 修改 and 删除 (to the recycle bin); its history.
import { useState } from 'react';
import { App, Button, Descriptions, Popconfirm, Result, Space, Spin, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { formatChineseDate } from '../../domain/common/dates';
import { monthLabel } from '../../domain/plans/plan';
import { navigate } from '../../app/router';
import { SampleTag } from '../shared/SampleTag';
import { RecordHistory } from '../history/RecordHistory';
import { PlanFormModal } from './PlanFormModal';
import { PlanActivityLink } from './PlanActivityLink';
import { PlanStepsCard } from './PlanStepsCard';
import { PlanResultsForms } from './PlanResultsForms';
import { isDone } from './plan-view';

export function PlanDetailPage({ id }: { id: string }) {
  const { message } = App.useApp();
  const row = useLiveQuery(async () => (await appLedger.plans.getPlan(id)) ?? null, [id]);
  const [editing, setEditing] = useState(false);
  if (row === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (row === null) {
    return <Result status="404" title="找不到该工作要点" subTitle="它可能已被删除（可在回收站恢复）"
      extra={<Button onClick={() => navigate({ name: 'plans' })}>返回工作要点</Button>} />;
  }
  const { item } = row;
  const remove = async () => {
    await appLedger.plans.deletePlan(id);
    message.success('已移入回收站');
    navigate({ name: 'plans' });
  };

  return (
    <>
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 12 }} align="start">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {item.unplanned ? '活动“1234”环节' : '工作要点'}：{item.title} <SampleTag isSample={item.isSample} />
        </Typography.Title>
        <Space>
          {!item.unplanned && <Button onClick={() => setEditing(true)}>修改</Button>}
          <Popconfirm title="删除该工作要点？" description="删除后可在回收站恢复" okText="删除" cancelText="取消" onConfirm={remove}>
            <Button danger>删除</Button>
          </Popconfirm>
        </Space>
      </Space>
      <Descriptions bordered size="small" column={2} items={[
        { key: 'year', label: '年度', children: `${item.year}年` },
        { key: 'kind', label: '类别', children: item.kind },
        { key: 'month', label: '计划月份', children: item.unplanned ? '计划外' : monthLabel(item.plannedMonth) },
        { key: 'date', label: '计划日期', children: item.plannedDate ? formatChineseDate(item.plannedDate) : '未定' },
        { key: 'organizer', label: '牵头单位', children: item.organizer },
        { key: 'leader', label: '责任领导', children: item.leader },
        { key: 'state', label: '完成情况', children: isDone(row) ? <Tag color="green">已完成</Tag> : <Tag>未完成</Tag> },
        { key: 'activity', label: '开展的活动', span: 2, children: <PlanActivityLink row={row} /> },
      ]} />
      <PlanStepsCard row={row} />
      <PlanResultsForms item={item} />
      <div style={{ marginTop: 24 }}>
        <RecordHistory table="plans" recordId={id} collapsible />
      </div>
      {editing && (
        <PlanFormModal year={item.year} existing={item} onCancel={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            message.success('已保存');
          }} />
      )}
    </>
  );
}
