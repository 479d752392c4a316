// First run: who this ledger belongs to (committee, level, term, plenary sessions, operator),
// and its 乡镇 (pasted from any list; no county's are built in) — or, to look around first, the 示例数据.
import { useEffect, useRef, useState } from 'react';
import { App, Button, Card, Divider, Form, Input, Space, Typography } from 'antd';
import { appLedger } from '../../db/app-ledger';
import { applyFieldErrors } from '../shared/form-errors';
import { RestoreSection } from '../backup/RestoreSection';
import { BEFORE_RESTORE_AT_FIRST_RUN } from '../backup/backup-view';
import { StartupRestoreOffer } from '../backup/StartupRestoreOffer';
import { RestorePointCard } from '../backup/RestorePointCard';
import { parseTownshipList } from '../../domain/dictionaries/township-list';
import { CommitteeFormFields, committeeInputOf, NEW_COMMITTEE_VALUES, type CommitteeFormValues } from '../settings/CommitteeFormFields';
import { useSave } from '../shared/use-save';
import { SaveBar } from '../shared/SaveBar';

type SetupValues = CommitteeFormValues & { townships?: string };

export function FirstRunSetup() {
  const [form] = Form.useForm<SetupValues>();
  const { message } = App.useApp();
  const { saving: busy, run } = useSave();
  const [restoring, setRestoring] = useState(false);
  const restoreRef = useRef<HTMLDivElement>(null);
  // The restore section opens below the form, past the bottom of a small screen.
  useEffect(() => {
    if (restoring) restoreRef.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [restoring]);

  const submit = (values: SetupValues) => {
    const townships = parseTownshipList(values.townships ?? '');
    if (!townships.ok) {
      form.setFields([{ name: 'townships', errors: [townships.message] }]);
      return;
    }
    return run(async () => {
      const saved = await appLedger.settings.saveCommitteeSettings(committeeInputOf(values), townships.names);
      if (!saved.ok) applyFieldErrors(form, saved.errors);
      else message.success('设置完成，可以开始录入台账了');
    });
  };

  const loadSample = () => run(async () => {
    await appLedger.sample.loadSampleLedger();
    message.success('已载入示例数据，可随时一键移除');
  });

  return (
    <div style={{ maxWidth: 640, margin: '24px auto' }}>
      <RestorePointCard on="wipe" />
      <StartupRestoreOffer />
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>欢迎使用政协履职台账</Typography.Title>
        <Typography.Paragraph type="secondary">
          先填写本政协的基本情况，再点“开始使用”。所有数据只保存在这台电脑上，除非您自己导出文件。
        </Typography.Paragraph>
        {/* The other ways in come before the form: on a 1366×768 screen its end is below the edge,
            and someone only trying the program, or moving to a new PC, need not fill it in. */}
        <Space wrap>
          <Typography.Text>不想现在填写：</Typography.Text>
          <Button onClick={() => void loadSample()} disabled={busy}>先载入示例数据看看</Button>
          <Button onClick={() => setRestoring(true)} disabled={busy}>从备份文件恢复</Button>
        </Space>
        <Divider style={{ margin: '16px 0' }} />
        <Form<SetupValues> form={form} layout="vertical" initialValues={NEW_COMMITTEE_VALUES} onFinish={(v) => void submit(v)}>
          <CommitteeFormFields form={form} />
          <Form.Item
            label="本地乡镇（街道）"
            name="townships"
            extra="从文件里复制粘贴即可：每行一个，或用顿号、逗号分开。委员的“所在乡镇”和联络站从这里选；可以先空着，以后在 设置 → 字典 里添加。"
          >
            <Input.TextArea rows={3} placeholder={'城关镇、某某镇、某某乡……'} />
          </Form.Item>
          <SaveBar>
            <Button type="primary" htmlType="submit" loading={busy}>开始使用</Button>
          </SaveBar>
        </Form>
      </Card>
      {restoring && <div ref={restoreRef} style={{ marginTop: 16 }}><RestoreSection before={BEFORE_RESTORE_AT_FIRST_RUN} /></div>}
    </div>
  );
}
