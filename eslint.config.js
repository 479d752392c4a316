// The lint config is the architecture document: each zone of docs/ARCHITECTURE.md may import only
// from the zones below it. A rule here failing means a layer was crossed — move the code,
// don't silence the rule.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';

const upperLayers = (...names) => names.map((n) => `**/${n}/**`);

const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((p) => ({ group: p.group, message: p.message })), paths }],
});

// A double cast (`as unknown as T`) claims a type the checker could not follow at all; the ledger's
// tables are built through domain/ledger/ledger-arrays.ts instead. Program code only (tests may).
const noDoubleCast = { selector: "TSAsExpression[expression.type='TSAsExpression'][expression.typeAnnotation.type='TSUnknownKeyword']", message: 'No `as unknown as`: type the value (ledger tables: domain/ledger/ledger-arrays.ts).' };

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'node:*', 'crypto', 'url', 'http', 'https', 'worker_threads'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.test-output/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // antd's Popconfirm and Modal await a promise from their handlers (they show loading), so
      // promise-returning JSX attributes are allowed; a floating promise elsewhere is still an error.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true } }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['*.config.{ts,js,mjs}', 'build/**', 'scripts/**'],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': ['error', { additionalHooks: '(useLiveQuery)' }],
    },
  },
  // No import loops in the program: a loop makes the load order decide which module sees the
  // other half-initialised. Scoped to renderer/src (where the program is) so lint stays quick;
  // type-only imports are left out by the rule, they vanish at build.
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': 'error', 'no-restricted-syntax': ['error', noDoubleCast] },
  },
  // 1. domain: pure TypeScript.
  {
    files: ['renderer/src/domain/**/*.{ts,tsx}'],
    rules: restrict(
      [
        { group: ['react', 'react-dom', 'react/*', 'antd', 'antd/*', '@ant-design/*'], message: 'domain/ is pure: no React or UI.' },
        { group: ['dexie', 'dexie-react-hooks', 'docx', 'exceljs', 'echarts', 'echarts/*', 'zustand', 'electron'], message: 'domain/ is pure: no database, files or shell.' },
        { group: nodeBuiltins, message: 'domain/ runs in the browser too: no Node built-ins.' },
        { group: upperLayers('db', 'export', 'platform', 'features', 'app'), message: 'domain/ is the bottom layer: it imports nothing above it.' },
      ],
    ),
  },
  // The domain never reads the clock: today and now are passed in (db/clock.ts and the screens read
  // them), so a rule gives the same answer on a PC whose clock is wrong. Tests may read it.
  {
    files: ['renderer/src/domain/**/*.{ts,tsx}'],
    ignores: ['renderer/src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'domain/ never reads the clock: take now as an argument.' }],
      'no-restricted-syntax': [
        'error',
        noDoubleCast,
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'domain/ never reads the clock: take today or now as an argument.' },
        // Date() without `new` is today's date as text; dayjs() with nothing to read is now.
        { selector: "CallExpression[callee.name='Date']", message: 'domain/ never reads the clock: take today or now as an argument.' },
        { selector: "CallExpression[callee.name='dayjs'][arguments.length=0]", message: 'domain/ never reads the clock: dayjs() is now; take today or now as an argument.' },
      ],
    },
  },
  // 2. db: Dexie lives here only.
  {
    files: ['renderer/src/db/**/*.{ts,tsx}'],
    rules: restrict([
      { group: ['react', 'react-dom', 'antd', 'antd/*', 'docx', 'exceljs', 'echarts', 'electron', 'zustand'], message: 'db/ holds only Dexie and the domain.' },
      { group: nodeBuiltins, message: 'db/ runs in the renderer: no Node built-ins.' },
      { group: upperLayers('export', 'platform', 'features', 'app'), message: 'db/ may import only domain/.' },
    ]),
  },
  // 3. export: bytes in and out; no database.
  {
    files: ['renderer/src/export/**/*.{ts,tsx}'],
    rules: restrict([
      { group: ['react', 'react-dom', 'antd', 'antd/*', 'dexie', 'dexie-react-hooks', 'electron', 'zustand'], message: 'export/ turns models into bytes and back: no UI, no Dexie.' },
      { group: nodeBuiltins, message: 'export/ runs in the renderer: no Node built-ins.' },
      { group: upperLayers('db', 'platform', 'features', 'app'), message: 'export/ may import only domain/.' },
    ]),
  },
  // 4. platform: the desktop interface and its two implementations.
  {
    files: ['renderer/src/platform/**/*.{ts,tsx}'],
    rules: restrict([
      { group: ['react', 'react-dom', 'antd', 'antd/*', 'dexie', 'dexie-react-hooks', 'electron'], message: 'platform/ reaches the shell only through window.cppccLedger (the preload bridge).' },
      { group: nodeBuiltins, message: 'platform/ runs in the renderer: no Node built-ins.' },
      { group: upperLayers('db', 'export', 'features', 'app'), message: 'platform/ may import only domain/.' },
    ]),
  },
  // 5. features and app: screens. They read and write through db/ repositories, never Dexie.
  {
    files: ['renderer/src/features/**/*.{ts,tsx}', 'renderer/src/app/**/*.{ts,tsx}'],
    rules: restrict([
      { group: ['dexie', 'electron'], message: 'Screens use the repositories in db/ (and useLiveQuery from dexie-react-hooks), never Dexie or Electron directly.' },
      { group: ['**/db/database', '**/db/database.ts'], message: 'Screens call repository functions; the Dexie instance stays in db/.' },
      { group: nodeBuiltins, message: 'The renderer has no Node built-ins.' },
    ]),
  },
  // 6. electron: the only zone allowed to import 'electron'; it never reaches renderer internals
  //    except the IPC contract.
  {
    files: ['electron/**/*.{ts,cts,mts}'],
    rules: restrict([
      { group: ['react', 'react-dom', 'antd', 'dexie', '**/renderer/src/*', '**/renderer/src/**/*', '!**/renderer/src/platform', '!**/renderer/src/platform/ipc-contract*'], message: 'electron/ may share only the IPC contract with the renderer.' },
    ]),
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'renderer/src/**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
);
