// The folder of automatic backups: one file per backup named after the local time it
// was taken, a `.sha256` file beside it, and pruning to 30 daily + 12 monthly copies. A write
// goes to a temporary file that is renamed into place, and pruning runs only after the new
// backup and its checksum are both on disk — so a full disk or a pulled USB drive leaves every
// earlier backup as it was. Runs under Node; main.ts gives it the folder.
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { backupsToKeep, trustedNewestFirst, type DatedBackup } from './backup-retention.js';
import { readFileWithinLimit, writeFileAtomically } from './file-io.js';
import { backupHoldsRecords } from '../renderer/src/platform/ipc-contract.js';
import type { AutoBackupEntry, AutoBackupHeader } from '../renderer/src/platform/ipc-contract.js';

export const AUTO_BACKUP_EXTENSION = '.cppcc-backup';
const CHECKSUM_EXTENSION = '.sha256';
const NAME_PATTERN = /^台账自动备份-(\d{8}-\d{6})(?:-(\d{1,3}))?\.cppcc-backup$/u;
/** The header sits at the start of the file, before the tables; a few kB is plenty. */
const HEADER_BYTES = 64 * 1024;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function autoBackupStamp(now: Date): string {
  return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
}

export function autoBackupName(stamp: string, suffix = 0): string {
  return `台账自动备份-${stamp}${suffix > 0 ? `-${suffix}` : ''}${AUTO_BACKUP_EXTENSION}`;
}

export function parseAutoBackupName(name: string): DatedBackup | null {
  const match = NAME_PATTERN.exec(name);
  return match ? { name, stamp: match[1]! } : null;
}

/**
 * The suffix for a backup taken in `stamp`'s second: one past every suffix already used in that
 * second, so the new name never equals an earlier one and always sorts as the newest of them (a
 * free lower suffix left by pruning would make the new backup look older and be pruned at once).
 */
export function nextSuffix(stamp: string, existing: readonly DatedBackup[]): number {
  let next = 0;
  for (const backup of existing) {
    if (backup.stamp !== stamp) continue;
    const suffix = NAME_PATTERN.exec(backup.name)?.[2];
    next = Math.max(next, suffix === undefined ? 1 : Number(suffix) + 1);
  }
  return next;
}

export class EmptyBackupRefused extends Error {
  constructor() {
    super('台账是空的（没有设置本会信息或没有任何记录），不写自动备份，以免挤掉之前的备份。');
    this.name = 'EmptyBackupRefused';
  }
}

function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The backup header (committee, counts, when) without reading the whole file. */
export function readHeaderText(start: string): AutoBackupHeader | null {
  const end = start.indexOf(',"tables":');
  if (end < 0) return null;
  try {
    const header = JSON.parse(`${start.slice(start.charCodeAt(0) === 0xfeff ? 1 : 0, end)}}`) as Record<string, unknown>;
    const counts = header.counts;
    if (typeof header.createdAt !== 'string' || typeof header.committee !== 'string' || typeof counts !== 'object' || counts === null) return null;
    const safeCounts: Record<string, number> = {};
    for (const [table, n] of Object.entries(counts)) if (typeof n === 'number') safeCounts[table] = n;
    return { createdAt: header.createdAt, committee: header.committee, counts: safeCounts };
  } catch {
    return null;
  }
}

