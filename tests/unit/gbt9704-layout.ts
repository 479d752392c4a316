// Runs the GB/T 9704 layout checker (tests/tools/gbt9704-check.py, with python3 — CI installs it;
// without it the tests that use this fail, saying so) on .docx files the program wrote.
import { expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const CHECKER = resolve(__dirname, '../tools/gbt9704-check.py');

const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
export const PYTHON_MISSING = python.error || python.status !== 0 ? `找不到python3（${python.error?.message ?? python.stderr}）：GB/T 9704版式检查需要它，请先安装（.ci/run 用 apt-get 安装）` : null;

/** Runs the layout checker on the files; returns each file's FAILs. */
export function layoutFailures(files: readonly string[]): string[] {
  if (PYTHON_MISSING) throw new Error(PYTHON_MISSING);
  const run = spawnSync('python3', [CHECKER, '--json', ...files], { encoding: 'utf8' });
  if (run.error) throw run.error;
  const results = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { file: string; result?: string; error?: string; checks?: { status: string; rule: string; detail: string }[] });
  expect(results.map((r) => r.file)).toEqual(files);
  return results.flatMap((r) => (r.error ? [`${r.file}: ${r.error}`] : (r.checks ?? []).filter((c) => c.status === 'FAIL').map((c) => `${r.file}: ${c.rule} — ${c.detail}`)));
}
