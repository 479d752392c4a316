// 撤销恢复: after a restore, the ledger it replaced is kept until the next restore and can be put
// back in one step; on the first-run screen after the lock's 忘记密码, the wiped ledger is offered
// back the same way. Putting it back replaces the ledger in one transaction, as a restore does.
import { useState } from 'react';
import { Alert, App, Button, Popconfirm, Space } from 'antd';
import { appLedger } from '../../db/app-ledger';
import type { RestorePointSummary } from '../../db/restore-point-repo';
import { describeBackupCounts, errorText, formatBackupTime } from './backup-view';
import { restorePointChanged, useRestorePoint } from './restore-point-store';

function describePoint(point: RestorePointSummary): string {
  const what = describeBackupCounts({ members: point.counts.members, activities: point.counts.activities, proposals: point.counts.proposals, opinions: point.counts.opinions, attachments: point.counts.attachments });
  return `${point.committee}，${what}`;
}

/** `on`: which kind of point this place offers (the backup page: a restore's; the first-run screen: a wipe's). */
export function RestorePointCard({ on }: { on: RestorePointSummary['reason'] }) {
  const { message } = App.useApp();
  const point = useRestorePoint();
  const [busy, setBusy] = useState(false);
  if (!point || point.reason !== on) return null;

  const putBack = async () => {
    setBusy(true);
    try {
      const outcome = await appLedger.restorePoint.putBackRestorePoint();
      if (outcome.ok) message.success(on === 'restore' ? '已撤销恢复：台账回到了恢复之前的样子' : '已恢复清空前的台账');
      else message.error(outcome.message);
    } catch (e) {
      message.error(`没有完成，当前台账没有改动：${errorText(e)}`);
    } finally {
      setBusy(false);
      restorePointChanged();
    }
  };

  const restore = on === 'restore';
  const label = restore ? '撤销恢复' : '恢复清空前的台账';
  return (
    <Alert
      type={restore ? 'info' : 'warning'}
      showIcon
      style={{ marginBottom: 16 }}
      title={restore ? `上次恢复之前的台账已保留（${formatBackupTime(point.keptAt)}）` : `这台电脑保留着清空前的台账（${formatBackupTime(point.keptAt)}清空）`}
      description={
        <Space orientation="vertical">
          <span>{describePoint(point)}。{restore ? '撤销恢复会把台账换回这份，恢复后所做的修改将不再保留。下一次恢复时它会被替换。' : '如果是误清空，可以把它放回来。'}</span>
          <Popconfirm title={`确定${label}吗？`} okText={label} cancelText="取消" onConfirm={() => void putBack()}>
            <Button loading={busy}>{label}</Button>
          </Popconfirm>
        </Space>
      }
    />
  );
}
