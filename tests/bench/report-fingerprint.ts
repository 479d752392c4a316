// For work on how reports are counted and written (making them faster, say): what every report
// kind builds, written out so two versions of the program can be compared byte for byte. For the
// hand-worked fixture, the sample, three small partial ledgers and three years of the ten-year big
// county (read as the 报告 screen reads a year, in two scopes: 截至11月底 and a session), each kind
// gives its BuiltReport (印发稿, 核对稿, their runs, the blockers), every figure with its records
// (the template's, and the whole catalogue's as the 报告 screen counts them) and the XML of both
// .docx copies (creation dates left out). Ids are made stable, so the same version gives the same
// files every time.
//
//   node --import tsx tests/bench/report-fingerprint.ts <dir>     (then diff -r two such dirs)
//
// <dir>/INDEX.txt holds one hash per entry; the other files are what was hashed.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { LedgerDatabase } from '../../renderer/src/db/database';
import { replaceWholeLedger } from '../../renderer/src/db/backup-repo';
import { loadReportLedger } from '../../renderer/src/db/reports-repo';
import { generateLedger, SAMPLE_SIZE_BIG_COUNTY, smallSampleSize } from '../../renderer/src/domain/sample/generate-ledger';
import { yearScope, type FigureResult, type FigureScope } from '../../renderer/src/domain/report/figure-catalogue';
import { DEFAULT_TEMPLATES, REPORT_TEMPLATE_KINDS } from '../../renderer/src/domain/report/report-template';
import { buildReport, type BuiltReport } from '../../renderer/src/features/reports/build-report';
import { buildMemberReport } from '../../renderer/src/features/reports/member/build-member-report';
import { DEFAULT_SCORE_RULES } from '../../renderer/src/domain/scores/score-rules';
import { DEFAULT_REPORT_LAYOUT, ReportExportRefused, writeReportDocx } from '../../renderer/src/export/docx/write-report-docx';
import { FIXTURE_SCOPE, reportFixtureLedger } from '../../renderer/src/domain/report/report-fixtures';
import { makeGeneratedLedger, OPTIONAL_TABLES } from '../../renderer/src/domain/report/generated-ledgers';
import type { Ledger } from '../../renderer/src/domain/ledger/ledger';

const out = process.argv[2];
if (!out) throw new Error('usage: node --import tsx tests/bench/report-fingerprint.ts <dir>');
mkdirSync(out, { recursive: true });
const index: string[] = [];
const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const idMaker = (prefix: string) => {
  let n = 0;
  return () => `${prefix}${String(n++).padStart(7, '0')}`;
};

/** Every part of the .docx, the creation and change dates taken out of docProps/core.xml. */
async function docxXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: string[] = [];
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.files[name]!;
    if (file.dir) continue;
    let text = await file.async('string');
    if (name === 'docProps/core.xml') text = text.replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, '');
    parts.push(`== ${name}\n${text}`);
  }
  return parts.join('\n');
}

const figuresJson = (figures: ReadonlyMap<string, FigureResult>) =>
  JSON.stringify([...figures].map(([key, r]) => [key, r.value, r.noBase ?? null, r.ratio ?? null, r.records.map((x) => [x.table, x.id, x.label])]));

function write(id: string, name: string, text: string): string {
  writeFileSync(join(out!, `${id}.${name}`), text);
  return hash(text);
}

/** Dictionary entries get random ids when a ledger is set up: made stable by their content. */
function stableDictionary(ledger: Ledger): Ledger {
  const key = (e: Ledger['dictionary'][number]) => JSON.stringify({ ...e, id: '' });
  const sorted = [...ledger.dictionary].sort((a, b) => (key(a) < key(b) ? -1 : 1));
  return { ...ledger, dictionary: sorted.map((e, i) => ({ ...e, id: `dict${i}` })) };
}

