// A file of another program, 200 MB, given to the readers (backup, exchange package, `ledger
// check`): how long each takes to refuse it. The target is < 1 s at any size, which holds because
// the header is looked at on the first bytes before anything else is decoded or parsed. Run in
// Node by run.ts: the readers are pure TypeScript, the same code the screens run.
import { parseBackupBytes } from '../../renderer/src/domain/backup/backup-parse';
import { parseExchangeBytes } from '../../renderer/src/domain/exchange/exchange-parse';
import { checkCommand } from '../../scripts/ledger/check-command';
import type { StepTiming } from './bench-types';

const SIZE = 200 * 1024 * 1024;
const RUNS = 3;

/** A large export of some other program: `{"rows":[0,0,0,…]}`. */
function foreignFile(): Uint8Array {
  const bytes = new Uint8Array(SIZE).fill(0x30);
  const open = new TextEncoder().encode('{"rows":[');
  bytes.set(open);
  for (let i = open.length + 1; i < SIZE - 2; i += 2) bytes[i] = 0x2c;
  bytes.set(new TextEncoder().encode('0]}'), SIZE - 3);
  return bytes;
}

async function timed(work: () => Promise<string>): Promise<{ ms: number; message: string }> {
  const t0 = performance.now();
  const message = await work();
  return { ms: performance.now() - t0, message };
}

export interface ForeignFileBenchResult {
  bytes: number;
  refusal: StepTiming;
  /** What each reader said, to show it refused in Chinese. */
  messages: string[];
}

export async function runForeignFileBench(): Promise<ForeignFileBenchResult> {
  const file = foreignFile();
  const totals: { total: number; steps: Record<string, number> }[] = [];
  let messages: string[] = [];
  for (let run = 0; run < RUNS; run++) {
    const backup = await timed(async () => { const r = await parseBackupBytes(file); return r.ok ? 'ACCEPTED' : r.message; });
    const exchange = await timed(async () => { const r = await parseExchangeBytes(file); return r.ok ? 'ACCEPTED' : r.message; });
    let err = '';
    const check = await timed(async () => {
      const io = { readText: () => Promise.reject(new Error('read as bytes')), readBytes: () => Promise.resolve(file), writeBytes: () => Promise.resolve(), out: () => undefined, err: (t: string) => { err += t; } };
      const code = await checkCommand.run(['other.json'], io);
      return code === 0 ? 'ACCEPTED' : err.trim();
    });
    messages = [backup.message, exchange.message, check.message];
    if (messages.some((m) => m === 'ACCEPTED')) throw new Error('a 200 MB file of another program was accepted');
    const steps = { backup: backup.ms, exchange: exchange.ms, check: check.ms };
    totals.push({ total: Math.max(backup.ms, exchange.ms, check.ms), steps });
  }
  const sorted = [...totals].sort((a, b) => a.total - b.total);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return { bytes: SIZE, refusal: { runs: RUNS, totalMs: mid.total, maxMs: sorted[sorted.length - 1]!.total, steps: mid.steps }, messages };
}
