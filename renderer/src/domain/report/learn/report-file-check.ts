// Which files the 照着去年写 import can read, decided from the bytes before any library sees them:
// a .docx is a zip; an old .doc, a .wps and an encrypted .docx are OLE compound files; a PDF
// starts with %PDF. Each refusal says in Chinese what to do (另存为 .docx in Word or WPS).

export const MAX_REPORT_FILE_BYTES = 20 * 1024 * 1024;

export const SAVE_AS_DOCX = '请在 Word 或 WPS 中打开该文件，选择“另存为”，保存类型选 Word 文档（*.docx），再导入另存后的文件。';

export type ReportFileVerdict = { ok: true } | { ok: false; message: string };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** An encrypted .docx is an OLE file holding a stream named EncryptedPackage (UTF-16 in the directory). */
function hasUtf16(bytes: Uint8Array, word: string): boolean {
  const needle = [...word].flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export function checkReportFile(name: string, bytes: Uint8Array): ReportFileVerdict {
  const lower = name.toLowerCase();
  if (bytes.length > MAX_REPORT_FILE_BYTES) return { ok: false, message: `文件“${name}”大于 20 MB，不像一份工作报告，未读取。请选择去年报告的 .docx 文件。` };
  if (bytes.length === 0) return { ok: false, message: `文件“${name}”是空的，未读取。` };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { ok: false, message: `“${name}”是 PDF 文件，读不出其中的标题和段落。${SAVE_AS_DOCX}` };
  if (startsWith(bytes, OLE_MAGIC)) {
    if (hasUtf16(bytes, 'EncryptedPackage')) return { ok: false, message: `“${name}”设置了打开密码，程序不能读取。请在 Word 或 WPS 中取消密码后另存为 .docx，再导入。` };
    const what = lower.endsWith('.wps') ? 'WPS 文字的 .wps 格式' : lower.endsWith('.et') || lower.endsWith('.xls') ? '表格文件，不是报告' : '旧版 Word 的 .doc 格式';
    return { ok: false, message: `“${name}”是${what}，程序只能读取 .docx。${SAVE_AS_DOCX}` };
  }
  if (!startsWith(bytes, [0x50, 0x4b])) return { ok: false, message: `“${name}”不是 Word 文档（.docx），未读取。${SAVE_AS_DOCX}` };
  return { ok: true };
}
