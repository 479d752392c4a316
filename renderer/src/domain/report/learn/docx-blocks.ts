// What the .docx reader hands the domain: the document's paragraphs and tables in order, each
// paragraph with the little of its formatting that tells a title or a heading from body text
// (offices format by hand: bold, a bigger size, centred, rarely a 标题 1 style). Plain data, so
// the structure guesser is tested without any .docx.

export type ParagraphAlignment = 'left' | 'center' | 'right' | 'both' | null;

export interface DocxParagraph {
  kind: 'paragraph';
  text: string;
  /** The Word style's name (标题 1, Heading 2, Title) or null for 正文. */
  styleName: string | null;
  alignment: ParagraphAlignment;
  /** Every run with text is bold. */
  bold: boolean;
  /** The largest run size in points, null when the runs do not say. */
  fontSizePt: number | null;
  /** Word's automatic list numbering level (0 for 一、 made by Word), null when typed or none. */
  numberingLevel: number | null;
}

export interface DocxTable {
  kind: 'table';
  /** Each row's cells' text. */
  rows: string[][];
}

export type DocxBlock = DocxParagraph | DocxTable;

/** A paragraph with only its text, as tests and fixtures write them. */
export function plainParagraph(text: string, format: Partial<Omit<DocxParagraph, 'kind' | 'text'>> = {}): DocxParagraph {
  return { kind: 'paragraph', text, styleName: null, alignment: null, bold: false, fontSizePt: null, numberingLevel: null, ...format };
}
