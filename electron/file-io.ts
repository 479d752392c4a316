// Reading and writing the files the user chose in a dialog. A write goes to a temporary file
// beside the target and is renamed over it, so a failure half-way (a full disk, a pulled USB
// stick) never leaves a truncated backup where a good one was.
import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileSizeProblem } from '../renderer/src/platform/ipc-contract.js';

export async function writeFileAtomically(target: string, data: Uint8Array): Promise<void> {
  // A short name of its own: the user may have typed a name near the file system's length limit.
  const temporary = path.join(path.dirname(target), `.cppcc-ledger-${randomBytes(4).toString('hex')}.part`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(data);
      // The rename must not become durable before the data does.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export type ReadOutcome = { readonly ok: true; readonly data: Uint8Array } | { readonly ok: false; readonly error: string };

/** Reads a file unless it is larger than the contract allows, checked before any byte is read. */
export async function readFileWithinLimit(file: string): Promise<ReadOutcome> {
  const info = await stat(file);
  if (!info.isFile()) return { ok: false, error: '选择的不是一个文件。' };
  const problem = fileSizeProblem(info.size);
  if (problem) return { ok: false, error: problem };
  const handle = await open(file, 'r');
  try {
    const buffer = await handle.readFile();
    return { ok: true, data: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
  } finally {
    await handle.close();
  }
}
