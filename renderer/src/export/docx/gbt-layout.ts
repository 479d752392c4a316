// The GB/T 9704-2012 page every Word document of the program is laid out on (docs/layout.md):
// A4, margins 37/35/28/26 mm, 三号 body on exact 28.95 pt lines with −0.25 pt character spacing
// (22 lines × 28 characters in Word, WPS and LibreOffice alike; a character grid gives 21 × 27 or
// 14 characters in LibreOffice), 2-character first-line indent, `— n —` page numbers in 四号 宋体
// outside (odd right, even left) or centred. Every number is here, once; the report writer (and a
// member's 履职档案 through it) and an activity's 签到表 build on it. Twips are written out, not computed with docx's millimetre
// helper, which truncates (210 mm → 11905).
import { AlignmentType, BorderStyle, Document, Footer, LineRuleType, PageNumber, Paragraph, TextRun, type IParagraphStyleOptions, type ISectionOptions, type IStylesOptions } from 'docx';
import { xmlSafeText } from '../xml-safe-text';

export const GBT_PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 },
  /** From the top edge to the header; the program writes no header. */
  header: 851,
  /**
   * From the bottom edge to the footer's bottom: the number's line (15 pt) then starts 28 mm from
   * the bottom, 7 mm below the type area (35 mm), as GB/T 9704 7.5 places it.
   */
  footer: 1288,
} as const;

/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
export const GBT_SIZE = { title: 44, body: 32, pageNumber: 28, table: 28 } as const;

/** 225 mm ÷ 22 lines = 28.95 pt, exact. */
export const GBT_LINE = 579;
/** −0.25 pt: 28 characters of 16 pt fit the 442.2 pt line only with it. */
export const GBT_CHARACTER_SPACING = -5;
/** Two 三号 characters: firstLineChars for Word and WPS, firstLine in twips for the rest. */
export const GBT_INDENT = { firstLine: 640, firstLineChars: 200 } as const;
/** One 四号 character in from the edge for the page number. */
export const GBT_PAGE_NUMBER_INSET = 280;
/** Type area width: 210 − 28 − 26 mm = 156 mm. */
export const GBT_TEXT_WIDTH = GBT_PAGE.width - GBT_PAGE.margin.left - GBT_PAGE.margin.right;

/**
 * A report chart: a picture the type area's width, 92 mm high, alone in a paragraph of at least
 * 10 body lines (102 mm), with its caption on the next line. The picture and the line's descent
 * stay under 102 mm, so the paragraph is exactly 10 lines and the lines after the chart keep to
 * the page's grid. The preview counts the same 10 + 1 lines.
 */
export const GBT_CHART = { widthMm: 156, heightMm: 92, lines: 10 } as const;
/** What docx's ImageRun wants: pixels of 1/96 inch (9525 EMU), from millimetres (36000 EMU). */
export const mmToDocxPixels = (mm: number) => (mm * 36000) / 9525;

export type PageNumberPosition = 'outside' | 'center';

export interface GbtFonts {
  /** 标题: 方正小标宋简体 */
  title: string;
  /** 正文, 三级四级标题: 仿宋_GB2312 */
  body: string;
  /** 一级标题 一、: 黑体 */
  heading1: string;
  /** 二级标题 （一）, and the speech header's occasion line: 楷体_GB2312 */
  heading2: string;
}

export const DEFAULT_GBT_FONTS: GbtFonts = { title: '方正小标宋简体', body: '仿宋_GB2312', heading1: '黑体', heading2: '楷体_GB2312' };

/** Digits and Latin letters of the body are Times New Roman (GB/T 9704 practice); page numbers are 宋体. */
export const LATIN_FONT = 'Times New Roman';
export const PAGE_NUMBER_FONT = '宋体';

/**
 * The face a PC without the named one should use (w:altName in the font table: Word and WPS
 * substitute it). 方正小标宋简体 is commercial; the _GB2312 faces are extra installs.
 */
