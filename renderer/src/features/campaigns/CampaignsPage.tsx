// 委员履职主题实践活动 of the chosen year: its theme and the activities linked to it (picked from
// the year's activity ledger), grouped by the 界别 and 乡镇 that organised them, with the figures
// a report quotes: kinds of activity (X余类), activities, members taking part.
import { useState } from 'react';
import { Alert, App, Button, Descriptions, Form, Input, List, Popconfirm, Select, Space, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { formatChineseDate } from '../../domain/common/dates';
import type { Campaign } from '../../domain/campaigns/campaign';
import type { CampaignGroup } from '../../domain/campaigns/campaign-figures';
import { hrefOf } from '../../app/router';
import { useSelectedYear } from '../../app/stores/year-store';
import { applyFieldErrors } from '../shared/form-errors';
import { clearFieldErrors } from '../shared/clear-field-errors';
import { RecordHistory } from '../history/RecordHistory';
import { SampleTag } from '../shared/SampleTag';
import { useSave } from '../shared/use-save';
import { SaveBar } from '../shared/SaveBar';

interface CampaignFormValues { theme: string; activityIds: string[]; note: string }

export function CampaignsPage() {
  const year = useSelectedYear();
  const campaign = useLiveQuery(() => appLedger.campaigns.getCampaignOfYear(year), [year]);
  const [editing, setEditing] = useState(false);
  if (campaign === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>{year}年度委员履职主题实践活动</Typography.Title>
      {editing || !campaign
        ? <CampaignForm key={campaign?.id ?? 'new'} year={year} campaign={campaign} onDone={() => setEditing(false)} />
        : <CampaignView year={year} campaign={campaign} onEdit={() => setEditing(true)} />}
    </>
  );
}

function GroupList({ title, groups }: { title: string; groups: CampaignGroup[] }) {
  return (
    <section aria-label={title} style={{ marginTop: 16 }}>
      <Typography.Title level={5}>{title}</Typography.Title>
      <List size="small" bordered dataSource={groups} locale={{ emptyText: '没有' }}
        renderItem={(g) => (
          <List.Item>
            <Space direction="vertical" size={0}>
              <Typography.Text strong>{g.name}（{g.activities.length}次）</Typography.Text>
              {g.activities.map((a) => <a key={a.id} href={hrefOf({ name: 'activity', id: a.id })}>{formatChineseDate(a.startDate)} {a.type}：{a.title}</a>)}
            </Space>
          </List.Item>
        )} />
    </section>
  );
}

function CampaignView({ year, campaign, onEdit }: { year: number; campaign: Campaign; onEdit: () => void }) {
  const { message } = App.useApp();
  const { run } = useSave('删除', false);
  const f = useLiveQuery(() => appLedger.campaigns.loadCampaignFigures(year), [year]);
  const remove = () => run(async () => {
    await appLedger.campaigns.deleteCampaign(campaign.id);
    message.success('已移入回收站');
  });
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button onClick={onEdit}>修改</Button>
        <Popconfirm title="删除本年度的主题实践活动？" description="删除后可在回收站恢复；关联的活动不受影响" okText="删除" cancelText="取消" onConfirm={remove}>
          <Button danger>删除</Button>
        </Popconfirm>
      </Space>
      <Descriptions bordered size="small" column={2} items={[
        { key: 'theme', label: '主题', span: 2, children: <>{campaign.theme} <SampleTag isSample={campaign.isSample} /></> },
        { key: 'kinds', label: '活动种类', children: f ? `${f.kinds.length}类（${f.kinds.join('、') || '—'}）` : '' },
        { key: 'activities', label: '开展活动', children: f ? `${f.activities.length}次` : '' },
        { key: 'members', label: '参加委员', children: f ? `${f.memberIds.length}名，${f.personTimes}人次` : '' },
        { key: 'note', label: '备注', children: campaign.note },
      ]} />
      {f && <GroupList title="按界别" groups={f.bySector} />}
      {f && <GroupList title="按乡镇" groups={f.byTownship} />}
      <RecordHistory table="campaigns" recordId={campaign.id} collapsible />
    </>
  );
}

function CampaignForm({ year, campaign, onDone }: { year: number; campaign: Campaign | null; onDone: () => void }) {
  const [form] = Form.useForm<CampaignFormValues>();
  const { message } = App.useApp();
  const { run } = useSave();
  const [general, setGeneral] = useState<string[]>([]);
  const activities = useLiveQuery(() => appLedger.campaigns.listYearActivities(year), [year]);
  const save = () => run(async () => {
    clearFieldErrors(form);
    const v = form.getFieldsValue(true) as CampaignFormValues;
    const r = await appLedger.campaigns.saveCampaign(campaign?.id, { year, theme: v.theme ?? '', activityIds: v.activityIds ?? [], note: v.note ?? '' });
    if (!r.ok) {
      setGeneral(applyFieldErrors(form, r.errors).concat(r.errors.year ? [r.errors.year] : []));
      message.error('未能保存，请按红字提示修改');
      return;
    }
    message.success('已保存');
    onDone();
  });
  return (
    <>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 16 }} />}
      {!campaign && <Typography.Paragraph type="secondary">{year}年度还没有登记主题实践活动。填写主题，并从本年度的履职活动中选出属于它的活动。</Typography.Paragraph>}
      <Form form={form} name="campaign" layout="vertical" style={{ maxWidth: 900 }}
        initialValues={{ theme: campaign?.theme ?? '', activityIds: campaign?.activityIds ?? [], note: campaign?.note ?? '' }}>
        <Form.Item label="主题" name="theme"><Input count={{ max: 100 }} /></Form.Item>
        <Form.Item label="关联活动" name="activityIds" extra="以界别、乡镇为单位组织的活动，按组织者分组统计">
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} placeholder="输入标题查找"
            options={(activities ?? []).map((a) => ({ value: a.id, label: `${formatChineseDate(a.startDate)} ${a.title}${a.organizer ? `（${a.organizer}）` : ''}` }))} />
        </Form.Item>
        <Form.Item label="备注" name="note"><Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} count={{ max: 2000 }} /></Form.Item>
        <SaveBar>
          <Button type="primary" onClick={() => void save()}>保存</Button>
          {campaign && <Button onClick={onDone}>取消</Button>}
        </SaveBar>
      </Form>
    </>
  );
}
