// The home screen's reminder of the "1234" rule: the 方案, 通知 and 材料 steps coming due in the
// next three weeks and those already late (逾期), soonest first, each linking to its plan item,
// with 标记完成 recording today as the day it was done.
import { App, Button, Card, Empty, List, Space, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { formatChineseDate, toIsoDate } from '../../domain/common/dates';
import { ADVANCE_STEP_LABELS } from '../../domain/plans/plan';
import type { DueStep } from '../../domain/plans/plan-steps';
import { hrefOf } from '../../app/router';
import { useSave } from '../shared/use-save';

export function DueStepsCard() {
  const { message } = App.useApp();
  const { run } = useSave('登记', false);
  const today = toIsoDate(new Date());
  const due = useLiveQuery(() => appLedger.plans.listDueSteps(today), [today]);
  const markDone = (d: DueStep) => run(async () => {
    const r = await appLedger.plans.setStepDone(d.item.id, d.step, { date: today });
    if (r.ok) message.success(`已登记“${d.item.title}”${ADVANCE_STEP_LABELS[d.step]}完成`);
    else message.error(Object.values(r.errors).join('；'));
  });
  return (
    <section aria-label="“1234”环节提醒">
      <Card size="small" title="“1234”环节提醒：近三周到期和逾期的方案、通知、材料" style={{ marginBottom: 16 }}>
        {due && due.length === 0 ? (
          <Empty description="近三周没有到期的环节" image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <List<DueStep>
            size="small"
            loading={due === undefined}
            dataSource={due ?? []}
            renderItem={(d) => {
              const label = ADVANCE_STEP_LABELS[d.step];
              return (
                <List.Item
                  key={`${d.item.id}-${d.step}`}
                  aria-label={`${d.item.title}-${label}`}
                  actions={[<Button key="done" size="small" onClick={() => void markDone(d)}>{label}标记完成</Button>]}
                >
                  <Space wrap>
                    {d.late ? <Tag color="red">逾期</Tag> : <Tag color="blue">将到期</Tag>}
                    <a href={hrefOf({ name: 'plan', id: d.item.id })}>{d.item.title}</a>
                    <span>{label}应于{formatChineseDate(d.due)}前完成（活动日期{formatChineseDate(d.activityDate)}）</span>
                  </Space>
                </List.Item>
              );
            }}
          />
        )}
      </Card>
    </section>
  );
}
