// The .docx reader on real files made with the docx package, and its refusals: a PDF, an old
// .doc or .wps, an encrypted .docx, a zip that is not a Word document, a file over 20 MB and a
// document without text are refused in Chinese before anything is learned.
import { describe, expect, it } from 'vitest';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import { readReportDocx } from './read-report-docx';
import { MAX_REPORT_FILE_BYTES } from '../../domain/report/learn/report-file-check';

async function docxOf(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

function ole(extra: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set([...extra].flatMap((c) => [c.charCodeAt(0), 0]), 600);
  return bytes;
}

describe('readReportDocx', () => {
  it('reads paragraphs with their style, alignment, bold and size, and tables', async () => {
    const read = await readReportDocx('a.docx', await docxOf([
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '关于2025年', size: 44, bold: true }), new TextRun({ text: '工作的报告', size: 44, bold: true, break: 1 })] }),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('一、工作回顾')] }),
      new Paragraph({ children: [new TextRun('共收到提案'), new TextRun({ text: '134', bold: true }), new TextRun('件。')] }),
      new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('类别')] }), new TableCell({ children: [new Paragraph('件数')] })] })] }),
      new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('县政协办公室')] }),
    ]));
    if (!read.ok) throw new Error(read.message);
    expect(read.blocks).toEqual([
      { kind: 'paragraph', text: '关于2025年工作的报告', styleName: null, alignment: 'center', bold: true, fontSizePt: 22, numberingLevel: null },
      { kind: 'paragraph', text: '一、工作回顾', styleName: 'Heading 1', alignment: null, bold: false, fontSizePt: null, numberingLevel: null },
      { kind: 'paragraph', text: '共收到提案134件。', styleName: null, alignment: null, bold: false, fontSizePt: null, numberingLevel: null },
      { kind: 'table', rows: [['类别', '件数']] },
      { kind: 'paragraph', text: '县政协办公室', styleName: null, alignment: 'right', bold: false, fontSizePt: null, numberingLevel: null },
    ]);
  });

  it('refuses what it cannot read, saying what to do', async () => {
    const refusal = async (name: string, bytes: Uint8Array) => {
      const read = await readReportDocx(name, bytes);
      return read.ok ? 'read' : read.message;
    };
    expect(await refusal('a.pdf', new TextEncoder().encode('%PDF-1.7'))).toMatch(/PDF.*另存为/);
    expect(await refusal('a.doc', ole('WordDocument'))).toMatch(/旧版 Word 的 \.doc 格式.*另存为/);
    expect(await refusal('a.wps', ole('WordDocument'))).toMatch(/WPS 文字的 \.wps 格式.*另存为/);
    expect(await refusal('a.docx', ole('EncryptedPackage'))).toMatch(/设置了打开密码/);
    expect(await refusal('a.txt', new TextEncoder().encode('共收到提案134件'))).toMatch(/不是 Word 文档/);
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    expect(await refusal('a.docx', await zip.generateAsync({ type: 'uint8array' }))).toMatch(/不是完好的 Word 文档/);
    expect(await refusal('a.docx', new Uint8Array(MAX_REPORT_FILE_BYTES + 1))).toMatch(/大于 20 MB/);
    expect(await refusal('a.docx', await docxOf([new Paragraph(''), new Paragraph('  ')]))).toMatch(/没有文字段落/);
  });
});
