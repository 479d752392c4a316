// The renderer's entry: Chinese locale for antd and dayjs, the app-wide component settings, then
// the app — inside an error boundary, so a screen that fails to draw shows a Chinese message
// instead of a blank window.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ConfigProvider, App as AntApp } from 'antd';
import zhCN from 'antd/locale/zh_CN';
// antd's prebuilt stylesheet, with `zeroRuntime` below: the components' styles are not generated
// in JavaScript while the first screen draws (on a cold start, the largest single cost of drawing
// the shell and the home screen). The theme's colours still apply, through the CSS variables antd
// sets from the theme's tokens at run time.
import 'antd/dist/antd.css';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { LedgerApp } from './app/LedgerApp';
import { AppErrorBoundary } from './app/AppErrorBoundary';
import { UnhandledErrors } from './app/UnhandledErrors';
import { keepClearButtonsOutOfTabOrder } from './app/clear-buttons';

dayjs.locale('zh-cn');
keepClearButtonsOutOfTabOrder(document);

// Every dialog's body scrolls inside the window, so its footer (保存, 加入) is in view even on a
// 1366×768 screen whose browser shows 657 px.
const MODAL = { centered: true, styles: { body: { maxHeight: 'calc(100vh - 170px)', overflowY: 'auto' as const } } };
// A date picker's calendar is about 280 px tall instead of antd's 348: a field anywhere on a 657 px
// window has that much room above or below it, so the calendar opens wholly inside the window
// (antd turns it to the side where it fits) — at 348 px a field halfway down had room on neither.
const COMPACT_CALENDAR = { cellHeight: 22, textHeight: 34, withoutTimeCellHeight: 54, paddingXXS: 2 };
const THEME = { zeroRuntime: true, token: { colorPrimary: '#b71c1c', borderRadius: 4 }, components: { DatePicker: COMPACT_CALENDAR } };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} modal={MODAL} theme={THEME}>
      <AntApp>
        <UnhandledErrors />
        <AppErrorBoundary>
          <LedgerApp />
        </AppErrorBoundary>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
