// Reading a file named on the command line, with the reason in Chinese when it cannot be read.
import type { CliIo } from './cli-io';

export async function readInput(io: CliIo, path: string): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    return { ok: true, text: await io.readText(path) };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { ok: false, message: code === 'ENOENT' ? `找不到文件：${path}` : `无法读取文件 ${path}（${code ?? String(error)}）` };
  }
}
