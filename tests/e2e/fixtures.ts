// The end-to-end test fixture: a fresh browser context (so a fresh profile and an empty
// IndexedDB) per test, and a record of every request the page makes. It runs for every test and
// fails the test if the program asked anything of a host but its own.
import { test as base, expect } from '@playwright/test';
import { LedgerApp } from './pages/ledger-app';

interface Fixtures {
  app: LedgerApp;
  foreignRequests: string[];
}

export const test = base.extend<Fixtures>({
  foreignRequests: [async ({ page, baseURL }, use) => {
    const own = new URL(baseURL!).host;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.host !== own) foreign.push(request.url());
    });
    await use(foreign);
    expect(foreign, 'the program must request nothing from any host but its own').toEqual([]);
  }, { auto: true }],
  app: async ({ page }, use) => {
    await use(new LedgerApp(page));
  },
});

export { expect };
