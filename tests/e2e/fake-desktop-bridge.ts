// A stand-in for the desktop shell's preload bridge (window.cppccLedger), installed before the
// page loads, so the renderer runs in desktop mode in Chromium. Its automatic backups folder is
// kept in localStorage so it survives a reload, as a folder on disk would; the shell's own side
// (writing, checksums, pruning, the close guard) is tested under Node in electron/*.test.ts.
// Runs inside the page: no imports, nothing from the test's scope.
export function installFakeDesktopBridge(): void {
  const KEY = 'fake-desktop:auto-backups';
  type Stored = { name: string; stamp: string; text: string; damaged: boolean };
  const load = (): Stored[] => JSON.parse(localStorage.getItem(KEY) ?? '[]') as Stored[];
  const store = (all: Stored[]) => localStorage.setItem(KEY, JSON.stringify(all));
  const pad = (n: number) => String(n).padStart(2, '0');
  const headerOf = (text: string) => {
    const end = text.indexOf(',"tables":');
    const h = JSON.parse(`${text.slice(0, end)}}`) as { createdAt: string; committee: string; counts: Record<string, number> };
    return { createdAt: h.createdAt, committee: h.committee, counts: h.counts };
  };
  let folder = '/home/office/.config/政协履职台账/自动备份';
  let closeListener: (() => Promise<void>) | null = null;
  const bridge = {
    saveFile: () => Promise.resolve({ saved: false }),
    openFile: () => Promise.resolve(null),
    appInfo: () => Promise.resolve({ version: '0.1.0', platform: 'linux' }),
    writeAutoBackup: (data: Uint8Array) => {
      const now = new Date();
      const all = load();
      const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
      const name = `台账自动备份-${stamp}-${all.length + 1}.cppcc-backup`;
      const text = new TextDecoder().decode(data);
      store([...all, { name, stamp, text, damaged: false }]);
      return Promise.resolve({ name, stamp, size: data.byteLength, header: headerOf(text) });
    },
    listAutoBackups: () =>
      Promise.resolve({
        folder,
        entries: load()
          .reverse()
          .map((b) => ({ name: b.name, stamp: b.stamp, size: b.text.length, header: headerOf(b.text) })),
      }),
    readAutoBackup: (name: string) => {
      const found = load().find((b) => b.name === name);
      if (!found) return Promise.reject(new Error('自动备份不存在。'));
      if (found.damaged) return Promise.reject(new Error(`自动备份“${name}”的校验和不符，文件已损坏或被改动过。`));
      return Promise.resolve(new TextEncoder().encode(found.text));
    },
    chooseAutoBackupFolder: () => {
      folder = 'D:\\台账备份';
      return Promise.resolve(folder);
    },
    onBeforeClose: (listener: () => Promise<void>) => {
      closeListener = listener;
    },
  };
  Object.assign(window, {
    cppccLedger: bridge,
    // What the shell does when the user clicks ×: ask the page for its closing backup.
    fakeDesktopClose: () => closeListener?.(),
    fakeDesktopDamageNewest: (damaged: boolean) => {
      const all = load();
      all[all.length - 1]!.damaged = damaged;
      store(all);
    },
  });
}
