// The bench page: runs in real Chromium (IndexedDB on disk, not fake-indexeddb) and times the
// project's own modules — generator, repositories, backup format — on ten years of a big county.
// Built by bench-page-build.ts; run.ts opens it and calls window.runLedgerBench().
import { Dexie } from 'dexie';
import { LedgerDatabase, DEFAULT_DATABASE_NAME } from '../../renderer/src/db/database';
import { loadHomeFigures } from '../../renderer/src/db/figures-repo';
import { listActivities, type ActivityFilter } from '../../renderer/src/db/activities-repo';
import { readWholeLedger, replaceWholeLedger } from '../../renderer/src/db/backup-repo';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../renderer/src/db/schema-versions';
import { generateLedger, SAMPLE_SIZE_BIG_COUNTY } from '../../renderer/src/domain/sample/generate-ledger';
import { serializeBackup } from '../../renderer/src/domain/backup/backup-format';
import { parseBackupBytes } from '../../renderer/src/domain/backup/backup-parse';
import type { Ledger } from '../../renderer/src/domain/ledger/ledger';
import { LEDGER_TABLE_NAMES } from '../../renderer/src/domain/ledger/ledger-tables';
import type { Activity } from '../../renderer/src/domain/activities/activity';
import type { LedgerBenchResult, RepeatedTiming, SeedResult, StepTiming } from './bench-types';
import { runProposalBench } from './proposal-bench';
import { runProposalTableBench } from './proposal-table-bench';
import { runReportBench } from './report-bench';
import { runExchangeBench } from './exchange-bench';
import { runSupervisionBench } from './supervision-bench';
import { runLearnBench } from './learn-bench';

// Dexie turns its debug mode on for pages served from 127.0.0.1 (async stack tagging on every
// call); the desktop program loads from file:// where it is off, so measure with it off.
Dexie.debug = false;

const BENCH_DATABASE = 'cppcc-ledger-bench';
const RAW_DATABASE = 'cppcc-ledger-bench-raw';
const QUERY_RUNS = 15;
const BIG_RUNS = 3;
/** A topic the generator uses, so the text filter finds something. */
const TEXT_QUERY = '乡村振兴';

const status = (text: string) => {
  const el = document.getElementById('status');
  if (el) el.textContent = text;
};

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** One warm-up call, then `runs` timed calls. */
async function repeat(runs: number, call: () => Promise<number>): Promise<RepeatedTiming> {
  const resultSize = await call();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await call();
    times.push(performance.now() - t0);
  }
  return { runs, medianMs: round(median(times)), maxMs: round(Math.max(...times)), minMs: round(Math.min(...times)), resultSize };
}

/** Times named steps of one run of a big operation. */
class Steps {
  readonly steps: Record<string, number> = {};
  private readonly start = performance.now();

  async step<T>(name: string, work: () => Promise<T> | T): Promise<T> {
    const t0 = performance.now();
    const value = await work();
    this.steps[name] = round(performance.now() - t0);
    return value;
  }

  get totalMs(): number {
    return round(performance.now() - this.start);
  }
}

/** Runs a big operation `runs` times (no warm-up: a user does it once, cold) and keeps the median run. */
async function repeatBig(runs: number, once: () => Promise<Steps>): Promise<StepTiming> {
  const all: { totalMs: number; steps: Record<string, number> }[] = [];
  for (let i = 0; i < runs; i++) {
    const s = await once();
    all.push({ totalMs: s.totalMs, steps: s.steps });
  }
  const sorted = [...all].sort((a, b) => a.totalMs - b.totalMs);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return { runs, totalMs: mid.totalMs, maxMs: sorted[sorted.length - 1]!.totalMs, steps: mid.steps };
}

async function counts(db: LedgerDatabase) {
  return {
    members: await db.members.count(),
    activities: await db.activities.count(),
    attendance: (await db.activities.toArray()).reduce((n, a) => n + a.participants.length, 0),
    dictionary: await db.dictionary.count(),
  };
}

function expectSameCounts(db: Awaited<ReturnType<typeof counts>>, ledger: Ledger, when: string) {
  const rows = ledger.activities.reduce((n, a) => n + a.participants.length, 0);
  if (db.members !== ledger.members.length || db.activities !== ledger.activities.length || db.attendance !== rows) {
    throw new Error(`${when}: the database holds ${JSON.stringify(db)}, expected ${ledger.members.length} members, ${ledger.activities.length} activities, ${rows} attendance rows`);
  }
}

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });

