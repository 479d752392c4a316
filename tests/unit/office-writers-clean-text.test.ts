// Every .docx and .xlsx writer cleans its text through renderer/src/export/xml-safe-text.ts
// because the bytes are made in one place per format; this fails when a writer packs elsewhere.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

describe('no writer bypasses the cleaning', () => {
  // Packing anywhere else would skip xmlSafeText: .xlsx bytes come from packWorkbook only, .docx
  // bytes from gbt-package.ts only, of documents made by gbtDocument (each writer cleans its model first).
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/u.test(name) && !name.includes('.test.') ? [full] : [];
    });
  const root = path.resolve(import.meta.dirname, '../../renderer/src');

  it.each([
    ['writeBuffer(', 'export/xlsx/pack-workbook.ts'],
    ['Packer', 'export/docx/gbt-package.ts'],
    ['new Document(', 'export/docx/gbt-layout.ts'],
  ])('%s appears only in %s', (needle, allowed) => {
    const users = sources(root).filter((file) => readFileSync(file, 'utf8').includes(needle)).map((file) => path.relative(root, file));
    expect(users).toEqual([allowed]);
  });
});
