import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_ID, PRODUCT_NAME } from './app-identity.js';

describe('app identity', () => {
  it('matches the installer configuration and package.json', () => {
    const builder = readFileSync(new URL('../build/electron-builder.yml', import.meta.url), 'utf8');
    expect(/^appId:\s*(\S+)\s*$/mu.exec(builder)?.[1]).toBe(APP_ID);
    expect(/^productName:\s*(\S+)\s*$/mu.exec(builder)?.[1]).toBe(PRODUCT_NAME);
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { productName?: string; main?: string };
    expect(pkg.productName).toBe(PRODUCT_NAME);
    // tsc compiles electron/main.ts to dist-electron/electron/main.js (rootDir is the project).
    expect(pkg.main).toBe('dist-electron/electron/main.js');
  });
});
