// The shell: navigation on the left; the committee, the year switcher and search on top; the
// sample-data banner whenever 示例数据 is loaded.
import { Layout, Menu, Typography } from 'antd';
import type { SettingsRecord } from '../domain/settings/committee-settings';
import { useRoute, navigate, type Route } from './router';
import { RouteView } from './RouteView';
import { YearSwitcher } from './YearSwitcher';
import { GlobalSearch } from './GlobalSearch';
import { SampleBanner } from './SampleBanner';
import { BackupReminderBanner } from '../features/backup/BackupReminderBanner';

const NAV: { key: Route['name']; label: string; route: Route }[] = [
  { key: 'home', label: '首页', route: { name: 'home' } },
  { key: 'members', label: '委员', route: { name: 'members' } },
  { key: 'activities', label: '履职活动', route: { name: 'activities' } },
  { key: 'proposals', label: '提案', route: { name: 'proposals' } },
  { key: 'opinions', label: '社情民意', route: { name: 'opinions' } },
  { key: 'instructions', label: '批示', route: { name: 'instructions' } },
  { key: 'evaluations', label: '民主评议', route: { name: 'evaluations' } },
  { key: 'supervisors', label: '监督员', route: { name: 'supervisors' } },
  { key: 'plans', label: '工作要点', route: { name: 'plans' } },
  { key: 'stations', label: '联络站', route: { name: 'stations' } },
  { key: 'campaigns', label: '主题实践', route: { name: 'campaigns' } },
  { key: 'pairings', label: '结对帮扶', route: { name: 'pairings' } },
  { key: 'culture', label: '文史资料', route: { name: 'culture' } },
  { key: 'reports', label: '报告', route: { name: 'reports' } },
  { key: 'duty-scores', label: '履职统计', route: { name: 'duty-scores' } },
  { key: 'recycle-bin', label: '回收站', route: { name: 'recycle-bin' } },
  { key: 'backup', label: '备份与恢复', route: { name: 'backup' } },
  { key: 'exchange', label: '数据交换', route: { name: 'exchange' } },
  { key: 'settings', label: '设置', route: { name: 'settings' } },
];

function navKeyOf(route: Route): string {
  if (route.name === 'member') return 'members';
  if (route.name === 'activity' || route.name === 'activity-edit') return 'activities';
  if (route.name.startsWith('proposal')) return 'proposals';
  if (route.name === 'opinion' || route.name === 'opinion-edit') return 'opinions';
  if (route.name === 'evaluation') return 'evaluations';
  if (route.name === 'plan') return 'plans';
  if (route.name === 'station' || route.name === 'station-edit') return 'stations';
  if (route.name === 'pairing') return 'pairings';
  return route.name;
}

export function AppShell({ settings }: { settings: SettingsRecord }) {
  const route = useRoute();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* Kept in view while a long page (a report's preview, the duty table) scrolls. */}
      <Layout.Sider width={180} theme="light" style={{ borderRight: '1px solid #f0f0f0', position: 'sticky', top: 0, height: '100vh', overflowY: 'auto' }}>
        <Typography.Title level={5} style={{ padding: '16px 16px 8px', margin: 0, color: '#b71c1c' }}>
          政协履职台账
        </Typography.Title>
        <Menu
          aria-label="主导航"
          mode="inline"
          selectedKeys={[navKeyOf(route)]}
          items={NAV.map((n) => ({ key: n.key, label: n.label, onClick: () => navigate(n.route) }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', display: 'flex', alignItems: 'center', gap: 16, padding: '0 24px', borderBottom: '1px solid #f0f0f0', lineHeight: 'normal' }}>
          <Typography.Text strong style={{ fontSize: 16, flex: 1 }}>
            {settings.committee.name}
          </Typography.Text>
          <GlobalSearch />
          <YearSwitcher />
        </Layout.Header>
        {settings.sampleLoaded && <SampleBanner />}
        <BackupReminderBanner onGoToBackup={() => navigate({ name: 'backup' })} />
        <Layout.Content style={{ padding: 24 }}>
          <RouteView route={route} />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
