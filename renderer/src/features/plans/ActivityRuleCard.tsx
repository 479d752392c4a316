// On an activity's page: where the activity stands with the "1234" rule. An activity that fulfils
// a plan item links to it; one recorded without a plan gets 登记“1234”环节, which makes the
// unplanned item holding its steps (db/plans-repo recordStepsForActivity) and opens it.
import { App, Button, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { hrefOf, navigate } from '../../app/router';
import { useSave } from '../shared/use-save';

export function ActivityRuleCard({ activityId }: { activityId: string }) {
  const { message } = App.useApp();
  const { run } = useSave('登记', false);
  const item = useLiveQuery(async () => (await appLedger.plans.planOfActivity(activityId)) ?? null, [activityId]);
  if (item === undefined) return null;
  const record = () => run(async () => {
    const r = await appLedger.plans.recordStepsForActivity(activityId);
    if (!r.ok) {
      message.error(Object.values(r.errors).join('；'));
      return;
    }
    navigate({ name: 'plan', id: r.value.id });
  });
  return (
    <section aria-label="工作要点与“1234”环节" style={{ marginTop: 24 }}>
      <Typography.Title level={5}>工作要点与“1234”环节</Typography.Title>
      {item ? (
        <Space>
          <span>{item.unplanned ? '本活动的“1234”环节：' : '本活动落实工作要点：'}</span>
          <a href={hrefOf({ name: 'plan', id: item.id })}>{item.title}</a>
        </Space>
      ) : (
        <Space>
          <Typography.Text type="secondary">本活动未关联工作要点。</Typography.Text>
          <Button size="small" onClick={() => void record()}>登记“1234”环节</Button>
        </Space>
      )}
    </section>
  );
}