async function readStart(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

export interface AutoBackupStore {
  write(data: Uint8Array, now: Date): Promise<AutoBackupEntry>;
  /** Newest first; any stamped after today (the clock once ran ahead) after all the others. */
  list(now?: Date): Promise<AutoBackupEntry[]>;
  /** The bytes, after checking them against the `.sha256` written beside them. */
  read(name: string): Promise<{ ok: true; data: Uint8Array } | { ok: false; error: string }>;
}

export type AtomicWriter = (target: string, data: Uint8Array) => Promise<void>;

export function createAutoBackupStore(folderOf: () => Promise<string>, writeAtomically: AtomicWriter = writeFileAtomically): AutoBackupStore {
  async function entryOf(folder: string, dated: DatedBackup): Promise<AutoBackupEntry> {
    const file = path.join(folder, dated.name);
    const info = await stat(file);
    return { name: dated.name, stamp: dated.stamp, size: info.size, header: readHeaderText(await readStart(file)) };
  }

  async function datedBackups(folder: string): Promise<DatedBackup[]> {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return [];
      throw error;
    }
    return names.map(parseAutoBackupName).filter((b): b is DatedBackup => b !== null);
  }

  /** The newest backup whose header says it holds records, or null. */
  async function newestWhole(folder: string, all: readonly DatedBackup[], nowStamp: string): Promise<string | null> {
    for (const backup of [...all].sort(trustedNewestFirst(nowStamp))) {
      try {
        if (backupHoldsRecords(readHeaderText(await readStart(path.join(folder, backup.name))))) return backup.name;
      } catch {
        // Unreadable: not whole.
      }
    }
    return null;
  }

  async function prune(folder: string, written: string, nowStamp: string): Promise<void> {
    const all = await datedBackups(folder);
    const keep = backupsToKeep(all, nowStamp);
    // Whatever the rules say, the backup just written stays (a clock set back would make it look
    // older than the day's newest), and so does the newest one that holds a ledger.
    keep.add(written);
    const whole = await newestWhole(folder, all, nowStamp);
    if (whole) keep.add(whole);
    for (const backup of all) {
      if (keep.has(backup.name)) continue;
      // The backup first: a checksum without its backup is harmless, the reverse would look damaged.
      await rm(path.join(folder, backup.name), { force: true });
      await rm(path.join(folder, backup.name + CHECKSUM_EXTENSION), { force: true });
    }
  }

  return {
    async write(data, now) {
      // Checked here as well as in the page: an automatic backup of nothing would become the
      // newest and push a good one out.
      if (!backupHoldsRecords(readHeaderText(new TextDecoder().decode(data.subarray(0, HEADER_BYTES))))) {
        throw new EmptyBackupRefused();
      }
      const folder = await folderOf();
      await mkdir(folder, { recursive: true });
      const stamp = autoBackupStamp(now);
      const name = autoBackupName(stamp, nextSuffix(stamp, await datedBackups(folder)));
      // The checksum goes first: a backup that is in place always has its checksum beside it.
      await writeAtomically(path.join(folder, name + CHECKSUM_EXTENSION), new TextEncoder().encode(`${sha256(data)}  ${name}\n`));
      try {
        await writeAtomically(path.join(folder, name), data);
      } catch (error) {
        await rm(path.join(folder, name + CHECKSUM_EXTENSION), { force: true });
        throw error;
      }
      await prune(folder, name, stamp);
      return entryOf(folder, { name, stamp });
    },

    async list(now = new Date()) {
      const folder = await folderOf();
      const dated = (await datedBackups(folder)).sort(trustedNewestFirst(autoBackupStamp(now)));
      const entries: AutoBackupEntry[] = [];
      for (const backup of dated) {
        try {
          entries.push(await entryOf(folder, backup));
        } catch {
          // Removed between listing and reading (another prune): leave it out.
        }
      }
      return entries;
    },

    async read(name) {
      if (!parseAutoBackupName(name)) return { ok: false, error: '不是自动备份的文件名。' };
      const folder = await folderOf();
      const file = path.join(folder, name);
      let expected: string;
      try {
        expected = (await readFile(file + CHECKSUM_EXTENSION, 'utf8')).trim().split(/\s+/u)[0] ?? '';
      } catch {
        return { ok: false, error: `自动备份“${name}”缺少校验文件（${name}${CHECKSUM_EXTENSION}），无法确认它完好。` };
      }
      const read = await readFileWithinLimit(file);
      if (!read.ok) return read;
      if (sha256(read.data) !== expected) return { ok: false, error: `自动备份“${name}”的校验和不符，文件已损坏或被改动过。` };
      return read;
    },
  };
}
