// 设置: the committee's details, the dictionaries, and the 示例数据.
import { Tabs, Typography } from 'antd';
import { CommitteeSettingsPanel } from './CommitteeSettingsPanel';
import { DictionariesPanel } from './DictionariesPanel';
import { SamplePanel } from './SamplePanel';
import { LockPanel } from '../lock/LockPanel';
import { ScoreRulesPanel } from '../scores/ScoreRulesPanel';
import { ProposalSettingsPanel } from '../proposals/ProposalSettingsPanel';

export function SettingsPage() {
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>设置</Typography.Title>
      <Tabs
        items={[
          { key: 'committee', label: '本会信息', children: <CommitteeSettingsPanel /> },
          { key: 'dictionaries', label: '字典', children: <DictionariesPanel /> },
          { key: 'scores', label: '履职积分', children: <ScoreRulesPanel /> },
          { key: 'proposals', label: '提案办理', children: <ProposalSettingsPanel /> },
          { key: 'lock', label: '密码锁定', children: <LockPanel /> },
          { key: 'sample', label: '示例数据', children: <SamplePanel /> },
        ]}
      />
    </>
  );
}
