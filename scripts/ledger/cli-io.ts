// What the command line does to the outside world, behind one interface so that the commands
// are tested by calling them with a fake (files in memory, output collected) and run for real
// with Node's file system and standard streams.

export interface CliIo {
  readText(path: string): Promise<string>;
  /** A binary file (the .docx `learn` reads); the text-only fakes of older tests leave it out. */
  readBytes?(path: string): Promise<Uint8Array>;
  writeBytes(path: string, bytes: Uint8Array): Promise<void>;
  out(text: string): void;
  err(text: string): void;
  /** Today as 2025-03-05, where a default depends on it (the 截至 and 成文日期 of a report); the real clock when left out. */
  today?(): string;
}
