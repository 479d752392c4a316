// The packaged program's Electron fuses: the installer config must switch off every way of
// running the binary as something other than this program (plain Node, a debugger, Node options
// from the environment, code from outside app.asar) and switch on cookie encryption and the asar
// check. Parsed with the YAML parser electron-builder itself uses, so an indentation slip that
// would drop the block fails here too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';

describe('electron-builder fuses', () => {
  it('turn off RunAsNode, NODE_OPTIONS and --inspect and turn on cookie encryption and asar integrity', () => {
    const config = load(readFileSync(new URL('../build/electron-builder.yml', import.meta.url), 'utf8')) as Record<string, unknown>;
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });
});