const KNOWN_FALLBACKS: Record<string, string> = {
  方正小标宋简体: '宋体', 方正小标宋_GBK: '宋体', 华文中宋: '宋体',
  仿宋_GB2312: '仿宋', 方正仿宋_GBK: '仿宋', 仿宋: 'FangSong', FangSong: '仿宋',
  楷体_GB2312: '楷体', 方正楷体_GBK: '楷体', 楷体: 'KaiTi', KaiTi: '楷体',
  黑体: 'SimHei', 方正黑体_GBK: '黑体', SimHei: '黑体',
  宋体: 'SimSun',
};
const ROLE_FALLBACKS: Record<keyof GbtFonts, string> = { title: '宋体', body: '仿宋', heading1: '黑体', heading2: '楷体' };

export function fallbackOf(face: string, role: keyof GbtFonts): string {
  return KNOWN_FALLBACKS[face] ?? ROLE_FALLBACKS[role];
}

/** rFonts with the CJK face for eastAsia and Times New Roman for digits and letters. */
export function runFonts(eastAsia: string, latin = LATIN_FONT) {
  return { ascii: latin, hAnsi: latin, eastAsia, cs: latin };
}

const exactLine = (line: number = GBT_LINE) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });

function style(id: string, name: string, font: string, extra: Partial<IParagraphStyleOptions> = {}): IParagraphStyleOptions {
  return {
    id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true,
    ...extra,
    run: { font: runFonts(font), size: GBT_SIZE.body, bold: false, italics: false, color: '000000', characterSpacing: GBT_CHARACTER_SPACING, ...extra.run },
    paragraph: { spacing: exactLine(), ...extra.paragraph },
  };
}

/**
 * Style ids the writers use. Title and Heading1–4 take the place of docx's own styles of those
 * ids, so Word's navigation pane and WPS's outline see real headings and no style name is doubled.
 */
export const GBT_STYLE = { title: 'Title', heading1: 'Heading1', heading2: 'Heading2', heading3: 'Heading3', heading4: 'Heading4', centred: 'GbtCentred', tableText: 'GbtTableText' } as const;

/**
 * Widow control off: it would carry a paragraph's last line over and leave a full page at 21
 * lines. docx writes `widowControl` in the defaults but its type for them leaves it out, hence the
 * object declared apart (the excess-property check applies to literals only).
 */
const BODY_PARAGRAPH_DEFAULTS = { spacing: exactLine(), indent: GBT_INDENT, alignment: AlignmentType.JUSTIFIED, widowControl: false };

/** Document defaults (the body) and the paragraph styles of titles, headings and tables. */
export function gbtStyles(fonts: GbtFonts): IStylesOptions {
  const indented = { indent: GBT_INDENT, keepNext: true, spacing: exactLine() };
  return {
    default: {
      document: {
        run: { font: runFonts(fonts.body), size: GBT_SIZE.body, color: '000000', characterSpacing: GBT_CHARACTER_SPACING },
        paragraph: BODY_PARAGRAPH_DEFAULTS,
      },
    },
    paragraphStyles: [
      style(GBT_STYLE.title, 'Title', fonts.title, { run: { size: GBT_SIZE.title }, paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0, firstLineChars: 0 }, spacing: exactLine(), keepNext: true } }),
      style(GBT_STYLE.heading1, 'heading 1', fonts.heading1, { paragraph: { ...indented, outlineLevel: 0 } }),
      style(GBT_STYLE.heading2, 'heading 2', fonts.heading2, { paragraph: { ...indented, outlineLevel: 1 } }),
      style(GBT_STYLE.heading3, 'heading 3', fonts.body, { paragraph: { ...indented, outlineLevel: 2 } }),
      style(GBT_STYLE.heading4, 'heading 4', fonts.body, { paragraph: { ...indented, outlineLevel: 3 } }),
      style(GBT_STYLE.centred, 'GB Centred', fonts.heading2, { paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0, firstLineChars: 0 }, spacing: exactLine() } }),
      style(GBT_STYLE.tableText, 'GB Table Text', fonts.body, {
        run: { size: GBT_SIZE.table },
        paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0, firstLineChars: 0 }, spacing: exactLine(400) },
      }),
    ],
  };
}

/** A paragraph without the body's first-line indent. */
export const GBT_NO_INDENT = { firstLine: 0, firstLineChars: 0 } as const;

