// When a screen throws while drawing, React would otherwise leave a blank window. This shows a
// Chinese message instead, with the details to copy for whoever maintains the program and a
// button to reload. The ledger itself is safe: every write is one transaction, so a screen that
// fails to draw has written nothing half-way.
import { useState, type ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { Button, Input, Result, Space, Typography } from 'antd';
import { crashDetails } from './crash-details';

export function AppErrorBoundary({ children }: { children: ReactNode }) {
  const [componentStack, setComponentStack] = useState<string | null>(null);
  return (
    <ErrorBoundary
      onError={(_error, info) => setComponentStack(info.componentStack ?? null)}
      fallbackRender={(props) => <CrashScreen {...props} componentStack={componentStack} />}
    >
      {children}
    </ErrorBoundary>
  );
}

function CrashScreen({ error, componentStack }: FallbackProps & { componentStack: string | null }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  // The time is taken once, when the screen failed; the component stack arrives a moment later
  // (React reports it after drawing this screen), so the details are put together on each draw.
  const [time] = useState(() => new Date());
  const details = crashDetails(error, componentStack, { time, url: window.location.href, userAgent: navigator.userAgent });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(details);
      setCopied('yes');
    } catch {
      // Clipboard refused (no permission, or an old browser): the text box below can be selected by hand.
      setCopied('no');
    }
  };
  return (
    <Result
      status="error"
      title="程序出错了"
      subTitle="这一页没能显示出来。台账数据已保存在本机，没有丢失。请复制下面的错误详情发给维护人员，然后重新载入程序。"
      extra={
        <Space orientation="vertical" style={{ width: '100%', maxWidth: 720, textAlign: 'left' }}>
          <Space>
            <Button onClick={() => void copy()}>复制错误详情</Button>
            <Button type="primary" onClick={() => window.location.reload()}>重新载入</Button>
            {copied === 'yes' && <Typography.Text type="success">已复制</Typography.Text>}
            {copied === 'no' && <Typography.Text type="warning">无法自动复制，请在下面的文本框中全选后复制</Typography.Text>}
          </Space>
          <Input.TextArea aria-label="错误详情" readOnly value={details} autoSize={{ minRows: 6, maxRows: 16 }} style={{ fontFamily: 'monospace', fontSize: 12 }} />
        </Space>
      }
    />
  );
}
