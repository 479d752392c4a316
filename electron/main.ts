// The Electron main process, kept thin: lifecycle, the one window, the Chinese menu and the IPC
// handlers. Every decision (security, menu, window options, file handling, validation) lives in
// a plain module beside it that is tested under Node; this file only wires them to Electron.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import type { IpcMainInvokeEvent, MenuItemConstructorOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CLOSE_BACKUP_TIMEOUT_MS, CLOSE_READY_CHANNEL, IPC_CHANNELS } from '../renderer/src/platform/ipc-contract.js';
import type { AppInfo, AutoBackupEntry, AutoBackupListing, FileFilter, IpcResult } from '../renderer/src/platform/ipc-contract.js';
import { createAutoBackupStore, EmptyBackupRefused } from './auto-backup-store.js';
import { createCloseGuard } from './close-guard.js';
import type { CloseGuard } from './close-guard.js';
import { autoBackupFolderOf, loadShellSettings, saveShellSettings } from './shell-settings.js';
import { APP_ID, PRODUCT_NAME } from './app-identity.js';
import { assetHeaders, resolveAppAsset } from './app-protocol.js';
import { createFileService } from './file-service.js';
import type { Dialogs } from './file-service.js';
import { describeFileError, describeMainError, parseAppInfoRequest, parseAutoBackupData, parseAutoBackupNameRequest, parseNoArguments } from './ipc-validation.js';
import { buildMenuTemplate } from './menu-template.js';
import type { MenuCommand, MenuSpec } from './menu-template.js';
import {
  APP_SCHEME,
  APP_START_URL,
  WINDOW_OPEN_DECISION,
  isAllowedNavigation,
  isAllowedRequest,
  isPermissionGranted,
  isTrustedSender,
} from './security.js';
import { createWindowOptions } from './window-options.js';

// Both must happen before 'ready'. The scheme is 'standard' and 'secure' so the page has a
// real origin with IndexedDB, like https, without any network.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);
app.enableSandbox();

const devTools = !app.isPackaged;
let mainWindow: BrowserWindow | null = null;
let closeGuard: CloseGuard | null = null;

const toDialogFilters = (filters: readonly FileFilter[]) =>
  filters.length > 0 ? filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })) : undefined;

const dialogs: Dialogs = {
  async chooseSavePath({ title, buttonLabel, defaultPath, filters }) {
    const options: SaveDialogOptions = {
      title,
      buttonLabel,
      defaultPath,
      filters: toDialogFilters(filters),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const result = await (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options));
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  async chooseOpenPath({ title, buttonLabel, defaultPath, filters }) {
    const options: OpenDialogOptions = { title, buttonLabel, defaultPath, filters: toDialogFilters(filters), properties: ['openFile'] };
    const result = await (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options));
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
};

/** Only our window's top frame, showing our own page, may call IPC. */
function isTrustedEvent(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return (
    mainWindow !== null &&
    event.sender.id === mainWindow.webContents.id &&
    isTrustedSender(frame ? { url: frame.url, isTopFrame: frame.parent === null } : null)
  );
}

function handle<T>(channel: string, respond: (payload: unknown) => Promise<IpcResult<T>>): void {
  ipcMain.handle(channel, async (event, payload: unknown): Promise<IpcResult<T>> => {
    if (!isTrustedEvent(event)) return { ok: false, error: '已拒绝：请求不是来自本程序的窗口。' };
    try {
      return await respond(payload);
    } catch (error) {
      return { ok: false, error: describeMainError(error) };
    }
  });
}

/** Where the first dialog opens. Some Linux desktops have no Documents folder configured. */
function firstDialogFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

function registerIpc(): void {
  const files = createFileService(dialogs, firstDialogFolder());
  handle(IPC_CHANNELS.saveFile, (payload) => files.saveFile(payload));
  handle(IPC_CHANNELS.openFile, (payload) => files.openFile(payload));
  registerAutoBackupIpc();
  handle(IPC_CHANNELS.appInfo, (payload): Promise<IpcResult<AppInfo>> => {
    const request = parseAppInfoRequest(payload);
    return Promise.resolve(request.ok ? { ok: true, value: { version: app.getVersion(), platform: process.platform } } : request);
  });
}

/** The automatic backups folder: the one the user chose, or 自动备份 in the program's data folder. */
async function autoBackupFolder(): Promise<string> {
  const dataFolder = app.getPath('userData');
  return autoBackupFolderOf(await loadShellSettings(dataFolder), dataFolder);
}

function registerAutoBackupIpc(): void {
  const store = createAutoBackupStore(autoBackupFolder);
  handle(IPC_CHANNELS.writeAutoBackup, async (payload): Promise<IpcResult<AutoBackupEntry>> => {
    const data = parseAutoBackupData(payload);
    if (!data.ok) return data;
    try {
      return { ok: true, value: await store.write(data.value, new Date()) };
    } catch (error) {
      return { ok: false, error: error instanceof EmptyBackupRefused ? error.message : describeFileError(error, 'save') };
    }
  });
  handle(IPC_CHANNELS.listAutoBackups, async (payload): Promise<IpcResult<AutoBackupListing>> => {
    const request = parseNoArguments(payload, '列出自动备份');
    if (!request.ok) return request;
    return { ok: true, value: { folder: await autoBackupFolder(), entries: await store.list() } };
  });
  handle(IPC_CHANNELS.readAutoBackup, async (payload): Promise<IpcResult<Uint8Array>> => {
    const name = parseAutoBackupNameRequest(payload);
    if (!name.ok) return name;
    try {
      const read = await store.read(name.value);
      return read.ok ? { ok: true, value: read.data } : read;
    } catch (error) {
      return { ok: false, error: describeFileError(error, 'open') };
    }
  });
  handle(IPC_CHANNELS.chooseAutoBackupFolder, async (payload): Promise<IpcResult<string | null>> => {
    const request = parseNoArguments(payload, '选择自动备份文件夹');
    if (!request.ok) return request;
    const options: OpenDialogOptions = { title: '选择自动备份文件夹', buttonLabel: '选择', defaultPath: await autoBackupFolder(), properties: ['openDirectory', 'createDirectory'] };
    const result = await (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options));
    const folder = result.canceled ? null : (result.filePaths[0] ?? null);
    if (folder) await saveShellSettings(app.getPath('userData'), { autoBackupFolder: folder });
    return { ok: true, value: folder };
  });
  ipcMain.handle(CLOSE_READY_CHANNEL, (event) => {
    if (isTrustedEvent(event)) closeGuard?.onPageReady();
  });
}

