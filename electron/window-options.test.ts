import { describe, expect, it } from 'vitest';
import { createWebPreferences, createWindowOptions } from './window-options.js';

describe('window options', () => {
  it('isolate the page from Node and the operating system', () => {
    const prefs = createWebPreferences('/app/preload.cjs', { devTools: false });
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('open hidden until painted, at a size office screens hold', () => {
    const options = createWindowOptions('/app/preload.cjs', { devTools: true });
    expect(options.show).toBe(false);
    expect(options.minWidth).toBeLessThanOrEqual(1366);
    expect(options.title).toBe('政协履职台账');
    expect(options.webPreferences.devTools).toBe(true);
  });
});
