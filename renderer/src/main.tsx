// The renderer's entry: Chinese locale for antd and dayjs, then the app — inside an error
// boundary, so a screen that fails to draw shows a Chinese message instead of a blank window.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ConfigProvider, App as AntApp } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { LedgerApp } from './app/LedgerApp';
import { AppErrorBoundary } from './app/AppErrorBoundary';
import { UnhandledErrors } from './app/UnhandledErrors';

dayjs.locale('zh-cn');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 4 } }}>
      <AntApp>
        <UnhandledErrors />
        <AppErrorBoundary>
          <LedgerApp />
        </AppErrorBoundary>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
