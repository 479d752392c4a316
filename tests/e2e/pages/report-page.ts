// Page object for 报告 and for reading what it downloads: a .docx is a zip, and the test reads
// word/document.xml out of it with Node's own inflate (no zip library), as Word would find it.
import { inflateRawSync } from 'node:zlib';
import { expect, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { LedgerApp } from './ledger-app';

/** The named entry of a zip archive, found through its central directory. */
export function zipEntry(zip: Buffer, name: string): Buffer | null {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entryName = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (entryName === name) {
      const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(dataStart, dataStart + compressed);
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data);
      throw new Error(`unsupported zip method ${method}`);
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}

/** The names of every entry of a zip archive, from its central directory. */
export function zipEntryNames(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const names: string[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

/** The text of a downloaded .docx's body, tags removed. */
export async function docxBodyText(download: Download): Promise<string> {
  const bytes = await readFile(await download.path());
  const xml = zipEntry(bytes, 'word/document.xml');
  if (!xml) throw new Error('word/document.xml missing from the .docx');
  return xml.toString('utf8').replace(/<[^>]+>/g, '');
}

export class ReportPage {
  readonly page: Page;
  constructor(readonly app: LedgerApp) {
    this.page = app.page;
  }

  preview() {
    return this.page.getByLabel('报告预览');
  }

  exportButton() {
    return this.page.getByRole('button', { name: '导出Word' });
  }

  async openTab(name: '预览' | '数据核对' | '编辑模板' | '照着去年写' | '版式设置'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** Replaces the first clause of a paragraph of the template and saves it. */
  async editParagraph(section: number, paragraph: number, text: string): Promise<void> {
    await this.openTab('编辑模板');
    await this.page.getByLabel(`第${section}节第${paragraph}段第1句`, { exact: true }).fill(text);
    await this.page.getByRole('button', { name: '保存模板' }).click();
    await expect(this.page.getByText('模板已保存')).toBeVisible();
  }
}
