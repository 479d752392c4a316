import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  IPC_CHANNELS,
  MAX_FILE_BYTES,
  MAX_FILE_NAME_BYTES,
  fileFiltersProblem,
  fileNameProblem,
  fileSizeProblem,
  toSafeFileName,
} from './ipc-contract';

const utf8 = (text: string) => new TextEncoder().encode(text).length;

describe('IPC_CHANNELS', () => {
  it('are distinct and share one prefix', () => {
    const channels = Object.values(IPC_CHANNELS);
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) expect(channel).toMatch(/^cppcc:[a-z-]+$/);
  });
});

describe('fileNameProblem', () => {
  it.each(['2024年度履职报告.docx', '委员名册.xlsx', '.hidden', 'a b.txt', 'conference.docx'])('accepts %s', (name) => {
    expect(fileNameProblem(name)).toBeNull();
  });

  it.each([
    [42, '文字'],
    ['', '不能为空'],
    ['   ', '不能为空'],
    ['..', '“.”'],
    ['a/b.docx', '不能包含'],
    ['..\\..\\evil.exe', '不能包含'],
    ['C:evil', '不能包含'],
    ['a\u0000b', '不能包含'],
    ['报告.', '结尾'],
    ['报告 ', '结尾'],
    ['CON', '保留'],
    ['nul.txt', '保留'],
    ['LPT1.docx', '保留'],
    ['名'.repeat(70), '太长'],
    ['报告\u202Excod.exe', '方向'],
    ['名单\u200B.xlsx', '不可见'],
    ['报告.docx.exe', '两个扩展名'],
    ['名单.XLSX.lnk', '两个扩展名'],
    ['备份.cppcc-backup.bat', '两个扩展名'],
    ['安装.exe', '程序的扩展名'],
    ['run.SH', '程序的扩展名'],
  ])('refuses %j with a message about %s', (name, fragment) => {
    expect(fileNameProblem(name)).toContain(fragment);
  });
});

describe('toSafeFileName', () => {
  it('replaces what a file system forbids and keeps the rest', () => {
    expect(toSafeFileName('会议纪要 3/15: 定稿?.docx')).toBe('会议纪要 3_15_ 定稿_.docx');
    expect(toSafeFileName('  ..  ')).toBe('未命名');
    expect(toSafeFileName('con.txt')).toBe('_con.txt');
  });

  it('drops bidi controls and defuses double and program extensions', () => {
    expect(toSafeFileName('报告\u202Excod.exe')).toBe('报告xcod_exe');
    expect(toSafeFileName('\u2066会议\u2069纪要.docx')).toBe('会议纪要.docx');
    expect(toSafeFileName('名单.docx.exe')).toBe('名单_docx_exe');
    expect(toSafeFileName('扫描件.pdf.JS')).toBe('扫描件_pdf_JS');
    expect(toSafeFileName('a.tar.docx')).toBe('a.tar.docx');
    expect(toSafeFileName('v2.1 定稿.docx')).toBe('v2.1 定稿.docx');
  });

  it('shortens a long name and keeps its extension', () => {
    const safe = toSafeFileName(`${'长'.repeat(200)}.xlsx`);
    expect(safe.endsWith('.xlsx')).toBe(true);
    expect(utf8(safe)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
  });

  it('always yields a name fileNameProblem accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (name) => {
        expect(fileNameProblem(toSafeFileName(name))).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves an acceptable name unchanged', () => {
    for (const name of ['2024年度履职报告.docx', '.hidden', '名单(定稿).xlsx']) expect(toSafeFileName(name)).toBe(name);
  });
});

describe('fileFiltersProblem', () => {
  it('accepts dialog filters and an empty list', () => {
    expect(fileFiltersProblem([])).toBeNull();
    expect(fileFiltersProblem([{ name: 'Word 文档', extensions: ['docx'] }, { name: '所有文件', extensions: ['*'] }])).toBeNull();
  });

  it.each([
    ['not a list', '格式不对'],
    [[null], '格式不对'],
    [[{ name: '', extensions: ['docx'] }], '名称'],
    [[{ name: 'Word', extensions: [] }], '1–50'],
    [[{ name: 'Word', extensions: ['.docx'] }], '不合法'],
    [[{ name: 'Word', extensions: ['do/cx'] }], '不合法'],
    [[{ name: 'Word', extensions: [7] }], '不合法'],
    [Array.from({ length: 21 }, () => ({ name: 'x', extensions: ['x'] })), '太多'],
  ])('refuses %j', (filters, fragment) => {
    expect(fileFiltersProblem(filters)).toContain(fragment);
  });
});

describe('fileSizeProblem', () => {
  it('allows up to the limit and refuses beyond it in Chinese', () => {
    expect(fileSizeProblem(MAX_FILE_BYTES)).toBeNull();
    expect(fileSizeProblem(MAX_FILE_BYTES + 1)).toMatch(/^文件太大（300\.0 MB），最多 300\.0 MB。$/);
  });
});
