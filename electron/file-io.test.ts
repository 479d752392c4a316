import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileWithinLimit, writeFileAtomically } from './file-io.js';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'cppcc-file-io-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('writeFileAtomically', () => {
  it('removes its temporary file when the final rename fails', async () => {
    // A folder where the file should go: the data is written, the rename cannot replace it.
    const target = path.join(folder, 'report.docx');
    await mkdir(target);
    await expect(writeFileAtomically(target, new Uint8Array([1]))).rejects.toThrow();
    expect(await readdir(folder)).toEqual(['report.docx']);
  });
});

describe('readFileWithinLimit', () => {
  it('returns the bytes of a small file', async () => {
    const file = path.join(folder, 'a.bin');
    await writeFile(file, Buffer.from([7, 8]));
    expect(await readFileWithinLimit(file)).toEqual({ ok: true, data: new Uint8Array([7, 8]) });
  });
});
