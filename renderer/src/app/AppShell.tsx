// The shell: navigation on the left; the committee, the year switcher and search on top; the
// sample-data banner whenever 示例数据 is loaded.
import { ConfigProvider, Layout, Menu, Typography } from 'antd';
import type { SettingsRecord } from '../domain/settings/committee-settings';
import { DEFAULT_STATION_UNIT_NAME, stationUnitName } from '../domain/stations/station-settings';
import { useRoute, navigate, type Route } from './router';
import { RouteView } from './RouteView';
import { YearSwitcher } from './YearSwitcher';
import { GlobalSearch } from './GlobalSearch';
import { SampleBanner } from './SampleBanner';
import { BackupReminderBanner } from '../features/backup/BackupReminderBanner';

type NavItem = { key: Route['name']; label: string; route: Route };
const item = (key: NavItem['key'], label: string): NavItem => ({ key, label, route: { name: key } as Route });

// Grouped as the office's work divides, and compact enough that all nineteen items fit the 657 px a
// browser shows on a 1366×768 screen, without scrolling. On a shorter window the record groups
// scroll inside the sidebar with a visible scrollbar, while the whole-ledger tools (回收站, 备份,
// 交换, 设置) stay pinned below them, always in view.
const NAV_GROUPS: { label: string; items: NavItem[] }[] = [
  {
    label: '日常台账',
    items: [item('home', '首页'), item('members', '委员'), item('activities', '履职活动'), item('stations', '联络站'), item('campaigns', '主题实践'), item('pairings', '结对帮扶'), item('culture', '文史资料')],
  },
  {
    label: '提案与监督',
    items: [item('proposals', '提案'), item('opinions', '社情民意'), item('instructions', '批示'), item('evaluations', '民主评议'), item('supervisors', '监督员'), item('plans', '工作要点')],
  },
  { label: '报告与统计', items: [item('reports', '报告'), item('duty-scores', '履职统计')] },
];
const TOOLS = { label: '数据与设置', items: [item('recycle-bin', '回收站'), item('backup', '备份与恢复'), item('exchange', '数据交换'), item('settings', '设置')] };
// 26 px rows and 26 px group titles: 19 rows, 4 titles and the program's name come to 629 px, which
// leaves room on a 657 px window whatever the fonts (every height here is fixed, none is the font's).
const MENU_THEME = { components: { Menu: { itemHeight: 26, itemMarginBlock: 0, groupTitleFontSize: 12, groupTitleLineHeight: 1.5, paddingXS: 4 } } };

/** `unitLabel`: the grass-roots units' item, named as the office names them (设置 基层单位名称). */
const menuGroup = (g: { label: string; items: NavItem[] }, unitLabel?: string) => ({
  type: 'group' as const, key: g.label, label: g.label,
  children: g.items.map((n) => ({ key: n.key, label: n.key === 'stations' && unitLabel ? unitLabel : n.label, onClick: () => navigate(n.route) })),
});

/** The menu's word for the grass-roots units: 联络站 for the default (乡镇政协工作联络站 is too long for it), else the office's own. */
const unitMenuLabel = (settings: SettingsRecord) => {
  const unitName = stationUnitName(settings);
  return unitName === DEFAULT_STATION_UNIT_NAME ? '联络站' : unitName;
};

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
  const selected = navKeyOf(route);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* Kept in view while a long page (a report's preview, the duty table) scrolls. */}
      <Layout.Sider width={180} theme="light" style={{ borderRight: '1px solid #f0f0f0', position: 'sticky', top: 0, height: '100vh' }}>
        <ConfigProvider theme={MENU_THEME}>
          <nav aria-label="主导航" style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
            <Typography.Title level={5} style={{ padding: '6px 16px 0', margin: 0, lineHeight: '24px', color: '#b71c1c' }}>
              政协履职台账
            </Typography.Title>
            {/* overflow "scroll", not "auto": the track is drawn even before the user hovers, so it is
                plain that more items lie below. */}
            <div style={{ flex: 1, minHeight: 0, overflowY: 'scroll', scrollbarWidth: 'thin' }}>
              <Menu
                mode="inline"
                selectedKeys={[selected]}
                items={NAV_GROUPS.map((g) => menuGroup(g, unitMenuLabel(settings)))}
              />
            </div>
            <Menu mode="inline" selectedKeys={[selected]} items={[menuGroup(TOOLS)]} style={{ borderTop: '1px solid #f0f0f0' }} />
          </nav>
        </ConfigProvider>
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
