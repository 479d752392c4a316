// The command line's real input and output: Node's file system and standard streams.
import { readFile, writeFile } from 'node:fs/promises';
import type { CliIo } from './cli-io';

export const nodeIo: CliIo = {
  readText: (path) => readFile(path, 'utf8'),
  writeBytes: (path, bytes) => writeFile(path, bytes),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};