/** A table cell's four borders: single black lines, ½ pt. */
const CELL_LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
export const GBT_CELL_BORDERS = { top: CELL_LINE, bottom: CELL_LINE, left: CELL_LINE, right: CELL_LINE } as const;

/** The title in its lines (broken by domain/report/title-lines.ts), one paragraph in the Title style. */
export function gbtTitleParagraph(lines: readonly string[]): Paragraph {
  return new Paragraph({ style: GBT_STYLE.title, children: lines.map((text, i) => new TextRun({ text, ...(i > 0 ? { break: 1 } : {}) })) });
}

/** An empty body line (the line between the title and the text). */
/** An empty line; `keepNext` holds it on the page of what follows (the blank before a 落款). */
export const gbtBlankLine = (keepNext = false) => new Paragraph({ indent: GBT_NO_INDENT, children: [], ...(keepNext ? { keepNext } : {}) });

function pageNumberFooter(alignment: 'left' | 'right' | 'center'): Footer {
  const inset = alignment === 'left' ? { left: GBT_PAGE_NUMBER_INSET } : alignment === 'right' ? { right: GBT_PAGE_NUMBER_INSET } : {};
  const run = { font: runFonts(PAGE_NUMBER_FONT, PAGE_NUMBER_FONT), size: GBT_SIZE.pageNumber, characterSpacing: 0 };
  return new Footer({
    children: [
      new Paragraph({
        alignment: alignment === 'left' ? AlignmentType.LEFT : alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER,
        indent: { firstLine: 0, firstLineChars: 0, ...inset },
        spacing: exactLine(300),
        children: [new TextRun({ ...run, text: '— ' }), new TextRun({ ...run, children: [PageNumber.CURRENT] }), new TextRun({ ...run, text: ' —' })],
      }),
    ],
  });
}

/** One section on the GB/T page with its page-number footers (odd = default, even). */
export function gbtSection(children: ISectionOptions['children'], position: PageNumberPosition): ISectionOptions {
  const outside = position === 'outside';
  return {
    properties: {
      page: {
        size: { width: GBT_PAGE.width, height: GBT_PAGE.height },
        margin: { ...GBT_PAGE.margin, header: GBT_PAGE.header, footer: GBT_PAGE.footer, gutter: 0 },
      },
    },
    footers: { default: pageNumberFooter(outside ? 'right' : 'center'), even: pageNumberFooter(outside ? 'left' : 'center') },
    children,
  };
}

/**
 * A Word document of one section on the GB/T page, in these faces, with its page numbers; even/odd
 * footers on (both are written even when centred). Every .docx the program writes is made here,
 * from text its writer has already cleaned (xml-safe-text.ts).
 */
export function gbtDocument(meta: { title: string; creator: string }, layout: { fonts: GbtFonts; pageNumberPosition: PageNumberPosition }, children: ISectionOptions['children']): Document {
  return new Document({
    evenAndOddHeaderAndFooters: true,
    title: meta.title,
    creator: meta.creator,
    styles: gbtStyles(layout.fonts),
    sections: [gbtSection(children, layout.pageNumberPosition)],
  });
}

const xmlEscape = (s: string) => xmlSafeText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** word/fontTable.xml naming every face with its fallback (docx writes the table empty). */
export function fontTableXml(fonts: GbtFonts): string {
  const faces = new Map<string, string>();
  for (const role of Object.keys(fonts) as (keyof GbtFonts)[]) faces.set(fonts[role], fallbackOf(fonts[role], role));
  faces.set(PAGE_NUMBER_FONT, 'SimSun');
  const entries = [...faces]
    .map(([name, alt]) => `<w:font w:name="${xmlEscape(name)}"><w:altName w:val="${xmlEscape(alt)}"/><w:charset w:val="86"/><w:family w:val="${/黑|Hei/i.test(name) ? 'modern' : 'roman'}"/><w:pitch w:val="variable"/></w:font>`)
    .join('');
  const latin = `<w:font w:name="${LATIN_FONT}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries}${latin}</w:fonts>`;
}
