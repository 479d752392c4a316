import { defineConfig } from '@playwright/test';

// Debian's Chromium, not a Playwright download (these machines cannot fetch browsers).
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4780);
// Where the built renderer is (vite's outDir is relative to `renderer/`); lets two checkouts or
// helpers run end-to-end tests side by side on their own build and port.
const distDir = process.env.E2E_DIST ?? '../dist/renderer';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.test-output/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
    launchOptions: {
      executablePath,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
        '--no-sandbox',
        '--disable-gpu',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --outDir ${distDir}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
