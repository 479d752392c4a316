// 示例数据 from the settings: load it to try the screens, remove it in one step.
import { App, Button, Popconfirm, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { useSave } from '../shared/use-save';

export function SamplePanel() {
  const { message } = App.useApp();
  const settings = useLiveQuery(() => appLedger.settings.getSettings(), []);
  // Loading or removing writes the whole ledger: a failure (disk full, database closed) is said
  // in Chinese, and the ledger stays as it was (each is one transaction).
  const loading = useSave('载入示例数据', false);
  const removing = useSave('移除示例数据', false);
  const load = () => loading.run(async () => {
    await appLedger.sample.loadSampleLedger();
    message.success('已载入示例数据');
  });
  const remove = () => removing.run(async () => {
    const r = await appLedger.sample.removeSampleLedger();
    message.success(`已移除示例数据：委员${r.members}人，活动${r.activities}项`);
  });
  return (
    <Space orientation="vertical">
      <Typography.Paragraph>
        示例数据是一个虚构县政协一年的台账（委员、会议和活动），用来试用各个页面。示例记录在各处都标明“示例”，可一键全部移除，您自己录入的记录不受影响。
      </Typography.Paragraph>
      {settings?.sampleLoaded ? (
        <Popconfirm title="移除全部示例数据？" okText="移除" cancelText="取消" onConfirm={remove}>
          <Button danger loading={removing.saving}>移除示例数据</Button>
        </Popconfirm>
      ) : (
        <Button onClick={() => void load()} loading={loading.saving}>载入示例数据</Button>
      )}
    </Space>
  );
}
