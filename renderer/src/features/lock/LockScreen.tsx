// The screen that covers everything while the program is locked. A forgotten password cannot be
// recovered (only a derived key is kept); the way out is to clear this PC's ledger and restore a
// backup, which shows nothing of the locked ledger to whoever does it.
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { Alert, Button, Card, Form, Input, Modal, Typography } from 'antd';
import { passwordOpens } from '../../domain/lock/lock-key';
import { appLedger } from '../../db/app-ledger';
import { useLockStore } from './lock-store';

function ForgotPassword() {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const removeRecord = useLockStore((s) => s.removeRecord);
  const clear = async () => {
    await appLedger.backup.wipeLedger();
    removeRecord();
  };
  return (
    <>
      <Button type="link" onClick={() => setOpen(true)}>忘记密码？</Button>
      <Modal
        open={open}
        zIndex={3100}
        title="忘记密码"
        okText="清空本机台账"
        okButtonProps={{ danger: true, disabled: typed !== '清空' }}
        cancelText="取消"
        onOk={() => void clear()}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph>
          密码无法找回（程序没有保存密码本身）。只能清空这台电脑上的台账和密码，再从备份文件或自动备份恢复。
        </Typography.Paragraph>
        <Typography.Paragraph>确认要清空，请输入“清空”两个字：</Typography.Paragraph>
        <Input aria-label="确认清空" value={typed} onChange={(e) => setTyped(e.target.value)} />
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
