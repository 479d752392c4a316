// @ts-check
// `npm start`: builds the renderer, then runs it in the Electron window where the Electron binary
// is installed, or else serves it on 127.0.0.1 for a local browser and says why. The decisions are
// in start-mode.mjs; this file only runs the steps.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { browserModeMessage, electronModeMessage, findElectronBinary, parsePort } from './start-mode.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const configFile = path.join(root, 'vite.config.ts');

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

async function buildRenderer() {
  console.log('正在构建界面（vite build）…');
  try {
    await build({ root: path.join(root, 'renderer'), configFile, logLevel: 'warn' });
  } catch (error) {
    // The message carries Vite's details; the stack trace of its wrapper adds nothing.
    fail(`界面构建失败：${error instanceof Error ? error.message : String(error)}`);
  }
}

function compileMain() {
  console.log('正在编译主进程（tsc -p electron/tsconfig.json）…');
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'electron', 'tsconfig.json')], { stdio: 'inherit' });
  if (result.status !== 0) fail('主进程编译失败，见上面的错误。');
}

/** @param {string} executable */
function runElectron(executable) {
  console.log(electronModeMessage(executable));
  // ELECTRON_RUN_AS_NODE, if set by a parent tool, would make the binary a plain Node.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(executable, [root], { stdio: 'inherit', env });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => child.kill(signal));
}

/**
 * @param {number} port
 * @param {'no-package' | 'not-downloaded'} reason
 */
async function serveInBrowser(port, reason) {
  try {
    await preview({ root: path.join(root, 'renderer'), configFile, logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  } catch (error) {
    fail(`无法在 127.0.0.1:${port} 上提供界面：${error instanceof Error ? error.message : String(error)}\n如果端口被占用，请换一个：PORT=4180 npm start`);
  }
  console.log(`\n${browserModeMessage(port, reason)}\n`);
}

/** @returns {number} */
function portFromEnv() {
  try {
    return parsePort(process.env.PORT);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

const port = portFromEnv();
const electron = findElectronBinary();
await buildRenderer();
if (electron.found) {
  compileMain();
  runElectron(electron.executable);
} else {
  await serveInBrowser(port, electron.reason);
}
