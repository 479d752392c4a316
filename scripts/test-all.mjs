// `npm test`: every check the project has, in order — typecheck, lint, unit tests (vitest),
// the production build, end-to-end tests (Playwright driving Debian's Chromium). Each step runs
// even if an earlier one failed, so one run shows everything that is wrong. The last line is
// `N passed, N failed`, adding up the tests of both runners plus one per check.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';

const OUT = '.test-output';
mkdirSync(OUT, { recursive: true });

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return result.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
const lines = [];
const check = (label, ok) => {
  if (ok) passed++;
  else failed++;
  lines.push(`${ok ? '✓' : '✗'} ${label}`);
};

check('typecheck', run('typecheck', 'npm', ['run', '--silent', 'typecheck']));
check('lint', run('lint', 'npm', ['run', '--silent', 'lint']));

const vitestOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${OUT}/vitest.json`]);
const vitest = readJson(`${OUT}/vitest.json`);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + (vitest.numTotalTestSuites > 0 && !vitestOk && vitest.numFailedTests === 0 ? 1 : 0);
  lines.push(`unit tests: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`);
} else {
  failed++;
  lines.push('✗ unit tests did not report');
}

const built = run('build', 'npx', ['vite', 'build']);
check('build', built);

if (built && existsSync('dist/renderer/index.html')) {
  const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test']);
  const report = readJson(`${OUT}/playwright.json`);
  if (report?.stats) {
    const { expected, unexpected, flaky, skipped } = report.stats;
    passed += expected;
    failed += unexpected + flaky + skipped;
    lines.push(`end-to-end tests: ${expected} passed, ${unexpected + flaky} failed, ${skipped} skipped (counted as failed)`);
    if (!e2eOk && unexpected === 0) failed++;
  } else {
    failed++;
    lines.push('✗ end-to-end tests did not report');
  }
} else {
  failed++;
  lines.push('✗ end-to-end tests not run: the build failed');
}

const summary = `${passed} passed, ${failed} failed`;
console.log(`\n${lines.join('\n')}`);
writeFileSync(`${OUT}/summary.txt`, `${summary}\n`);
console.log(summary);
process.exit(failed === 0 ? 0 : 1);