/** An index as the schema declares it (Dexie's `stores` syntax). */
type RawIndex = { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean };

/** A store's primary key and indexes as the newest schema version declaring it leaves them. */
function storeSpec(table: string): { key: string | string[]; indexes: RawIndex[] } {
  const spec = [...SCHEMA_VERSIONS].reverse().find((v) => v.stores[table] !== undefined)?.stores[table] ?? 'id';
  const [primary = 'id', ...rest] = spec.split(',').map((x) => x.trim());
  const key = primary.startsWith('[') ? primary.slice(1, -1).split('+') : primary;
  return { key, indexes: indexesOf(rest) };
}

function indexesOf(parts: readonly string[]): RawIndex[] {
  return parts
    .filter(Boolean)
    .map((raw) => {
      const name = raw.replace(/^[&*]+/, '');
      const keyPath = name.startsWith('[') ? name.slice(1, -1).split('+') : name;
      return { name, keyPath, unique: raw.startsWith('&'), multiEntry: raw.startsWith('*') };
    });
}

/** Plain IndexedDB (no Dexie): the rows written in one transaction into stores with the program's keys and indexes. */
async function rawWrite(tables: readonly (readonly [string, readonly unknown[]])[]): Promise<{ rows: number; indexes: number; ms: number }> {
  await request(indexedDB.deleteDatabase(RAW_DATABASE));
  let indexCount = 0;
  const opening = indexedDB.open(RAW_DATABASE, 1);
  opening.onupgradeneeded = () => {
    for (const [name] of tables) {
      const { key, indexes } = storeSpec(name);
      const store = opening.result.createObjectStore(name, { keyPath: key });
      for (const i of indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
      indexCount += indexes.length;
    }
  };
  const db = await request(opening);
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(tables.map(([name]) => name), 'readwrite');
    for (const [name, rows] of tables) {
      const store = tx.objectStore(name);
      for (const row of rows) store.add(row);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
  const ms = round(performance.now() - t0);
  db.close();
  await request(indexedDB.deleteDatabase(RAW_DATABASE));
  return { rows: tables.reduce((n, [, rows]) => n + rows.length, 0), indexes: indexCount, ms };
}

/**
 * Every row of the ledger — the settings rows, each table's records, the history — the floor
 * under a restore's write of the same rows.
 */
async function rawLedgerWrite(ledger: Ledger): Promise<LedgerBenchResult['rawLedgerWrite']> {
  const { settings, scoreRules, ...arrays } = ledger;
  const tables: [string, readonly unknown[]][] = [['settings', [settings, scoreRules].filter(Boolean)], ...LEDGER_TABLE_NAMES.filter((t) => t !== 'settings').map((t): [string, readonly unknown[]] => [t, arrays[t]])];
  const { rows, ms } = await rawWrite(tables);
  return { rows, ms };
}

/** How long the browser itself takes to store the activities (participants inside) with their indexes. */
function rawActivityWrite(rows: readonly Activity[]): Promise<LedgerBenchResult['rawActivityWrite']> {
  return rawWrite([['activities', rows]]);
}

async function runLedgerBench(): Promise<LedgerBenchResult> {
  status('generating the ledger…');
  const t0 = performance.now();
  const ledger = generateLedger(SAMPLE_SIZE_BIG_COUNTY);
  const generateMs = round(performance.now() - t0);

  status('loading it into a fresh database…');
  await Dexie.delete(BENCH_DATABASE);
  const loadSteps = new Steps();
  const db = await loadSteps.step('open', async () => {
    const opened = new LedgerDatabase(BENCH_DATABASE);
    await opened.open();
    return opened;
  });
  await loadSteps.step('write', () => replaceWholeLedger(db, ledger));
  const loadMs = loadSteps.totalMs;
  const load: StepTiming = { runs: 1, totalMs: loadMs, maxMs: loadMs, steps: loadSteps.steps };
  const loaded = await counts(db);
  expectSameCounts(loaded, ledger, 'after loading');
  status('plain IndexedDB floor…');
  const rawWrite = await rawActivityWrite(ledger.activities);
  const rawLedger = await rawLedgerWrite(ledger);

  const year = SAMPLE_SIZE_BIG_COUNTY.firstYear + SAMPLE_SIZE_BIG_COUNTY.years - 1;
  status('home figures…');
  const homeFigures = await repeat(QUERY_RUNS, async () => (await loadHomeFigures(db, year)).figures.get('activities.total')?.value ?? 0);
  status('activity lists…');
  const list = (filter: ActivityFilter) => repeat(QUERY_RUNS, async () => (await listActivities(db, year, filter)).length);
  const listByType = await list({ type: '视察' });
  const listByQuery = await list({ query: TEXT_QUERY });
  const listByTypeAndQuery = await list({ type: '视察', query: TEXT_QUERY });
  status('proposal figures and lists…');
  const proposals = await runProposalBench(db, QUERY_RUNS, repeat);
  status('proposal table export…');
  const proposalTable = await runProposalTableBench(db, year, BIG_RUNS);
  status('民主监督 figures…');
  const supervision = await runSupervisionBench(db, year, QUERY_RUNS, repeat);
  status('annual report…');
  const report = await runReportBench(db, year);
  status('exchange package of one year merged in…');
  const exchange = await runExchangeBench(db, ledger, year, BIG_RUNS);
  status('learning last year\'s report…');
  const learn = await runLearnBench(BIG_RUNS);

  status('backup…');
  let text = '';
  const meta = { appVersion: 'bench', schemaVersion: LATEST_SCHEMA_VERSION };
  const backup = await repeatBig(BIG_RUNS, async () => {
    const s = new Steps();
    const whole = await s.step('readWholeLedger', () => readWholeLedger(db));
    text = await s.step('serializeBackup', () => serializeBackup(whole, { ...meta, createdAt: new Date().toISOString() }));
    return s;
  });

  status('restore…');
  // The file as the restore screen reads it from disk: its bytes, decoded and checked by the reader.
  const file = new TextEncoder().encode(text);
  const restore = await repeatBig(BIG_RUNS, async () => {
    const s = new Steps();
    const parsed = await s.step('parseBackupBytes', () => parseBackupBytes(file));
    if (!parsed.ok) throw new Error(`parseBackupBytes refused the bench's own backup: ${parsed.message}`);
    await s.step('replaceWholeLedger', () => replaceWholeLedger(db, parsed.ledger));
    return s;
  });
  expectSameCounts(await counts(db), ledger, 'after restoring');

  status('opening the ledger…');
  // What starting the program costs the database: a new connection to the ten-year ledger on
  // disk, and every record read back from it.
  const open = await repeatBig(BIG_RUNS, async () => {
    const s = new Steps();
    const fresh = await s.step('open', async () => {
      const opened = new LedgerDatabase(BENCH_DATABASE);
      await opened.open();
      return opened;
    });
    await s.step('readWholeLedger', () => readWholeLedger(fresh));
    fresh.close();
    return s;
  });

  db.close();
  await Dexie.delete(BENCH_DATABASE);
  status('done');
  return {
    userAgent: navigator.userAgent,
    counts: loaded,
    generateMs,
    load,
    year,
    homeFigures,
    supervision,
    listByType,
    listByQuery,
    listByTypeAndQuery,
    proposals,
    proposalTable,
    report,
    exchange,
    learn,
    backup: { ...backup, bytes: new TextEncoder().encode(text).byteLength },
    restore,
    open,
    rawActivityWrite: rawWrite,
    rawLedgerWrite: rawLedger,
  };
}

/** The app's database (same origin as the served app) filled with the big county, replacing whatever was there. */
async function seedAppLedger(): Promise<SeedResult> {
  const ledger = generateLedger(SAMPLE_SIZE_BIG_COUNTY);
  const db = new LedgerDatabase(DEFAULT_DATABASE_NAME);
  await replaceWholeLedger(db, ledger);
  const attendance = (await db.activities.toArray()).reduce((n, a) => n + a.participants.length, 0);
  db.close();
  return { database: DEFAULT_DATABASE_NAME, attendance, lastYear: SAMPLE_SIZE_BIG_COUNTY.firstYear + SAMPLE_SIZE_BIG_COUNTY.years - 1 };
}

window.runLedgerBench = runLedgerBench;
window.seedAppLedger = seedAppLedger;
status('ready');
