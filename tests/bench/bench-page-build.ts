// The vite configuration that builds the bench page (tests/bench/index.html + bench-page.ts,
// which imports the app's real db/ and domain/ modules) into .test-output/bench/page, apart from
// the app's own build. A named export used by run.ts (`build({ configFile: false, ...})`): the
// lint rules allow default exports only in config files at the project root.
import type { InlineConfig } from 'vite';
import { resolve } from 'node:path';

export const BENCH_PAGE_OUT_DIR = resolve(import.meta.dirname, '../../.test-output/bench/page');

export const benchPageConfig: InlineConfig = {
  configFile: false,
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: BENCH_PAGE_OUT_DIR,
    emptyOutDir: true,
    // Minified like the app's build, so the measured code is what ships.
    chunkSizeWarningLimit: 4000,
  },
};
