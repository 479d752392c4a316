// The command line's real input and output: Node's file system and standard streams. npm runs a
// script in the project's folder, so a relative path is taken from where `npm run` was typed
// (INIT_CWD), as the person typing it means it.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliIo } from './cli-io';

const fromCaller = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

export const nodeIo: CliIo = {
  readText: (path) => readFile(fromCaller(path), 'utf8'),
  readBytes: async (path) => new Uint8Array(await readFile(fromCaller(path))),
  writeBytes: (path, bytes) => writeFile(fromCaller(path), bytes),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};
