// 关联活动: picks, from the activity ledger of the item's year, the activity that fulfils the item
// (an activity already fulfilling another item is shown but refused by the repository), or takes
// the link off. Once linked, the item counts as done and the steps count back from its real date.
import { useState } from 'react';
import { App, Button, Popconfirm, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { PlanRow } from '../../db/plans-repo';
import { formatChineseDate } from '../../domain/common/dates';
import { hrefOf } from '../../app/router';
import { useSave } from '../shared/use-save';

export function PlanActivityLink({ row }: { row: PlanRow }) {
  const { message } = App.useApp();
  const { run } = useSave('关联活动', false);
  const [picked, setPicked] = useState<string>();
  const [error, setError] = useState('');
  const options = useLiveQuery(() => appLedger.plans.listLinkableActivities(row.item.year), [row.item.year]);
  const link = (activityId: string | null) => run(async () => {
    const r = await appLedger.plans.linkActivity(row.item.id, activityId);
    if (!r.ok) {
      setError(Object.values(r.errors).join('；'));
      return;
    }
    setError('');
    setPicked(undefined);
    message.success(activityId ? '已关联活动' : '已取消关联');
  });
  const a = row.activity;
  return (
    <Space orientation="vertical" size={4}>
      {a && (
        <Space>
          <a href={hrefOf({ name: 'activity', id: a.id })}>{formatChineseDate(a.startDate)} {a.type}：{a.title}</a>
          {a.deleted && <Typography.Text type="danger">（该活动已删除，本要点计为未完成）</Typography.Text>}
          {!row.item.unplanned && (
            <Popconfirm title="取消与该活动的关联？" okText="取消关联" cancelText="不取消" onConfirm={() => link(null)}>
              <Button size="small">取消关联</Button>
            </Popconfirm>
          )}
        </Space>
      )}
      {!row.item.unplanned && (
        <Space>
          <Select aria-label="关联活动" style={{ width: 420 }} showSearch={{ optionFilterProp: 'label' }} placeholder="从履职活动中选择开展的活动"
            value={picked} onChange={(v: string) => setPicked(v)} status={error ? 'error' : undefined}
            options={(options ?? []).filter((o) => o.id !== a?.id).map((o) => ({
              value: o.id,
              label: `${formatChineseDate(o.startDate)} ${o.type}：${o.title}${o.linkedTo ? `（已关联“${o.linkedTo}”）` : ''}`,
            }))} />
          <Button disabled={!picked} onClick={() => void link(picked ?? null)}>关联</Button>
        </Space>
      )}
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </Space>
  );
}
