// 履职活动: the chosen year's activities, newest first, filtered by type and by text in the
// title, topic or place; each title opens the activity, 新增活动 opens an empty form.
import { Button, Input, Select, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { ActivityListRow } from '../../db/activities-repo';
import { formatDateRange } from '../../domain/common/dates';
import { hrefOf, navigate } from '../../app/router';
import { useSelectedYear } from '../../app/stores/year-store';
import { useActivityFilterStore } from './activity-filter-store';
import { activityTypeGroups } from './activity-options';
import { SampleTag } from '../shared/SampleTag';

export function ActivitiesPage() {
  const year = useSelectedYear();
  const type = useActivityFilterStore((s) => s.type);
  const query = useActivityFilterStore((s) => s.query);
  const typeChosen = useActivityFilterStore((s) => s.typeChosen);
  const queryTyped = useActivityFilterStore((s) => s.queryTyped);
  const rows = useLiveQuery(() => appLedger.activities.listActivities(year, { type, query }), [year, type, query]);
  const entries = useLiveQuery(() => appLedger.dictionary.listDictionaryEntries(), []);

  return (
    <>
      <Space style={{ marginBottom: 16, justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{year}年度履职活动</Typography.Title>
        <Button type="primary" onClick={() => navigate({ name: 'activity-edit', id: null })}>新增活动</Button>
      </Space>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label="活动类型"
          placeholder="全部类型"
          allowClear
          showSearch
          style={{ width: 180 }}
          value={type}
          options={activityTypeGroups(entries ?? [])}
          onChange={(v?: string) => typeChosen(v)}
        />
        <Input.Search
          aria-label="查找活动"
          placeholder="按标题、议题或地点查找"
          allowClear
          style={{ width: 240 }}
          value={query}
          onChange={(e) => queryTyped(e.target.value)}
        />
        <Typography.Text type="secondary">共 {rows?.length ?? 0} 项</Typography.Text>
      </Space>
      <Table<ActivityListRow>
        rowKey="id"
        size="middle"
        loading={rows === undefined}
        dataSource={rows ?? []}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        locale={{ emptyText: type || query ? '没有符合条件的活动' : `${year}年度还没有登记活动` }}
        columns={[
          { title: '日期', key: 'date', width: 220, render: (_: unknown, a) => formatDateRange(a.startDate, a.endDate) },
          { title: '标题', dataIndex: 'title', render: (title: string, a) => <><a href={hrefOf({ name: 'activity', id: a.id })}>{title}</a> <SampleTag isSample={a.isSample} /></> },
          { title: '类型', dataIndex: 'type', width: 140 },
          { title: '地点', dataIndex: 'location', ellipsis: true },
          { title: '组织者', dataIndex: 'organizer', width: 180, ellipsis: true },
          { title: '应到/实到', key: 'attendance', width: 100, render: (_: unknown, a) => `${a.expected}/${a.present}` },
        ]}
      />
    </>
  );
}
