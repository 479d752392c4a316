// The one IPC contract between the renderer and the Electron shell: the calls the preload
// exposes as `window.cppccLedger`, their channels, and the file-name and size rules both sides
// apply. It is compiled by the renderer's and by electron/'s tsconfig alike, so it imports only
// one pure, import-free domain file, spelled with .js as Node modules (NodeNext) need.
import { countsHoldRecords } from '../domain/ledger/holds-records.js';

export interface FileFilter {
  readonly name: string;
  /** Without the dot: 'docx', 'xlsx'; '*' means any file. */
  readonly extensions: readonly string[];
}

export interface SaveFileRequest {
  readonly suggestedName: string;
  readonly filters: readonly FileFilter[];
  readonly data: Uint8Array;
}

/** The renderer learns the base name of what was written, never the folder. */
export interface SaveFileResult {
  readonly saved: boolean;
  readonly fileName?: string;
}

export interface OpenFileRequest {
  readonly filters: readonly FileFilter[];
}

export interface OpenedFile {
  readonly name: string;
  readonly data: Uint8Array;
}

export interface AppInfo {
  readonly version: string;
  readonly platform: string;
}

/** What the first bytes of a backup say about it, read without loading the whole file. */
export interface AutoBackupHeader {
  readonly createdAt: string;
  readonly committee: string;
  readonly counts: Readonly<Record<string, number>>;
}

/**
 * Whether a backup holds a ledger worth keeping (domain/ledger/holds-records.ts): an empty one is
 * never written automatically and never counts as the newest whole backup.
 */
export function backupHoldsRecords(header: Pick<AutoBackupHeader, 'committee' | 'counts'> | null): boolean {
  return header !== null && countsHoldRecords(header.committee, header.counts);
}

/** One file in the automatic backups folder. */
export interface AutoBackupEntry {
  readonly name: string;
  /** Local time it was taken, `YYYYMMDD-HHmmss`. */
  readonly stamp: string;
  readonly size: number;
  /** null when the start of the file is not a backup header (damaged or cut short). */
  readonly header: AutoBackupHeader | null;
}

export interface AutoBackupListing {
  /** Shown to the user, who chose it (or may change it); the default is in the program's data folder. */
  readonly folder: string;
  readonly entries: readonly AutoBackupEntry[];
}

/** What the preload exposes. Every call is validated again in main: the renderer is untrusted. */
export interface DesktopBridge {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** `null` when the user cancels the dialog. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  appInfo(): Promise<AppInfo>;
  /** Writes a backup file into the automatic backups folder and prunes old ones (30 daily + 12 monthly). */
  writeAutoBackup(data: Uint8Array): Promise<AutoBackupEntry>;
  listAutoBackups(): Promise<AutoBackupListing>;
  /** The bytes of one automatic backup, refused when its checksum does not match. */
  readAutoBackup(name: string): Promise<Uint8Array>;
  /** Lets the user pick another folder (e.g. on a second drive); null when cancelled. */
  chooseAutoBackupFolder(): Promise<string | null>;
  /**
   * Registers what to do when the window is closing (write the closing backup). Main waits for
   * it — at most CLOSE_BACKUP_TIMEOUT_MS — and then closes.
   */
  onBeforeClose(listener: () => Promise<void>): void;
}

/** One channel per bridge call, all under one prefix so main can tell ours from anything else. */
export const IPC_CHANNELS = {
  saveFile: 'cppcc:save-file',
  openFile: 'cppcc:open-file',
  appInfo: 'cppcc:app-info',
  writeAutoBackup: 'cppcc:write-auto-backup',
  listAutoBackups: 'cppcc:list-auto-backups',
  readAutoBackup: 'cppcc:read-auto-backup',
  chooseAutoBackupFolder: 'cppcc:choose-auto-backup-folder',
  // Main → renderer: the window is closing. The renderer answers on `closeReady`.
  onBeforeClose: 'cppcc:before-close',
} as const satisfies Record<keyof DesktopBridge, `cppcc:${string}`>;

/** Renderer → main: the closing backup is written (or failed); the window may close. */
export const CLOSE_READY_CHANNEL = 'cppcc:close-ready';

/** A closing backup of the ten-year ledger takes a few seconds; a hung page must not keep the window open. */
export const CLOSE_BACKUP_TIMEOUT_MS = 30_000;

/** The global the preload defines: `window.cppccLedger`. */
export const BRIDGE_GLOBAL_NAME = 'cppccLedger';

/**
 * What travels over the wire. Main answers with a value or a Chinese message; the preload turns
 * the message into a thrown Error, so the screens show it as is (an Error thrown inside an IPC
 * handler would reach them wrapped in English).
 */
export type IpcResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** A backup with attachments stays far below this; anything larger is a wrong file. */
export const MAX_FILE_BYTES = 300 * 1024 * 1024;

/**
 * ext4 allows 255 bytes per name and a Chinese character takes 3 of them; main also appends a
 * short suffix while writing, so leave room.
 */
export const MAX_FILE_NAME_BYTES = 200;

