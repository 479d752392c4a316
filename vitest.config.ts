import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['renderer/src/**/*.test.ts', 'electron/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup-indexeddb.ts'],
    // Generous: CI has 2 cores that may be busy; a setup that builds a big ledger must not fail for speed.
    testTimeout: 30000,
    hookTimeout: 60000,
  },
});
