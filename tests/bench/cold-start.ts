// The cold-start measure: a fresh Chromium process on a profile whose ledger is already set up
// opens the served production build, and we take the time from navigation start until the home
// screen is painted — the shell and the home screen's frame (「年度概况」 and its figure cards,
// each a number or 正在统计…) — and, apart, until its year figures are painted.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { SeedResult } from './bench-types';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** The app's year-store key (renderer/src/app/stores/year-store.ts): the year the program reopens on. */
const YEAR_STORAGE_KEY = 'cppcc-ledger.year';

/**
 * Installed before any page script: notes performance.now() (milliseconds since navigation start)
 * when the home screen's frame is in the DOM and when its figures are, each with the next
 * animation frame, the one that paints it. A string, not a function, so no transpiler helper ends
 * up in the page.
 */
const HOME_WATCHER = `(() => {
  const seen = () => {
    if (!document.body) return;
    if (window.benchHomeShownAt === undefined && document.querySelector('.ant-statistic') && (document.body.textContent || '').includes('年度概况')) {
      window.benchHomeShownAt = performance.now();
      requestAnimationFrame(() => { window.benchHomePaintedAt = performance.now(); });
    }
    if (window.benchHomeShownAt !== undefined && document.querySelector('.ant-statistic .ant-statistic-content-value')) {
      observer.disconnect();
      requestAnimationFrame(() => { window.benchFiguresPaintedAt = performance.now(); });
    }
  };
  const observer = new MutationObserver(seen);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

export interface ColdStartRun {
  /** The home screen's frame in the DOM, ms from navigation start. */
  shownMs: number;
  /** The animation frame that paints it, ms from navigation start: the measured value. */
  paintedMs: number;
  /** The animation frame that paints the year figures, ms from navigation start. */
  figuresPaintedMs: number;
  domContentLoadedMs: number;
  loadEventMs: number;
  scripts: number;
  /** What the screen showed, e.g. 「2025年度概况 · 履职活动 300」: proof it was the real home screen. */
  shown: string;
}

/** `extraArgs`: flags only one measure needs (the bench page's gc(), report-bench.ts). */
export function launchProfile(profileDir: string, extraArgs: readonly string[] = []): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 768 },
  });
}

async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

async function homeVisible(page: Page): Promise<void> {
  await page.getByText('年度概况').first().waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('.ant-statistic .ant-statistic-content-value').first().waitFor({ state: 'visible', timeout: 60_000 });
}

/**
 * Fills the app's own database (same origin as the bench page) with the ten-year ledger, makes
 * the program reopen on its newest year, and opens the app once so it is fully set up.
 */
export async function prepareBigLedgerProfile(profileDir: string, origin: string): Promise<SeedResult> {
  const context = await launchProfile(profileDir);
  try {
    const page = await firstPage(context);
    await page.goto(`${origin}/bench/`);
    await page.waitForFunction(() => typeof window.seedAppLedger === 'function');
    const seed = await page.evaluate(() => window.seedAppLedger!());
    await page.evaluate(([key, year]) => localStorage.setItem(key, String(year)), [YEAR_STORAGE_KEY, seed.lastYear] as const);
    await page.goto(`${origin}/`);
    await homeVisible(page);
    return seed;
  } finally {
    await context.close();
  }
}

/** Sets a profile up the way a newcomer would: the first-run screen's 「先载入示例数据看看」 button. */
export async function prepareSampleProfile(profileDir: string, origin: string): Promise<void> {
  const context = await launchProfile(profileDir);
  try {
    const page = await firstPage(context);
    await page.goto(`${origin}/`);
    await page.getByRole('button', { name: '先载入示例数据看看' }).click({ timeout: 60_000 });
    await homeVisible(page);
  } finally {
    await context.close();
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * `runs` cold starts: each a new Chromium process on the prepared profile. With `year`, the
 * program's remembered year is set before the page's scripts run (Chromium may not have flushed
 * localStorage to disk when the previous process was closed), and the home screen must show it.
 */
export async function measureColdStarts(profileDir: string, origin: string, runs: number, year?: number): Promise<ColdStartRun[]> {
  const out: ColdStartRun[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await launchProfile(profileDir);
    try {
      const page = await firstPage(context);
      const remember = year === undefined ? '' : `localStorage.setItem(${JSON.stringify(YEAR_STORAGE_KEY)}, ${JSON.stringify(String(year))});\n`;
      await page.addInitScript({ content: remember + HOME_WATCHER });
      await page.goto(`${origin}/`, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.benchHomePaintedAt !== undefined && window.benchFiguresPaintedAt !== undefined, undefined, { timeout: 60_000 });
      await homeVisible(page);
      // No named helpers inside evaluate(): tsx would wrap them in a __name() the page lacks.
      const t = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return {
          shown: window.benchHomeShownAt ?? NaN,
          painted: window.benchHomePaintedAt ?? NaN,
          figuresPainted: window.benchFiguresPaintedAt ?? NaN,
          domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN,
          loadEvent: nav?.loadEventEnd ?? NaN,
          scripts: performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')).length,
          heading: [...document.querySelectorAll('h1, h2, h3, h4, h5')].find((h) => h.textContent?.includes('年度概况'))?.textContent ?? '',
          firstFigure: document.querySelector('.ant-statistic')?.textContent ?? '',
        };
      });
      out.push({
        shownMs: round(t.shown),
        paintedMs: round(t.painted),
        figuresPaintedMs: round(t.figuresPainted),
        domContentLoadedMs: round(t.domContentLoaded),
        loadEventMs: round(t.loadEvent),
        scripts: t.scripts,
        shown: `${t.heading} · ${t.firstFigure}`,
      });
      if (year !== undefined && !t.heading.startsWith(`${year}年度概况`)) {
        throw new Error(`the home screen showed 「${t.heading}」, not ${year}年度概况`);
      }
    } finally {
      await context.close();
    }
  }
  return out;
}
