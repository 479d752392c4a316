// The screen that covers everything while the program is locked. A forgotten password cannot be
// recovered (only a derived key is kept); the way out is to clear this PC's ledger and restore a
// backup, which shows nothing of the locked ledger to whoever does it. Clearing asks for the
// committee's full name and a wait, and keeps the ledger first (a restore point, and in the
// desktop program an automatic backup), so a slip or a passer-by cannot destroy the year's work.
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, App, Button, Card, Form, Input, Modal, Typography } from 'antd';
import { passwordOpens, wipeConfirmationMatches } from '../../domain/lock/lock-key';
import { appLedger } from '../../db/app-ledger';
import { getPlatform } from '../../platform';
import { writeAutoBackupNow } from '../backup/auto-backup-now';
import { errorText } from '../backup/backup-view';
import { restorePointChanged } from '../backup/restore-point-store';
import { useLockStore } from './lock-store';
import { useCountdown } from './use-countdown';

/** Seconds the clerk waits, name typed, before the wipe can be confirmed: time to think again. */
export const WIPE_WAIT_SECONDS = 10;

/** Mounted once the name matches, so the wait starts then and starts over if the name is changed. */
function WipeButton({ busy, onClick }: { busy: boolean; onClick: () => void }) {
  const left = useCountdown(WIPE_WAIT_SECONDS);
  return (
    <Button danger type="primary" disabled={left > 0} loading={busy} onClick={onClick}>
      {left > 0 ? `清空本机台账（${left} 秒）` : '清空本机台账'}
    </Button>
  );
}

function ForgotPassword() {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const removeRecord = useLockStore((s) => s.removeRecord);
  const committee = useLiveQuery(async () => (await appLedger.settings.getSettings())?.committee.name ?? '', [], null);
  const matches = committee !== null && wipeConfirmationMatches(typed, committee);

  const clear = async () => {
    setBusy(true);
    try {
      // First a copy the office can get back: a backup file in the desktop program, and in both
      // the restore point, which the first-run screen offers back (恢复清空前的台账).
      const { autoBackups } = getPlatform();
      if (autoBackups) await writeAutoBackupNow(autoBackups);
      await appLedger.restorePoint.wipeKeepingPoint();
      restorePointChanged();
      removeRecord();
    } catch (e) {
      message.error(`没有清空，台账保持原样：${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setOpen(false);
    setTyped('');
  };
  return (
    <>
      <Button type="link" onClick={() => setOpen(true)}>忘记密码？</Button>
      <Modal
        open={open}
        zIndex={3100}
        title="忘记密码"
        onCancel={close}
        footer={[
          <Button key="cancel" onClick={close}>取消</Button>,
          matches ? <WipeButton key="wipe" busy={busy} onClick={() => void clear()} /> : <Button key="wipe" danger disabled>清空本机台账</Button>,
        ]}
      >
        <Typography.Paragraph>
          密码无法找回（程序没有保存密码本身）。只能清空这台电脑上的台账和密码，再从备份恢复。
        </Typography.Paragraph>
        <Typography.Paragraph>
          清空之前，台账会先保留一份：桌面版还会写一份自动备份。清空后在开始界面可以“恢复清空前的台账”。
        </Typography.Paragraph>
        <Typography.Paragraph>确认要清空，请输入本会的全称（设置里填写的政协名称）：</Typography.Paragraph>
        <Input aria-label="本会全称" value={typed} onChange={(e) => setTyped(e.target.value)} />
        {typed !== '' && !matches && <Typography.Text type="secondary">与本会全称不一致。</Typography.Text>}
      </Modal>
    </>
  );
}

export function LockScreen() {
  const record = useLockStore((s) => s.record);
  const unlock = useLockStore((s) => s.unlock);
  const [checking, setChecking] = useState(false);
  const [wrong, setWrong] = useState(false);
  const [form] = Form.useForm<{ password: string }>();

  const submit = async ({ password }: { password: string }) => {
    if (!record) return unlock();
    setChecking(true);
    const opens = await passwordOpens(record, password ?? '');
    setChecking(false);
    setWrong(!opens);
    if (opens) unlock();
    else form.resetFields();
  };

  // Open dialogs live in their own layers at the end of <body>; the lock covers them all and makes
  // every other layer inert, so nothing behind it can be seen, clicked or reached with Tab.
  const layer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const others = [...document.body.children].filter((el) => el !== layer.current && !el.contains(layer.current));
    const changed = others.filter((el) => !el.hasAttribute('inert'));
    for (const el of changed) el.setAttribute('inert', '');
    return () => {
      for (const el of changed) el.removeAttribute('inert');
    };
  }, []);

  return createPortal(
    <div ref={layer} style={{ position: 'fixed', inset: 0, zIndex: 3000, background: '#f5f5f5', overflow: 'auto' }}>
    <div style={{ maxWidth: 420, margin: '120px auto' }}>
      <Card>
        <Typography.Title level={3}>政协履职台账已锁定</Typography.Title>
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item label="密码" name="password">
            <Input.Password autoFocus autoComplete="current-password" />
          </Form.Item>
          {wrong && <Alert type="error" showIcon title="密码不正确" style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" loading={checking}>解锁</Button>
          <ForgotPassword />
        </Form>
      </Card>
    </div>
    </div>,
    document.body,
  );
}
