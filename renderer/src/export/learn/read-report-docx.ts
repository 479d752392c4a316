// Reads an office's .docx report into the plain blocks the domain learns from (docx-blocks.ts).
// mammoth unzips the file and parses its XML with a real XML parser; we take its document tree —
// paragraphs with their style, alignment and runs' bold and size, and tables — and not its HTML.
// mammoth is loaded only when a report is imported (a dynamic import: it is a few hundred kB the
// rest of the program never needs). The same code runs in the window and in `npm run ledger`:
// mammoth's browser build reads an ArrayBuffer, its Node build a buffer, so both are handed over.
import type { DocxBlock, DocxParagraph, ParagraphAlignment } from '../../domain/report/learn/docx-blocks';
import { checkReportFile, SAVE_AS_DOCX } from '../../domain/report/learn/report-file-check';

export type ReadReportResult = { ok: true; blocks: DocxBlock[] } | { ok: false; message: string };

/** The part of mammoth's document tree this reader looks at. */
interface MammothElement {
  type: string;
  children?: MammothElement[];
  value?: string;
  styleName?: string | null;
  alignment?: string | null;
  numbering?: { level?: string | number } | null;
  isBold?: boolean;
  fontSize?: number | null;
}

function textOf(element: MammothElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return ' ';
  // A line break inside a paragraph (Shift+Enter) joins the lines: a title typed over two lines stays one title.
  if (element.type === 'break') return '';
  return (element.children ?? []).map(textOf).join('');
}

function runsOf(element: MammothElement): MammothElement[] {
  if (element.type === 'run') return [element];
  return (element.children ?? []).flatMap(runsOf);
}

function alignmentOf(value: string | null | undefined): ParagraphAlignment {
  switch (value) {
    case 'center':
      return 'center';
    case 'right':
    case 'end':
      return 'right';
    case 'both':
    case 'distribute':
      return 'both';
    case 'left':
    case 'start':
      return 'left';
    default:
      return null;
  }
}

function paragraphOf(p: MammothElement): DocxParagraph {
  const runs = runsOf(p).filter((r) => textOf(r).trim() !== '');
  const sizes = runs.map((r) => r.fontSize).filter((s): s is number => typeof s === 'number');
  const level = p.numbering?.level;
  return {
    kind: 'paragraph',
    text: textOf(p),
    styleName: p.styleName ?? null,
    alignment: alignmentOf(p.alignment),
    bold: runs.length > 0 && runs.every((r) => r.isBold === true),
    fontSizePt: sizes.length ? Math.max(...sizes) : null,
    numberingLevel: level === undefined || level === null ? null : Number(level),
  };
}

function blocksOf(children: readonly MammothElement[], out: DocxBlock[]): void {
  for (const child of children) {
    if (child.type === 'paragraph') out.push(paragraphOf(child));
    else if (child.type === 'table') {
      const rows = (child.children ?? []).filter((r) => r.type === 'tableRow').map((row) => (row.children ?? []).filter((c) => c.type === 'tableCell').map((cell) => textOf(cell).trim()));
      out.push({ kind: 'table', rows });
    } else blocksOf(child.children ?? [], out);
  }
}

export async function readReportDocx(name: string, bytes: Uint8Array): Promise<ReadReportResult> {
  const verdict = checkReportFile(name, bytes);
  if (!verdict.ok) return verdict;
  const { default: mammoth } = await import('mammoth');
  let blocks: DocxBlock[] = [];
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    await mammoth.convertToHtml({ arrayBuffer, buffer: bytes } as { arrayBuffer: ArrayBuffer }, {
      transformDocument: (document: MammothElement) => {
        blocksOf(document.children ?? [], blocks);
        // Nothing is wanted from the HTML: hand mammoth an empty document to convert.
        return { ...document, children: [] };
      },
    });
  } catch {
    blocks = [];
    return { ok: false, message: `“${name}”不是完好的 Word 文档（.docx），程序读不出其中的内容。${SAVE_AS_DOCX}` };
  }
  if (!blocks.some((b) => b.kind === 'paragraph' && b.text.trim() !== '')) return { ok: false, message: `“${name}”中没有文字段落，不能照着它写报告。` };
  return { ok: true, blocks };
}
