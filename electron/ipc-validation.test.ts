import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../renderer/src/platform/ipc-contract.js';
import { describeFileError, describeMainError, parseAppInfoRequest, parseAutoBackupData, parseAutoBackupNameRequest, parseNoArguments, parseOpenFileRequest, parseSaveFileRequest } from './ipc-validation.js';

const word = [{ name: 'Word 文档', extensions: ['docx'] }];
const errorOf = (result: { ok: boolean; error?: string }) => (result.ok ? null : result.error);

describe('parseSaveFileRequest', () => {
  it('accepts a well-formed request and copies only its known fields', () => {
    const data = new Uint8Array([1, 2]);
    const result = parseSaveFileRequest({ suggestedName: '年度报告.docx', filters: word, data, extra: 'ignored' });
    expect(result).toEqual({ ok: true, value: { suggestedName: '年度报告.docx', filters: word, data } });
    if (result.ok) expect(result.value.filters).not.toBe(word);
  });

  it.each([
    [null, '格式不对'],
    ['年度报告.docx', '格式不对'],
    [{ suggestedName: '../../.bashrc', filters: word, data: new Uint8Array() }, '不能包含'],
    [{ suggestedName: 7, filters: word, data: new Uint8Array() }, '文字'],
    [{ suggestedName: 'a.docx', filters: 'docx', data: new Uint8Array() }, '格式不对'],
    [{ suggestedName: 'a.docx', filters: [{ name: 'x', extensions: ['../x'] }], data: new Uint8Array() }, '不合法'],
    [{ suggestedName: 'a.docx', filters: word, data: 'text' }, '二进制'],
    [{ suggestedName: 'a.docx', filters: word, data: [1, 2, 3] }, '二进制'],
  ])('refuses %j in Chinese', (payload, fragment) => {
    expect(errorOf(parseSaveFileRequest(payload))).toContain(fragment);
  });

  it('refuses data over the size limit without copying it', () => {
    // A view that claims a size beyond the limit, without allocating 300 MB in a unit test.
    const huge = new Uint8Array(new ArrayBuffer(8));
    Object.defineProperty(huge, 'byteLength', { value: MAX_FILE_BYTES + 1 });
    expect(errorOf(parseSaveFileRequest({ suggestedName: 'a.docx', filters: word, data: huge }))).toContain('文件太大');
  });
});

describe('parseOpenFileRequest and parseAppInfoRequest', () => {
  it('accept good payloads', () => {
    expect(parseOpenFileRequest({ filters: word })).toEqual({ ok: true, value: { filters: word } });
    expect(parseAppInfoRequest(undefined)).toEqual({ ok: true, value: null });
  });

  it('refuse bad ones', () => {
    expect(errorOf(parseOpenFileRequest({}))).toContain('格式不对');
    expect(errorOf(parseOpenFileRequest(undefined))).toContain('格式不对');
    expect(errorOf(parseAppInfoRequest({ path: '/' }))).toContain('不带参数');
  });
});

describe('describeFileError', () => {
  const withCode = (code: string) => Object.assign(new Error(code), { code });

  it('names the cause a user can act on', () => {
    expect(describeFileError(withCode('EBUSY'), 'save')).toContain('Word 或 WPS');
    expect(describeFileError(withCode('EACCES'), 'open')).toMatch(/^打开失败：没有权限/u);
    expect(describeFileError(withCode('ENOSPC'), 'save')).toBe('保存失败：磁盘空间不足。');
    expect(describeFileError(withCode('ENOENT'), 'save')).toContain('U 盘');
  });

  it('never passes the system’s English message on, only its code', () => {
    expect(describeFileError(new Error('boom /home/x'), 'save')).toBe('保存失败，请重试；一再失败请换一个文件夹。');
    expect(describeFileError(withCode('EXDEV'), 'save')).toBe('保存失败（错误代码 EXDEV），请重试；一再失败请换一个文件夹。');
    expect(describeFileError('odd', 'open')).not.toContain('odd');
  });
});

describe('describeMainError', () => {
  it('is Chinese whatever failed, with a system code when there is one and no English message', () => {
    expect(describeMainError(new TypeError('Cannot read properties of undefined'))).toBe('操作没有完成，请重试；如果一再出现，请重新启动程序。');
    expect(describeMainError(Object.assign(new Error('EPIPE: broken pipe, write'), { code: 'EPIPE' }))).toBe('操作没有完成（错误代码 EPIPE），请重试；如果一再出现，请重新启动程序。');
    expect(describeMainError({ code: 'not a code <script>' })).not.toContain('script');
  });
});

describe('automatic backup requests', () => {
  it('take bytes within the size limit and a name of reasonable length', () => {
    expect(parseAutoBackupData(new Uint8Array([1]))).toEqual({ ok: true, value: new Uint8Array([1]) });
    expect(parseAutoBackupData('{"tables":{}}')).toEqual({ ok: false, error: '要写入的自动备份必须是二进制数据。' });
    expect(parseAutoBackupNameRequest('台账自动备份-20261129-173005.cppcc-backup')).toMatchObject({ ok: true });
    expect(parseAutoBackupNameRequest({ name: 'x' })).toEqual({ ok: false, error: '自动备份的文件名不对。' });
    expect(parseAutoBackupNameRequest('x'.repeat(201))).toMatchObject({ ok: false });
    expect(parseNoArguments(undefined, '列出自动备份')).toEqual({ ok: true, value: null });
    expect(parseNoArguments({ folder: '/' }, '列出自动备份')).toEqual({ ok: false, error: '列出自动备份的请求不带参数。' });
  });
});
