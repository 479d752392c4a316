// Every IPC payload comes from the renderer, which main treats as untrusted (a bug or injected
// script there must not be able to write anywhere or exhaust memory): each is parsed here into a
// typed request or refused with a Chinese message the screens can show as is.
import {
  fileFiltersProblem,
  fileNameProblem,
  fileSizeProblem,
} from '../renderer/src/platform/ipc-contract.js';
import type { FileFilter, IpcResult, OpenFileRequest, SaveFileRequest } from '../renderer/src/platform/ipc-contract.js';

const refuse = (error: string): { ok: false; error: string } => ({ ok: false, error });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Copies the filters into fresh plain objects so nothing the renderer sent travels further. */
function copyFilters(filters: readonly FileFilter[]): FileFilter[] {
  return filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }));
}

export function parseSaveFileRequest(payload: unknown): IpcResult<SaveFileRequest> {
  if (!isRecord(payload)) return refuse('保存请求格式不对。');
  const { suggestedName, filters, data } = payload;
  const nameProblem = fileNameProblem(suggestedName);
  if (nameProblem) return refuse(nameProblem);
  const filtersProblem = fileFiltersProblem(filters);
  if (filtersProblem) return refuse(filtersProblem);
  if (!(data instanceof Uint8Array)) return refuse('要保存的内容必须是二进制数据。');
  const sizeProblem = fileSizeProblem(data.byteLength);
  if (sizeProblem) return refuse(sizeProblem);
  return {
    ok: true,
    value: { suggestedName: suggestedName as string, filters: copyFilters(filters as FileFilter[]), data },
  };
}

export function parseOpenFileRequest(payload: unknown): IpcResult<OpenFileRequest> {
  if (!isRecord(payload)) return refuse('打开请求格式不对。');
  const filtersProblem = fileFiltersProblem(payload.filters);
  if (filtersProblem) return refuse(filtersProblem);
  return { ok: true, value: { filters: copyFilters(payload.filters as FileFilter[]) } };
}

/** appInfo takes nothing; anything sent along is a sign of a confused or hostile caller. */
export function parseAppInfoRequest(payload: unknown): IpcResult<null> {
  return payload === undefined || payload === null ? { ok: true, value: null } : refuse('读取程序信息的请求不带参数。');
}

/** A Chinese sentence for a failed read or write, naming the likely cause the user can fix. */
export function describeFileError(error: unknown, action: 'save' | 'open'): string {
  const verb = action === 'save' ? '保存' : '打开';
  const code = isRecord(error) && typeof error.code === 'string' ? error.code : '';
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `${verb}失败：没有权限访问这个位置，请换一个文件夹，或确认文件没有被其他程序（如 Word、WPS）打开。`;
    case 'EBUSY':
      return `${verb}失败：文件正被其他程序占用（例如 Word 或 WPS），请先关闭它再试。`;
    case 'ENOSPC':
      return `${verb}失败：磁盘空间不足。`;
    case 'EROFS':
      return `${verb}失败：这个位置是只读的（例如光盘或写保护的 U 盘）。`;
    case 'ENOENT':
      return action === 'save' ? '保存失败：文件夹不存在，可能 U 盘已被拔出。' : '打开失败：文件不存在，可能已被移动或删除。';
    case 'EISDIR':
      return `${verb}失败：选择的是文件夹，不是文件。`;
    case 'EMFILE':
    case 'ENFILE':
      return `${verb}失败：同时打开的文件太多，请关闭一些程序后再试。`;
    case 'ENAMETOOLONG':
      return `${verb}失败：文件夹和文件名合起来太长，请换一个层级浅些的文件夹。`;
    case 'EIO':
      return `${verb}失败：读写磁盘出错，U 盘或硬盘可能有问题。`;
    case 'EEXIST':
    case 'ENOTEMPTY':
      return `${verb}失败：同名的文件或文件夹已经存在。`;
    default:
      return `${verb}失败${codeNote(code)}，请重试；一再失败请换一个文件夹。`;
  }
}

/** The system's error code (EXDEV …) for whoever helps the office, never its English message. */
const codeNote = (code: string) => (/^E[A-Z0-9]{2,15}$/u.test(code) ? `（错误代码 ${code}）` : '');

/**
 * What the screen shows when a call failed in main for a reason nobody foresaw: Chinese, with the
 * system's error code when there is one. Node's and Electron's messages are English and may hold
 * paths, so they never reach the screen.
 */
export function describeMainError(error: unknown): string {
  const code = isRecord(error) && typeof error.code === 'string' ? error.code : '';
  return `操作没有完成${codeNote(code)}，请重试；如果一再出现，请重新启动程序。`;
}

/** The bytes of an automatic backup: binary and within the size every file must keep to. */
export function parseAutoBackupData(payload: unknown): IpcResult<Uint8Array> {
  if (!(payload instanceof Uint8Array)) return refuse('要写入的自动备份必须是二进制数据。');
  const sizeProblem = fileSizeProblem(payload.byteLength);
  return sizeProblem ? refuse(sizeProblem) : { ok: true, value: payload };
}

/** A name from the backups list; the store checks it is one of its own before touching the disk. */
export function parseAutoBackupNameRequest(payload: unknown): IpcResult<string> {
  if (typeof payload !== 'string' || payload.length === 0 || payload.length > 200) return refuse('自动备份的文件名不对。');
  return { ok: true, value: payload };
}

/** Calls that take nothing (listing, choosing a folder, the close answer). */
export function parseNoArguments(payload: unknown, what: string): IpcResult<null> {
  return payload === undefined || payload === null ? { ok: true, value: null } : refuse(`${what}的请求不带参数。`);
}
