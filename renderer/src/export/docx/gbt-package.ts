// .docx bytes of Documents made by gbtDocument (gbt-layout.ts), with the font table put in. The
// copies of one report — the 印发稿 and the 核对稿, one layout, one title, one issuer — differ only
// in their body, so the parts that do not depend on it (styles, theme, numbering, settings, the
// page-number footers, content types, relationships, the font table) are compiled by docx and
// zipped (zip-package.ts) once, for the first; each further copy has only its body and its core
// properties formatted, and what the copies hold in common in their bodies is formatted once too.
// A copy whose body brings parts of its own (pictures or lists the first has not) is compiled
// whole. tests/unit/docx-copies.test.ts proves every part equals what docx packs of each alone.
import { Packer, type Document, type FileChild, type IContext, type IXmlableObject } from 'docx';
import { fontTableXml, type GbtFonts } from './gbt-layout';
import { stringifyXmlable } from './stringify-xmlable';
import { zipPackage, zipParts } from './zip-package';

type PartData = string | Uint8Array;

/**
 * docx's compiler (Packer's own, which holds no state between documents): the one way to get a
 * document's parts before they are zipped, so that they can be zipped by zip-package.ts.
 */
const compiler = Reflect.get(Packer, 'compiler') as { compile(file: Document, prettify: undefined, overrides: { path: string; data: PartData }[]): Map<string, PartData> };

const DOCUMENT = 'word/document.xml';
const CORE = 'docProps/core.xml';
const XML_DECLARATION = { standalone: 'yes', encoding: 'UTF-8' } as const;

/** Every part of one Document, as docx compiles it, with the font table naming each face's fallback. */
export function compileGbtParts(doc: Document, fonts: GbtFonts): Map<string, PartData> {
  return compiler.compile(doc, undefined, [{ path: 'word/fontTable.xml', data: fontTableXml(fonts) }]);
}

const contextOf = (doc: Document): IContext => ({ file: doc, viewWrapper: doc.Document, stack: [] });

/** The pictures of a document by key and file name, in the order docx added them. */
const mediaOf = (doc: Document) => doc.Media.Entries.map(([key, data]) => `${key} ${data.fileName}`).join('\n');

/** A list's placeholder key and its number, as docx's compiler replaces them. */
const listsOf = (doc: Document) =>
  doc.Numbering.ConcreteNumbering.map((n) => [n.restartedListId === undefined ? `${n.reference}-${n.instance}` : `${n.reference}-restart ${n.restartedListId}`, String(n.numId)] as const);

const PLACEHOLDER = /\{([^{}]+)\}/g;

/**
 * The body and core properties of `doc`, written as docx's compiler writes them, provided its
 * other parts are `first`'s: the same relationships, pictures and lists (all registered while its
 * body is formatted). Null when they are not, and `doc` must be compiled whole.
 */
function bodyParts(doc: Document, first: Document): Map<string, PartData> | null {
  const relationships = doc.Document.Relationships.RelationshipCount;
  if (relationships !== first.Document.Relationships.RelationshipCount) return null;
  const xml = stringifyXmlable(doc.Document.View.prepForXml(contextOf(doc)) as IXmlableObject, XML_DECLARATION);
  const lists = listsOf(doc);
  if (mediaOf(doc) !== mediaOf(first) || JSON.stringify(lists) !== JSON.stringify(listsOf(first))) return null;
  // docx numbers the body's pictures after the document's relationships, in the order they were added.
  const used = doc.Media.Entries.filter(([key]) => xml.includes(`{${key}}`));
  const pictures = new Map(used.map(([key], i) => [key, String(relationships + 1 + i)]));
  const ids = [pictures, new Map(lists)];
  const body = ids.reduce((text, values) => (values.size === 0 ? text : text.replace(PLACEHOLDER, (whole, key: string) => values.get(key) ?? whole)), xml);
  const core = stringifyXmlable(doc.CoreProperties.prepForXml(contextOf(doc)) as IXmlableObject, XML_DECLARATION);
  return new Map([[DOCUMENT, body], [CORE, core]]);
}

/**
 * While the documents are packed, each of these children (docx objects the documents hold in
 * common, reportCopyDocuments's headings and tables) is formatted once, for the first document,
 * and that formatting given again for the others: docx would work it out afresh each time. The
 * children are left as they were after, so docx alone formats them as ever.
 */
function formatOnce(children: readonly FileChild[]): () => void {
  for (const child of children) {
    const format = child.prepForXml.bind(child);
    let formatted: IXmlableObject | undefined;
    Object.defineProperty(child, 'prepForXml', { configurable: true, value: (context: IContext) => (formatted ??= format(context)) });
  }
  return () => {
    for (const child of children) Reflect.deleteProperty(child, 'prepForXml');
  };
}

/**
 * The .docx bytes of each Document, in order. Documents after the first share its parts other
 * than the body and core properties (see the file's opening): pass together only copies of one
 * document built with one layout, title and creator. `shared`: children in more than one of the
 * documents, none holding a picture or a list, formatted once (formatOnce).
 */
export async function packGbtDocuments(docs: readonly Document[], fonts: GbtFonts, shared: readonly FileChild[] = []): Promise<Uint8Array[]> {
  const restore = formatOnce(shared);
  try {
    return await packTogether(docs, fonts);
  } finally {
    restore();
  }
}

async function packTogether(docs: readonly Document[], fonts: GbtFonts): Promise<Uint8Array[]> {
  const [first, ...rest] = docs;
  if (!first) return [];
  const at = new Date();
  const firstParts = compileGbtParts(first, fonts);
  const zipped = await zipParts(firstParts);
  const paths = [...firstParts.keys()];
  const out = [zipPackage(zipped, at)];
  for (const doc of rest) {
    const own = bodyParts(doc, first);
    if (!own) {
      out.push(zipPackage(await zipParts(compileGbtParts(doc, fonts)), at));
      continue;
    }
    const ownZipped = await zipParts(own);
    const byPath = new Map([...own.keys()].map((path, i) => [path, ownZipped[i]!]));
    out.push(zipPackage(paths.map((path, i) => byPath.get(path) ?? zipped[i]!), at));
  }
  return out;
}

/** One Document's .docx bytes. */
export async function packGbtDocument(doc: Document, fonts: GbtFonts): Promise<Uint8Array> {
  const [bytes] = await packGbtDocuments([doc], fonts);
  return bytes!;
}