// Characters Windows forbids in a name, plus path separators and control characters. Two
// copies because a global regex keeps `lastIndex` between `test` calls.
const FORBIDDEN_NAME_CHAR = /[\\/:*?"<>|\u0000-\u001f\u007f]/u;
const FORBIDDEN_NAME_CHARS = new RegExp(FORBIDDEN_NAME_CHAR.source, 'gu');
const WINDOWS_RESERVED_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/iu;
// Bidirectional controls and invisible characters: "报告\u202Excod.exe" shows as 报告exe.docx.
const INVISIBLE_NAME_CHAR = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
const INVISIBLE_NAME_CHARS = new RegExp(INVISIBLE_NAME_CHAR.source, 'gu');
// A name that ends in a program's extension runs when double-clicked; none of ours is one.
const EXECUTABLE_EXTENSION = /\.(exe|com|bat|cmd|scr|pif|msi|msp|lnk|url|vbs|vbe|js|jse|wsf|wsh|ps1|psm1|hta|cpl|jar|reg|inf|sh|run|bin|desktop|appimage|deb|rpm)$/iu;
// A document's extension followed by another (报告.docx.exe, 名单.xlsx.lnk): meant to pass for the first.
const DOUBLE_EXTENSION = /\.(?:docx?|xlsx?|pptx?|pdf|txt|rtf|wps|et|dps|ofd|csv|jpe?g|png|gif|bmp|zip|rar|7z|cppcc-[a-z]+)(?=\.[^.]*$)/iu;
const EXTENSION_PATTERN = /^[\p{L}\p{N}_-]{1,16}$/u;

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why `name` cannot be used as a file name (in Chinese), or null when it can. */
export function fileNameProblem(name: unknown): string | null {
  if (typeof name !== 'string') return '文件名必须是文字。';
  if (name.trim() === '') return '文件名不能为空。';
  if (name === '.' || name === '..') return '文件名不能是“.”或“..”。';
  if (FORBIDDEN_NAME_CHAR.test(name)) {
    return '文件名不能包含 \\ / : * ? " < > | 或控制字符。';
  }
  if (INVISIBLE_NAME_CHAR.test(name)) return '文件名不能包含改变文字方向的控制字符或不可见字符。';
  if (/[. ]$/u.test(name)) return '文件名不能以空格或句点结尾。';
  if (DOUBLE_EXTENSION.test(name)) return '文件名不能有两个扩展名（如“.docx.exe”）。';
  if (EXECUTABLE_EXTENSION.test(name)) return '文件名不能以程序的扩展名（如“.exe”）结尾。';
  if (WINDOWS_RESERVED_NAME.test(name)) return `“${name}”是 Windows 保留的名字，不能用作文件名。`;
  if (utf8Length(name) > MAX_FILE_NAME_BYTES) {
    return `文件名太长（最多 ${MAX_FILE_NAME_BYTES} 字节，约 ${Math.floor(MAX_FILE_NAME_BYTES / 3)} 个汉字）。`;
  }
  return null;
}

/** Shortens `text` to at most `maxBytes` of UTF-8 without cutting a character in half. */
function truncateUtf8(text: string, maxBytes: number): string {
  let result = '';
  for (const char of text) {
    if (utf8Length(result + char) > maxBytes) break;
    result += char;
  }
  return result;
}

/**
 * Turns any string (an attachment's original name, a title) into a name `fileNameProblem`
 * accepts, keeping the extension, so a save never fails just because of the suggested name.
 */
export function toSafeFileName(name: string, fallback = '未命名'): string {
  let safe = name.replace(INVISIBLE_NAME_CHARS, '').replace(FORBIDDEN_NAME_CHARS, '_').trim().replace(/[. ]+$/u, '');
  if (safe === '') safe = fallback;
  if (WINDOWS_RESERVED_NAME.test(safe)) safe = `_${safe}`;
  if (utf8Length(safe) > MAX_FILE_NAME_BYTES) {
    const dot = safe.lastIndexOf('.');
    const ext = dot > 0 && safe.length - dot <= 17 ? safe.slice(dot) : '';
    const stem = truncateUtf8(safe.slice(0, safe.length - ext.length), MAX_FILE_NAME_BYTES - utf8Length(ext));
    safe = `${stem.replace(/[. ]+$/u, '') || fallback}${ext}`;
  }
  // Last, and keeping the length: 报告.docx.exe → 报告_docx_exe, which opens nothing by itself.
  while (DOUBLE_EXTENSION.test(safe)) safe = safe.replace(DOUBLE_EXTENSION, (ext) => `_${ext.slice(1)}`);
  if (EXECUTABLE_EXTENSION.test(safe)) safe = safe.replace(/\.([^.]*)$/u, '_$1');
  return safe;
}

/** Why `filters` is not a valid list of dialog filters (in Chinese), or null. */
export function fileFiltersProblem(filters: unknown): string | null {
  if (!Array.isArray(filters)) return '文件类型列表格式不对。';
  if (filters.length > 20) return '文件类型太多（最多 20 种）。';
  for (const filter of filters as unknown[]) {
    if (typeof filter !== 'object' || filter === null) return '文件类型格式不对。';
    const { name, extensions } = filter as { name?: unknown; extensions?: unknown };
    if (typeof name !== 'string' || name.trim() === '' || name.length > 100) {
      return '文件类型的名称必须是 1–100 个字的文字。';
    }
    if (!Array.isArray(extensions) || extensions.length === 0 || extensions.length > 50) {
      return `文件类型“${name}”的扩展名列表必须有 1–50 项。`;
    }
    for (const ext of extensions as unknown[]) {
      if (ext !== '*' && (typeof ext !== 'string' || !EXTENSION_PATTERN.test(ext))) {
        return `文件类型“${name}”的扩展名“${String(ext)}”不合法（只能是字母、数字、_ 或 -，不带点）。`;
      }
    }
  }
  return null;
}

/** Why a file of `byteLength` bytes is refused (in Chinese), or null. */
export function fileSizeProblem(byteLength: number): string | null {
  if (byteLength <= MAX_FILE_BYTES) return null;
  return `文件太大（${formatMegabytes(byteLength)}），最多 ${formatMegabytes(MAX_FILE_BYTES)}。`;
}