function serveRenderer(): void {
  const rendererRoot = path.join(app.getAppPath(), 'dist', 'renderer');
  protocol.handle(APP_SCHEME, async (request) => {
    const file = request.method === 'GET' ? resolveAppAsset(rendererRoot, request.url) : null;
    if (file === null) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file), { headers: assetHeaders(file) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

function lockDownSessions(): void {
  const { defaultSession } = session;
  defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionGranted(permission)));
  defaultSession.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  defaultSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
}

// Applies to every web contents ever created, so no later window or frame escapes the rules.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => WINDOW_OPEN_DECISION);
});

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: `关于${PRODUCT_NAME}`,
    message: `${PRODUCT_NAME} ${app.getVersion()}`,
    detail: '县级政协履职台账与年度报告。数据只保存在这台电脑上，程序不联网。',
    buttons: ['确定'],
    noLink: true,
  };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

function toElectronMenu(spec: readonly MenuSpec[], commands: Record<MenuCommand, () => void>): MenuItemConstructorOptions[] {
  return spec.map((menu) => ({
    label: menu.label,
    submenu: menu.items.map((item): MenuItemConstructorOptions => {
      if (item.kind === 'role') return { role: item.role, label: item.label };
      if (item.kind === 'command') return { label: item.label, click: commands[item.command] };
      return { type: 'separator' };
    }),
  }));
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(createWindowOptions(path.join(import.meta.dirname, 'preload.cjs'), { devTools }));
  window.once('ready-to-show', () => window.show());
  // The first close waits for the page to write the closing backup (close-guard.ts).
  closeGuard = createCloseGuard(
    {
      askPageToBackUp: () => window.webContents.send(IPC_CHANNELS.onBeforeClose),
      closeWindow: () => window.close(),
      startTimer: (ms, onTimeout) => {
        const timer = setTimeout(onTimeout, ms);
        return () => clearTimeout(timer);
      },
    },
    CLOSE_BACKUP_TIMEOUT_MS,
  );
  window.on('close', (event) => {
    if (closeGuard?.onCloseRequested()) event.preventDefault();
  });
  window.on('closed', () => {
    mainWindow = null;
    closeGuard = null;
  });
  void window.loadURL(APP_START_URL);
  return window;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  app.setAppUserModelId(APP_ID);
  lockDownSessions();
  serveRenderer();
  registerIpc();
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronMenu(buildMenuTemplate({ devTools }), { about: showAbout })));
  mainWindow = createMainWindow();
}

// One running copy only: two windows writing the same IndexedDB would each see stale data.
if (app.requestSingleInstanceLock()) {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => app.quit());
  start().catch((error: unknown) => {
    dialog.showErrorBox(`${PRODUCT_NAME}无法启动`, describeMainError(error));
    app.quit();
  });
} else {
  app.quit();
}
