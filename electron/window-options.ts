// The main window's options as plain data, so a test pins the settings that keep page code away
// from Node and the operating system (docs/ARCHITECTURE.md, "The shell").

/** The subset of Electron's WebPreferences we set; main.ts passes it to BrowserWindow as is. */
export interface AppWebPreferences {
  readonly preload: string;
  readonly contextIsolation: true;
  readonly sandbox: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly experimentalFeatures: false;
  readonly webviewTag: false;
  readonly navigateOnDragDrop: false;
  readonly safeDialogs: true;
  readonly spellcheck: false;
  readonly devTools: boolean;
}

export function createWebPreferences(preloadPath: string, options: { devTools: boolean }): AppWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // A file dropped on the window would otherwise replace the app with that file.
    navigateOnDragDrop: false,
    safeDialogs: true,
    // The spellchecker downloads dictionaries from Google on first use.
    spellcheck: false,
    // A packaged program hides DevTools; office users should not be one keystroke from a console.
    devTools: options.devTools,
  };
}

export interface AppWindowOptions {
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly minWidth: number;
  readonly minHeight: number;
  readonly show: false;
  readonly backgroundColor: string;
  readonly webPreferences: AppWebPreferences;
}

export function createWindowOptions(preloadPath: string, options: { devTools: boolean }): AppWindowOptions {
  return {
    title: '政协履职台账',
    // Office PCs are often 1366×768; the layout is designed for 1280 and up.
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    // Shown on 'ready-to-show', so the user never sees a white flash before antd paints.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: createWebPreferences(preloadPath, options),
  };
}
