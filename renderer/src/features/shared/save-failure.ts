// What to tell the user when writing to the ledger threw instead of refusing: the disk is full,
// the database was closed (another window upgraded it, or the browser shut it), or something
// unforeseen. Refusals of bad input are not errors: they come back as `{ ok: false }` results.

/** The names of an error and of the errors it wraps (Dexie keeps the browser's in `inner`). */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner;
  }
  return names;
}

/** Why a write failed, in one Chinese sentence: `未能${action}：…。` */
export function failureMessage(error: unknown, action: string): string {
  const names = errorNames(error);
  if (names.some((n) => n === 'QuotaExceededError' || n === 'QuotaExceeded')) {
    return `未能${action}：磁盘空间不足，请清理磁盘或删除不用的附件后再试。`;
  }
  if (names.some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError')) {
    return `未能${action}：台账数据库已关闭（可能在另一个窗口中升级或清除了台账），请重新载入程序后再试。`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `未能${action}：${detail || '发生了意外错误'}。`;
}

/** The same for an editor, adding that what was typed is still in the form. */
export function saveFailureMessage(error: unknown, action = '保存'): string {
  return `${failureMessage(error, action)}填写的内容仍保留在表单中。`;
}
