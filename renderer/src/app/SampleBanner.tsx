// Shown on every screen while 示例数据 is loaded, with the one step that removes it.
import { Alert, Button, Popconfirm, App } from 'antd';
import { appLedger } from '../db/app-ledger';

export function SampleBanner() {
  const { message } = App.useApp();
  const remove = async () => {
    const removed = await appLedger.sample.removeSampleLedger();
    message.success(`已移除示例数据：委员${removed.members}人，活动${removed.activities}项`);
  };
  return (
    <Alert
      type="warning"
      banner
      title="当前台账含有示例数据（虚构的县政协），仅供试用，不是真实记录。"
      action={
        <Popconfirm title="移除全部示例数据？" description="您自己录入的记录不受影响。" okText="移除" cancelText="取消" onConfirm={remove}>
          <Button size="small" danger>
            移除示例数据
          </Button>
        </Popconfirm>
      }
    />
  );
}
