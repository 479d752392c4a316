// No import loop in renderer/src, type-only imports counted. The lint rule (import-x/no-cycle)
// sees runtime imports only, yet a loop made of `import type` is the same coupling: the ledger's
// type reaching the report figures that read the ledger, a list and the entries that type
// themselves by it. Each loop is printed as the edges that close it.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../renderer/src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Each file's relative imports (runtime, type-only and import('…') types), resolved to files. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  return new Map(files.map((file) => {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, false);
    const targets = importedFiles
      .filter((i) => i.fileName.startsWith('.'))
      .map((i) => path.resolve(path.dirname(file), i.fileName))
      .flatMap((base) => [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].filter((c) => known.has(c)).slice(0, 1));
    return [file, targets];
  }));
}

/** The strongly connected components of more than one file (Tarjan). */
function loops(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) found.push(component);
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('renderer/src', () => {
  it('has no import loop, type-only imports included', () => {
    const graph = importGraph(sourceFiles(ROOT));
    const described = loops(graph).map((component) => {
      const inLoop = new Set(component);
      return component.flatMap((f) => (graph.get(f) ?? []).filter((t) => inLoop.has(t)).map((t) => `${path.relative(ROOT, f)} → ${path.relative(ROOT, t)}`));
    });
    expect(described).toEqual([]);
  });

  it('sees type-only imports (the check would pass vacuously otherwise)', () => {
    const graph = importGraph(sourceFiles(ROOT));
    const ledgerTables = path.join(ROOT, 'domain/ledger/ledger-tables.ts');
    expect(graph.get(ledgerTables)).toContain(path.join(ROOT, 'domain/history/history-entry-shape.ts'));
  });
});
