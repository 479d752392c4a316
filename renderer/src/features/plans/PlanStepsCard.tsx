// The "1234" steps of one item: 方案, 通知, 材料 with the day each is due (counted back from the
// activity's date) and the day it was done, each marked 按时, 逾期完成 or 逾期; 标记完成 records
// today, or the day picked beside it. The domain refuses a day in the future or after the activity.
import { useState } from 'react';
import { App, Button, DatePicker, Space, Table, Tag, Typography } from 'antd';
import { appLedger } from '../../db/app-ledger';
import type { PlanRow } from '../../db/plans-repo';
import { formatChineseDate, toIsoDate } from '../../domain/common/dates';
import { ADVANCE_STEP_LABELS, ADVANCE_STEP_WEEKS } from '../../domain/plans/plan';
import { CHINESE_DATE_FORMAT, toIso } from '../shared/dates';
import { STATUS_COLORS, stepViews, type StepView } from './plan-view';
import { useSave } from '../shared/use-save';

function StepActions({ row, view }: { row: PlanRow; view: StepView }) {
  const { message } = App.useApp();
  const { run } = useSave();
  const [error, setError] = useState('');
  const [picked, setPicked] = useState('');
  const label = ADVANCE_STEP_LABELS[view.step];
  const record = (date: string | null) => run(async () => {
    const r = await appLedger.plans.setStepDone(row.item.id, view.step, { date });
    if (!r.ok) {
      setError(Object.values(r.errors).join('；'));
      return;
    }
    setError('');
    setPicked('');
    message.success(date ? `已登记${label}完成` : `已清除${label}完成日期`);
  });
  if (view.done) return <Button size="small" onClick={() => void record(null)}>清除{label}完成日期</Button>;
  return (
    <Space orientation="vertical" size={2}>
      <Space>
        <Button size="small" type="primary" onClick={() => void record(toIsoDate(new Date()))}>{label}标记完成</Button>
        <DatePicker size="small" aria-label={`${label}完成日期`} format={CHINESE_DATE_FORMAT} placeholder="或选择完成日期"
          status={error ? 'error' : undefined} onChange={(d) => setPicked(toIso(d))} />
        <Button size="small" disabled={!picked} onClick={() => void record(picked)}>登记</Button>
      </Space>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </Space>
  );
}

export function PlanStepsCard({ row }: { row: PlanRow }) {
  const views = stepViews(row, toIsoDate(new Date()));
  return (
    <section aria-label="“1234”环节">
      <Typography.Title level={5} style={{ marginTop: 24 }}>“1234”环节：提前准备</Typography.Title>
      {!row.activityDate && <Typography.Paragraph type="secondary">尚未定下活动日期：填写计划日期或关联已开展的活动后，可算出各环节的应完成日期。</Typography.Paragraph>}
      <Table<StepView>
        rowKey="step"
        size="small"
        pagination={false}
        dataSource={views}
        columns={[
          { title: '环节', key: 'step', width: 160, render: (_: unknown, v) => `${ADVANCE_STEP_LABELS[v.step]}（提前${ADVANCE_STEP_WEEKS[v.step]}周）` },
          { title: '应完成日期', key: 'due', width: 150, render: (_: unknown, v) => (v.due ? formatChineseDate(v.due) : '待定') },
          { title: '完成日期', key: 'done', width: 150, render: (_: unknown, v) => (v.done ? formatChineseDate(v.done) : '') },
          { title: '情况', key: 'status', width: 100, render: (_: unknown, v) => <Tag color={STATUS_COLORS[v.status]}>{v.status}</Tag> },
          { title: '操作', key: 'op', render: (_: unknown, v) => <StepActions row={row} view={v} /> },
        ]}
      />
    </section>
  );
}
