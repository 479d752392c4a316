// @ts-check
// The decisions behind `npm start`, kept free of side effects so scripts/start-mode.test.ts can
// check them: is the Electron binary really on this machine, which port to serve on, and what
// to tell the user in browser mode.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const DEFAULT_PORT = 4173;

/**
 * @typedef {{ found: true, executable: string }
 *   | { found: false, reason: 'no-package' | 'not-downloaded' }} ElectronBinary
 */

/**
 * @typedef {object} ProbeOptions
 * @property {() => string | null} [packageDir] where the `electron` npm package is installed
 * @property {Record<string, string | undefined>} [env]
 * @property {(file: string) => boolean} [exists]
 * @property {(file: string) => string} [readText]
 */

/** @returns {string | null} */
function installedElectronPackageDir() {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * Finds the Electron executable the way the `electron` package's index.js does, but without
 * requiring that file: the installed version starts a download from the internet when the binary
 * is missing, which on an offline machine hangs or fails instead of answering "not here".
 * @param {ProbeOptions} [options]
 * @returns {ElectronBinary}
 */
export function findElectronBinary(options = {}) {
  const {
    packageDir = installedElectronPackageDir,
    env = process.env,
    exists = existsSync,
    readText = (file) => readFileSync(file, 'utf8'),
  } = options;
  const dir = packageDir();
  if (dir === null) return { found: false, reason: 'no-package' };
  // path.txt is written by the package's install script once the download has succeeded.
  const pathFile = path.join(dir, 'path.txt');
  const relative = exists(pathFile) ? readText(pathFile).trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  let executable = '';
  if (override) executable = path.join(override, relative || 'electron');
  else if (relative) executable = path.join(dir, 'dist', relative);
  return executable && exists(executable) ? { found: true, executable } : { found: false, reason: 'not-downloaded' };
}

/**
 * @param {string | undefined} value the PORT environment variable
 * @returns {number}
 */
export function parsePort(value) {
  if (value === undefined || value.trim() === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`环境变量 PORT 必须是 1–65535 之间的整数，现在是“${value}”。`);
  }
  return port;
}

/** @param {number} port */
export function browserModeUrl(port) {
  return `http://127.0.0.1:${port}/`;
}

/**
 * What `npm start` prints once the renderer is served in a browser.
 * @param {number} port
 * @param {'no-package' | 'not-downloaded'} reason
 * @returns {string}
 */
export function browserModeMessage(port, reason) {
  const why =
    reason === 'no-package'
      ? '没有安装 electron 这个 npm 包（例如是用 npm install --omit=dev 安装的）。'
      : 'electron 这个 npm 包已安装，但它的程序文件要在第一次使用时从互联网下载，这里下载不了（离线，或没有配置镜像）。';
  const rule = '─'.repeat(60);
  return [
    rule,
    '政协履职台账 · 浏览器模式',
    '',
    '这台电脑上没有 Electron 桌面程序文件。',
    `原因：${why}`,
    '所以现在用本机浏览器运行同一套界面。数据保存在这个浏览器里，并且按下面的地址区分，',
    '请每次用同一个浏览器、同一个地址打开。',
    '',
    `请用 Chromium、Edge 或 Firefox 打开：  ${browserModeUrl(port)}`,
    '',
    '按 Ctrl+C 停止。要换端口：PORT=4180 npm start',
    rule,
  ].join('\n');
}

/**
 * @param {string} executable
 * @returns {string}
 */
export function electronModeMessage(executable) {
  return `正在启动桌面程序（Electron：${executable}）…`;
}