async function fingerprint(name: string, ledgerOf: () => Ledger, scopes: readonly { label: string; scope: FigureScope }[]): Promise<void> {
  const ledger = () => stableDictionary(ledgerOf());
  for (const { label, scope } of scopes) {
    const today = `${scope.year}-12-31`;
    for (const kind of REPORT_TEMPLATE_KINDS) {
      const id = `${name}.${label}.${kind}`;
      let built: BuiltReport;
      if (kind === 'member') {
        const l = ledger();
        const live = l.members.filter((m) => m.deletedAt === null);
        if (live.length === 0) continue;
        built = buildMemberReport(l, live[Math.floor(live.length / 2)]!, DEFAULT_SCORE_RULES, scope, today);
      } else {
        // Only the 提案工作情况报告 is written for a session.
        const own = kind === 'proposals' || scope.sessionKey === undefined ? scope : { year: scope.year, until: scope.until };
        built = buildReport(ledger(), DEFAULT_TEMPLATES[kind], own, today, undefined, 'template');
        const whole = buildReport(ledger(), DEFAULT_TEMPLATES[kind], own, today, undefined, 'catalogue');
        index.push(`${id} catalogue figures ${write(id, 'catalogue.json', figuresJson(whole.figures))} documents ${hash(JSON.stringify([whole.doc, whole.review, whole.runs, whole.reviewRuns, whole.blockers]))}`);
      }
      const documents = write(id, 'built.json', JSON.stringify({ doc: built.doc, review: built.review, runs: built.runs, reviewRuns: built.reviewRuns, blockers: built.blockers }));
      const figures = write(id, 'figures.json', figuresJson(built.figures));
      let xml = '';
      for (const doc of built.review === built.doc ? [built.doc] : [built.doc, built.review]) {
        // A report with nothing of the ledger left in it is refused: what it says is the entry then.
        xml += await writeReportDocx(doc, DEFAULT_REPORT_LAYOUT).then(docxXml, (e: unknown) => {
          if (e instanceof ReportExportRefused) return `== refused\n${e.message}`;
          throw e;
        });
      }
      index.push(`${id} built ${documents} figures ${figures} xml ${write(id, 'xml', xml)}`);
    }
  }
}

await fingerprint('fixture', reportFixtureLedger, [{ label: 'scope', scope: FIXTURE_SCOPE }, { label: 'year', scope: yearScope(2025) }]);
const sample = generateLedger(smallSampleSize('2025-09-15'), idMaker('s'));
await fingerprint('sample', () => structuredClone(sample), [{ label: 'year', scope: yearScope(2025, '2025-09-15') }]);
for (const seed of [11, 12345, 777777]) {
  const g = makeGeneratedLedger({
    seed, firstYear: 2024, years: 2, members: 25, activitiesPerYear: 30, participantsPerActivity: 8, proposalsPerYear: 25, opinionsPerYear: 12,
    emptied: seed === 12345 ? OPTIONAL_TABLES.slice(0, 3) : [], deleteShare: 0.1, until: '11-30',
  });
  await fingerprint(`generated${seed}`, () => structuredClone(g.ledger), [{ label: 'scope', scope: g.scope }]);
}
const db = new LedgerDatabase('report-fingerprint');
await replaceWholeLedger(db, generateLedger(SAMPLE_SIZE_BIG_COUNTY, idMaker('b')));
const lastYear = SAMPLE_SIZE_BIG_COUNTY.firstYear + SAMPLE_SIZE_BIG_COUNTY.years - 1;
for (const year of [SAMPLE_SIZE_BIG_COUNTY.firstYear, SAMPLE_SIZE_BIG_COUNTY.firstYear + 4, lastYear]) {
  const l = await loadReportLedger(db, { year });
  const session = l.proposals.map((p) => p.sessionKey).find((k) => !k.startsWith('平时-'));
  await fingerprint(`big${year}`, () => structuredClone(l), [
    { label: 'november', scope: yearScope(year, `${year}-11-30`) },
    { label: 'session', scope: { ...yearScope(year), ...(session ? { sessionKey: session } : {}) } },
  ]);
}
writeFileSync(join(out, 'INDEX.txt'), `${index.join('\n')}\n`);
console.log(`${index.length} entries in ${out}`);
