// 设置 → 安全: set, change or remove the password that opens the program, and the idle time
// after which it locks itself. Removing or changing it asks for the current password.
import { Alert, App, Button, Form, Input, Select, Typography } from 'antd';
import { createLockRecord, IDLE_MINUTES_CHOICES, passwordOpens, passwordProblem } from '../../domain/lock/lock-key';
import { useSave } from '../shared/use-save';
import { SaveBar } from '../shared/SaveBar';
import { useLockStore } from './lock-store';

interface LockFormValues {
  current?: string;
  password: string;
  repeated: string;
  idleMinutes: number;
}

const IDLE_OPTIONS = IDLE_MINUTES_CHOICES.map((n) => ({ value: n, label: n === 0 ? '不自动锁定（只在打开程序时要密码）' : `${n} 分钟无操作后锁定` }));

export function LockPanel() {
  const { message } = App.useApp();
  const record = useLockStore((s) => s.record);
  const saveRecord = useLockStore((s) => s.saveRecord);
  const removeRecord = useLockStore((s) => s.removeRecord);
  const lock = useLockStore((s) => s.lock);
  const [form] = Form.useForm<LockFormValues>();
  // Writing the lock can fail (this PC's storage full or shut): the user is told, and the form
  // keeps what was typed.
  const saving = useSave(record ? '修改密码' : '设置密码');
  const removing = useSave('取消密码', false);
  const busy = saving.saving || removing.saving;

  const currentOpens = async (current: string | undefined) => {
    if (!record) return true;
    if (await passwordOpens(record, current ?? '')) return true;
    form.setFields([{ name: 'current', errors: ['当前密码不正确'] }]);
    return false;
  };

  const save = async (values: LockFormValues) => {
    const problem = passwordProblem(values.password ?? '', values.repeated ?? '');
    if (problem) {
      form.setFields([{ name: problem === '两次输入的密码不一致' ? 'repeated' : 'password', errors: [problem] }]);
      return;
    }
    const done = await saving.run(async () => {
      if (!(await currentOpens(values.current))) return false;
      saveRecord(await createLockRecord(values.password, values.idleMinutes));
      return true;
    });
    if (!done) return;
    form.resetFields(['current', 'password', 'repeated']);
    message.success(record ? '密码已修改' : '已设置密码：以后打开程序需要输入密码');
  };

  const remove = async () => {
    const done = await removing.run(async () => {
      if (!(await currentOpens(form.getFieldValue('current') as string | undefined))) return false;
      removeRecord();
      return true;
    });
    if (!done) return;
    form.resetFields();
    message.success('已取消密码');
  };

  return (
    <section aria-label="密码锁定">
      <Typography.Paragraph style={{ maxWidth: 720 }}>
        在多人共用的电脑上，可以设置打开程序的密码，并在一段时间无操作后自动锁定。密码只对这台电脑有效，不会写进备份；程序只保存由密码推导出的密钥，不保存密码本身。
        {record ? '当前已设置密码。' : '当前没有设置密码。'}
      </Typography.Paragraph>
      {/* The form beside what the lock does and does not protect against, not below it: below, the
          form began past the bottom of a 1366×768 screen. */}
      <div style={{ display: 'flex', gap: 24, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <Form<LockFormValues> form={form} layout="vertical" style={{ flex: '0 1 400px' }} initialValues={{ idleMinutes: record?.idleMinutes ?? 10 }} onFinish={(v) => void save(v)}>
          {record && (
            <Form.Item label="当前密码" name="current">
              <Input.Password autoComplete="current-password" />
            </Form.Item>
          )}
          <Form.Item label={record ? '新密码' : '密码'} name="password">
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item label="再输入一次" name="repeated">
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item label="自动锁定" name="idleMinutes">
            <Select options={IDLE_OPTIONS} />
          </Form.Item>
          <SaveBar>
            <Button type="primary" htmlType="submit" loading={busy}>{record ? '修改密码' : '设置密码'}</Button>
            {record && <Button onClick={() => void remove()} disabled={busy}>取消密码</Button>}
            {record && <Button onClick={lock}>立即锁定</Button>}
          </SaveBar>
        </Form>
        <Alert
          type="info"
          style={{ flex: '1 1 420px', maxWidth: 640 }}
          title="密码锁定能防什么、不能防什么"
          description={
            <>
              <Typography.Paragraph style={{ marginBottom: 8 }}>
                能防：共用这台电脑的同事在程序里随手翻看或改动台账——打开程序和离开一段时间后，要输入密码才能看到屏幕上的内容。
              </Typography.Paragraph>
              <Typography.Paragraph style={{ marginBottom: 0 }}>不能防：</Typography.Paragraph>
              <ul style={{ marginBottom: 0 }}>
                <li>台账没有加密。它保存在这台电脑的程序数据（IndexedDB）里，委员的姓名、电话等都是明文，懂电脑的人不用密码也能直接读取、复制或删除这些文件。</li>
                <li>备份文件、自动备份和数据交换包都没有加密，也不受这个密码保护：拿到文件的人用本程序就能恢复并查看全部内容。</li>
                <li>忘记密码时，知道本会全称的人可以在锁定界面清空这台电脑的台账（清空前会保留一份，可以放回），然后从备份恢复。</li>
              </ul>
              <Typography.Paragraph style={{ marginBottom: 0, marginTop: 8 }}>
                要真正保护台账，请给这台电脑的系统账户设置登录密码，离开时锁定电脑，并把备份文件和 U 盘放在安全的地方。
              </Typography.Paragraph>
            </>
          }
        />
      </div>
    </section>
  );
}
