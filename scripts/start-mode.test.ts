import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, browserModeMessage, findElectronBinary, parsePort } from './start-mode.mjs';

const pkg = path.join('/proj', 'node_modules', 'electron');

function probe(files: Record<string, string>, env: Record<string, string | undefined> = {}, packageDir: string | null = pkg) {
  return findElectronBinary({
    packageDir: () => packageDir,
    env,
    exists: (file) => file in files,
    readText: (file) => files[file] ?? '',
  });
}

describe('findElectronBinary', () => {
  it('finds the downloaded binary named in path.txt', () => {
    const executable = path.join(pkg, 'dist', 'electron');
    expect(probe({ [path.join(pkg, 'path.txt')]: 'electron\n', [executable]: '' })).toEqual({ found: true, executable });
  });

  it('says "not downloaded" when the package is installed but its binary never arrived', () => {
    expect(probe({})).toEqual({ found: false, reason: 'not-downloaded' });
    expect(probe({ [path.join(pkg, 'path.txt')]: 'electron' })).toEqual({ found: false, reason: 'not-downloaded' });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, as the package itself does', () => {
    const executable = path.join('/opt/electron', 'electron');
    expect(probe({ [executable]: '' }, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' })).toEqual({ found: true, executable });
  });

  it('says "no package" when electron is not installed at all', () => {
    expect(probe({}, {}, null)).toEqual({ found: false, reason: 'no-package' });
  });

  it('answers on this machine without trying to download anything', () => {
    expect(findElectronBinary().found).toBeTypeOf('boolean');
  });
});

describe('parsePort', () => {
  it('defaults to 4173 and accepts a valid PORT', () => {
    expect(parsePort(undefined)).toBe(DEFAULT_PORT);
    expect(parsePort('')).toBe(DEFAULT_PORT);
    expect(parsePort('8080')).toBe(8080);
  });

  it.each(['abc', '0', '65536', '80.5', '-1'])('refuses %s in Chinese', (value) => {
    expect(() => parsePort(value)).toThrow(/PORT 必须是 1–65535 之间的整数/u);
  });
});

describe('browserModeMessage', () => {
  it('says the binary is missing, why, and where to open the program', () => {
    const message = browserModeMessage(4180, 'not-downloaded');
    expect(message).toContain('没有 Electron 桌面程序文件');
    expect(message).toContain('从互联网下载');
    expect(message).toContain('浏览器模式');
    expect(message).toContain('http://127.0.0.1:4180/');
  });

  it('explains a missing package differently', () => {
    expect(browserModeMessage(DEFAULT_PORT, 'no-package')).toContain('没有安装 electron 这个 npm 包');
  });
});
