// Measures the app's production build: the JavaScript the first screen needs (the entry script
// of index.html and its modulepreload links), gzipped with node:zlib, and the lazily loaded
// chunks, with which npm packages each holds — so exceljs, docx and echarts can be shown to stay
// out of the initial set.
import { readFile, readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export interface ChunkInfo {
  moduleIds: string[];
  imports: string[];
  dynamicImports: string[];
  isEntry: boolean;
}

/** fileName (as in the output, e.g. assets/index-abc.js) → what went into that chunk. */
export type ChunkMap = Record<string, ChunkInfo>;

/** A build plugin that records each chunk's modules; it changes nothing in the output. */
export function recordChunks(into: ChunkMap): Plugin {
  return {
    name: 'bench-record-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        into[out.fileName] = {
          moduleIds: [...out.moduleIds],
          imports: [...out.imports],
          dynamicImports: [...out.dynamicImports],
          isEntry: out.isEntry,
        };
      }
    },
  };
}

export interface SizedFile {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** npm packages (and the app's own top folders) the chunk holds, biggest share first. */
  holds: string[];
}

export interface HeavyLibrary {
  name: string;
  /** Chunks holding modules of this package; empty when the build does not use it (yet). */
  chunks: string[];
  inInitial: boolean;
}

export interface BundleReport {
  initial: SizedFile[];
  initialGzipBytes: number;
  initialBytes: number;
  initialCss: SizedFile[];
  /** The entry's static-import closure from the chunk graph, when it differs from index.html's list. */
  closureMismatch: string | null;
  lazy: SizedFile[];
  lazyCount: number;
  heavy: HeavyLibrary[];
}

const HEAVY = ['exceljs', 'docx', 'echarts', 'zrender', 'mammoth'];

function packageOf(moduleId: string): string {
  const id = moduleId.replace(/\\/g, '/').replace(/^\0/, '');
  const at = id.lastIndexOf('/node_modules/');
  if (at >= 0) {
    const rest = id.slice(at + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const src = id.indexOf('/renderer/src/');
  if (src >= 0) {
    const parts = id.slice(src + '/renderer/src/'.length).split('/');
    return parts.length > 2 ? `app:${parts[0]}/${parts[1]}` : `app:${parts[0]}`;
  }
  // Virtual modules such as \0vite/preload-helper.js or \0rolldown/runtime.js.
  return id.startsWith('/') ? 'other' : (id.split('/')[0] ?? 'other');
}

function holdsOf(chunk: ChunkInfo | undefined): string[] {
  if (!chunk) return [];
  const count = new Map<string, number>();
  for (const id of chunk.moduleIds) count.set(packageOf(id), (count.get(packageOf(id)) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];
}

/** Output-relative file names ('assets/x.js') of the entry script and modulepreload links. */
export function initialScriptsOf(html: string): { scripts: string[]; css: string[] } {
  const clean = (href: string) => posix.normalize(href.replace(/^\.?\//, ''));
  const scripts: string[] = [];
  const css: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = attr(tag, 'src');
    if (src && attr(tag, 'type') === 'module') scripts.push(clean(src));
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = attr(tag, 'rel');
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel === 'modulepreload') scripts.push(clean(href));
    if (rel === 'stylesheet') css.push(clean(href));
  }
  return { scripts: [...new Set(scripts)], css: [...new Set(css)] };
}

function staticClosure(entry: string, chunks: ChunkMap): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dep of chunks[file]?.imports ?? []) visit(dep);
  };
  visit(entry);
  return seen;
}

async function sized(outDir: string, file: string, chunks: ChunkMap): Promise<SizedFile> {
  const body = await readFile(join(outDir, file));
  return { file, bytes: body.byteLength, gzipBytes: gzipSync(body).byteLength, holds: holdsOf(chunks[file]) };
}

async function listJs(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listJs(dir, rel)));
    else if (/\.m?js$/.test(entry.name)) out.push(rel);
  }
  return out;
}

export async function measureBundle(outDir: string, chunks: ChunkMap): Promise<BundleReport> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const { scripts, css } = initialScriptsOf(html);
  if (scripts.length === 0) throw new Error(`no entry script found in ${join(outDir, 'index.html')}`);
  const initial = await Promise.all(scripts.map((f) => sized(outDir, f, chunks)));
  const initialCss = await Promise.all(css.map((f) => sized(outDir, f, chunks)));

  const closure = staticClosure(scripts[0]!, chunks);
  const missing = [...closure].filter((f) => !scripts.includes(f));
  const extra = scripts.filter((f) => !closure.has(f));
  const closureMismatch = Object.keys(chunks).length === 0
    ? 'chunk graph not recorded'
    : missing.length || extra.length
      ? `statically imported but not preloaded: ${missing.join(', ') || '—'}; preloaded but not imported: ${extra.join(', ') || '—'}`
      : null;

  const lazyFiles = (await listJs(outDir)).filter((f) => !scripts.includes(f));
  const lazy = (await Promise.all(lazyFiles.map((f) => sized(outDir, f, chunks)))).sort((a, b) => b.gzipBytes - a.gzipBytes);

  const heavy = HEAVY.map((name): HeavyLibrary => {
    const holding = Object.entries(chunks)
      .filter(([, c]) => c.moduleIds.some((id) => packageOf(id) === name))
      .map(([file]) => file);
    return { name, chunks: holding, inInitial: holding.some((f) => scripts.includes(f)) };
  });

  return {
    initial,
    initialGzipBytes: initial.reduce((n, f) => n + f.gzipBytes, 0),
    initialBytes: initial.reduce((n, f) => n + f.bytes, 0),
    initialCss,
    closureMismatch,
    lazy,
    lazyCount: lazy.length,
    heavy,
  };
}
