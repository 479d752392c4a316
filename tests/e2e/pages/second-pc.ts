// A second office PC for exchange tests: its own browser context (so its own IndexedDB), set up at
// its first run and standing on 数据交换, ready to take a package from the first PC.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { LedgerApp } from './ledger-app';
import { ExchangePage } from './exchange-page';

export interface SecondPc {
  context: BrowserContext;
  page: Page;
  app: LedgerApp;
  exchange: ExchangePage;
}

/** `watch` sees the page before it loads anything (to record its requests, say). */
export async function openSecondPc(
  browser: Browser,
  baseURL: string | undefined,
  options: { viewport?: { width: number; height: number }; watch?: (page: Page) => void } = {},
): Promise<SecondPc> {
  const context = await browser.newContext({ baseURL, ...(options.viewport ? { viewport: options.viewport } : {}) });
  const page = await context.newPage();
  options.watch?.(page);
  const app = new LedgerApp(page);
  await app.open();
  await app.completeFirstRun();
  const exchange = new ExchangePage(page);
  await exchange.open();
  return { context, page, app, exchange };
}
