// The Chinese messages a failed write shows, for the failures an office PC really meets.
import { describe, expect, it } from 'vitest';
import { failureMessage, saveFailureMessage } from './save-failure';

describe('saveFailureMessage', () => {
  it('says the disk is full when the browser refused for quota, even wrapped by Dexie', () => {
    const quota = new DOMException('quota', 'QuotaExceededError');
    expect(saveFailureMessage(quota)).toBe('未能保存：磁盘空间不足，请清理磁盘或删除不用的附件后再试。填写的内容仍保留在表单中。');
    const wrapped = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota });
    expect(saveFailureMessage(wrapped)).toContain('磁盘空间不足');
  });

  it('says the database is closed', () => {
    const closed = Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' });
    expect(saveFailureMessage(closed)).toContain('台账数据库已关闭');
  });

  it('passes any other failure on with its own text, naming the action', () => {
    expect(failureMessage(new Error('意外'), '删除')).toBe('未能删除：意外。');
    expect(failureMessage('x', '导入')).toBe('未能导入：x。');
    expect(failureMessage(new Error(''), '保存')).toBe('未能保存：发生了意外错误。');
  });
});
