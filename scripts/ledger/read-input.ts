// Reading a file named on the command line, with the reason in Chinese when it cannot be read.
import type { CliIo } from './cli-io';

type Read<T> = { ok: true; value: T } | { ok: false; message: string };

async function readWith<T>(path: string, read: () => Promise<T>): Promise<Read<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { ok: false, message: code === 'ENOENT' ? `找不到文件：${path}` : `无法读取文件 ${path}（${code ?? String(error)}）` };
  }
}

export async function readInput(io: CliIo, path: string): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const read = await readWith(path, () => io.readText(path));
  return read.ok ? { ok: true, text: read.value } : read;
}

/** A binary file (a .docx). */
export async function readBinaryInput(io: CliIo, path: string): Promise<Read<Uint8Array>> {
  if (!io.readBytes) return { ok: false, message: '此环境不能读取二进制文件' };
  return readWith(path, () => io.readBytes!(path));
}

/**
 * A backup or an exchange package: its bytes, which the readers decode themselves (UTF-8 only, the
 * same answer as the screens). A text-only fake of the tests gives its text as UTF-8.
 */
export async function readLedgerInput(io: CliIo, path: string): Promise<Read<Uint8Array>> {
  return readWith(path, async () => (io.readBytes ? io.readBytes(path) : new TextEncoder().encode(await io.readText(path))));
}
