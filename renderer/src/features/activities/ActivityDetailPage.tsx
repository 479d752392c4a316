// One activity: its record, outcomes, 批示, participants and attachments, with 编辑, 删除
// (to the recycle bin) and its 签到表 (Word or Excel).
import { App, Button, Popconfirm, Space, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { navigate } from '../../app/router';
import { ActivityDescriptions, InstructionsTable, OutcomesDescriptions } from './ActivityDescriptions';
import { ParticipantsTable } from './ParticipantsTable';
import { SignInSheetButtons } from './SignInSheetButtons';
import { AttachmentsPanel } from '../shared/AttachmentsPanel';
import { SupervisedProposals } from '../proposals/SupervisedProposals';
import { ActivityNotFound } from './ActivityNotFound';
import { SampleTag } from '../shared/SampleTag';
import { RecordHistory } from '../history/RecordHistory';
import { ActivityRuleCard } from '../plans/ActivityRuleCard';

const sectionTitle = { marginTop: 24 } as const;

export function ActivityDetailPage({ id }: { id: string }) {
  const { message } = App.useApp();
  const found = useLiveQuery(async () => (await appLedger.activities.getActivity(id)) ?? null, [id]);
  const participants = useLiveQuery(() => appLedger.activities.listActivityParticipants(id), [id]);
  if (found === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (found === null) return <ActivityNotFound />;
  const { activity } = found;

  const remove = async () => {
    await appLedger.activities.deleteActivity(id);
    message.success('已移入回收站');
    navigate({ name: 'activities' });
  };

  return (
    <>
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 12 }} align="start">
        <Typography.Title level={4} style={{ margin: 0 }}>{activity.title} <SampleTag isSample={activity.isSample} /></Typography.Title>
        <Space wrap>
          <SignInSheetButtons activity={activity} />
          <Button type="primary" onClick={() => navigate({ name: 'activity-edit', id })}>编辑</Button>
          <Popconfirm title="删除该活动？" description="删除后可在回收站恢复" okText="删除" cancelText="取消" onConfirm={remove}>
            <Button danger>删除</Button>
          </Popconfirm>
        </Space>
      </Space>
      <ActivityDescriptions activity={activity} />
      <Typography.Title level={5} style={sectionTitle}>成果</Typography.Title>
      <OutcomesDescriptions activity={activity} />
      <Typography.Title level={5} style={sectionTitle}>批示</Typography.Title>
      <InstructionsTable activity={activity} />
      <Typography.Title level={5} style={sectionTitle}>参加人员</Typography.Title>
      {participants === undefined ? <Spin /> : <ParticipantsTable participants={participants} />}
      <SupervisedProposals activityId={id} />
      <ActivityRuleCard activityId={id} />
      <div style={sectionTitle}>
        <AttachmentsPanel owner={{ kind: 'activity', id }} />
      </div>
      <RecordHistory table="activities" recordId={id} collapsible />
    </>
  );
}
