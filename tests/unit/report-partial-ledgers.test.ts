// Every report kind, both copies, from the ledgers an office really has: (a) only the first-run
// settings, (b) those plus a small roll and three activities, (c) the 示例数据, (d) one year of the
// generated ten-year ledger of a big county. Whatever the ledger holds, no document prints "0年",
// a 0-to-0 range, a rate over an empty base, a table without rows, a broken 一是/二是 or heading
// sequence (report-document-checks.ts); the 核对稿 names every clause the composer left out; and
// each .docx, written by the program's own writer, passes the GB/T 9704 layout check
// (tests/tools/gbt9704-check.py, run with python3 — CI installs it; without it this test fails).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Ledger } from '../../renderer/src/domain/ledger/ledger';
import type { FigureScope } from '../../renderer/src/domain/report/figure-catalogue';
import type { ReportDocument } from '../../renderer/src/domain/report/render-report';
import { DEFAULT_TEMPLATES, REPORT_KIND_LABELS, type ReportKind } from '../../renderer/src/domain/report/report-template';
import { emptyMemberFields } from '../../renderer/src/domain/members/member';
import { emptyActivityFields } from '../../renderer/src/domain/activities/activity';
import { yearNotesId } from '../../renderer/src/domain/plans/year-notes';
import { generateLedger, SAMPLE_SIZE_BIG_COUNTY, smallSampleSize } from '../../renderer/src/domain/sample/generate-ledger';
import { DEFAULT_SCORE_RULES } from '../../renderer/src/domain/scores/score-rules';
import { openTestLedger } from '../../renderer/src/db/test-support';
import { loadSampleLedger } from '../../renderer/src/db/sample-repo';
import type { LedgerRepositories } from '../../renderer/src/db/ledger-repositories';
import { buildReport, exportRefusal } from '../../renderer/src/features/reports/build-report';
import { buildMemberReport } from '../../renderer/src/features/reports/member/build-member-report';
import { DEFAULT_REPORT_LAYOUT, writeReportCopiesDocx, writeReportDocx } from '../../renderer/src/export/docx/write-report-docx';
import { documentProblems, NOTE, reviewProblems, textProblems } from './report-document-checks';
import { layoutFailures, PYTHON_MISSING } from './gbt9704-layout';

const YEAR = 2025;
const SCOPE: FigureScope = { year: YEAR, until: `${YEAR}-11-30` };
const TODAY = `${YEAR}-12-05`;
const COMMITTEE_KINDS = (['supervision', 'standing', 'proposals'] as const) satisfies readonly ReportKind[];

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'report-partial-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The paragraphs of a .docx as Word shows them (one string per w:p), and how many rows each table has. */
async function readDocx(bytes: Uint8Array): Promise<{ paragraphs: string[]; tableRows: number[] }> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const paragraphs = xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).filter((t) => t !== '');
  const tableRows = xml.split('</w:tbl>').slice(0, -1).map((t) => (t.match(/<w:tr[ >]/g) ?? []).length);
  return { paragraphs, tableRows };
}

interface Checked {
  file: string;
  paragraphs: string[];
}

/** Writes the document with the program's writer (or takes the bytes it wrote) and returns the text Word will show, for the checks, and the file, for the layout check. */
async function writeAndRead(doc: ReportDocument, file: string, written?: Uint8Array): Promise<Checked> {
  const bytes = written ?? (await writeReportDocx(doc, DEFAULT_REPORT_LAYOUT));
  const path = join(dir, file);
  writeFileSync(path, bytes);
  const { paragraphs, tableRows } = await readDocx(bytes);
  // A table in the file has its header row and at least one row of data.
  expect(tableRows.filter((rows) => rows < 2), `${file}: a table without data rows`).toEqual([]);
  expect(tableRows).toHaveLength(doc.blocks.filter((b) => b.kind === 'table').length);
  return { file: path, paragraphs };
}

/**
 * A report the ledger has nothing for (a 提案 report with no proposals) is refused, naming what is
 * missing, on the screen, the home screen and the command line alike; its preview copies are
 * still checked.
 */
async function checkRefusedReport(ledger: Ledger, kind: (typeof COMMITTEE_KINDS)[number], label: string) {
  const built = buildReport(ledger, DEFAULT_TEMPLATES[kind], SCOPE, TODAY);
  const name = `${label}${REPORT_KIND_LABELS[kind]}`;
  expect(built.blockers.map((b) => b.kind)).toEqual(['nothing-recorded']);
  expect(exportRefusal(built.blockers)).toMatch(/^台账中没有这份报告可写的记录（.+），文稿只会剩下开头和结尾的套话/);
  await expect(writeReportDocx(built.doc, DEFAULT_REPORT_LAYOUT)).rejects.toThrow('台账中没有这份报告可写的记录');
  return [
    ...documentProblems(built.doc, built.figures, `${name}印发稿`),
    ...documentProblems(built.review, built.figures, `${name}核对稿`),
    ...reviewProblems(built.doc, built.review, name),
  ];
}

/** Renders one committee report kind, both copies, and checks everything above; returns the problems. */
async function checkCommitteeReport(ledger: Ledger, kind: (typeof COMMITTEE_KINDS)[number], label: string) {
  const built = buildReport(ledger, DEFAULT_TEMPLATES[kind], SCOPE, TODAY);
  const name = `${label}${REPORT_KIND_LABELS[kind]}`;
  expect(built.blockers).toEqual([]);
  const problems = [
    ...documentProblems(built.doc, built.figures, `${name}印发稿`),
    ...documentProblems(built.review, built.figures, `${name}核对稿`),
    ...reviewProblems(built.doc, built.review, name),
  ];
  // Both copies as the screen, the home one-click and the command line write them: packed together.
  const bytes = await writeReportCopiesDocx(built, DEFAULT_REPORT_LAYOUT);
  const printed = await writeAndRead(built.doc, `${label}-${kind}-print.docx`, bytes.doc);
  const review = await writeAndRead(built.review, `${label}-${kind}-review.docx`, bytes.review!);
  printed.paragraphs.forEach((p, i) => problems.push(...textProblems(p, `${name}印发稿.docx第${i + 1}段`)));
  review.paragraphs.forEach((p, i) => problems.push(...textProblems(p, `${name}核对稿.docx第${i + 1}段`)));
  // The .docx carries what the documents hold: no note in the 印发稿, every note of the 核对稿.
  const notesOf = (paragraphs: string[]) => paragraphs.flatMap((p) => [...p.matchAll(NOTE)].map((m) => m[0]));
  expect(notesOf(printed.paragraphs)).toEqual([]);
  expect(notesOf(review.paragraphs).length).toBeGreaterThanOrEqual(built.review.omitted?.length ?? 0);
  problems.push(...layoutFailures([printed.file, review.file]));
  return { built, problems };
}

async function checkMemberReports(ledger: Ledger, label: string, memberIds: readonly string[]) {
  const problems: string[] = [];
  const files: string[] = [];
  for (const id of memberIds) {
    const member = ledger.members.find((m) => m.id === id)!;
    const built = buildMemberReport(ledger, member, ledger.scoreRules?.rules ?? DEFAULT_SCORE_RULES, SCOPE, TODAY);
    const name = `${label}${member.name}履职档案`;
    problems.push(...documentProblems(built.doc, built.figures, name));
    const written = await writeAndRead(built.doc, `${label}-member-${files.length}.docx`);
    written.paragraphs.forEach((p, i) => problems.push(...textProblems(p, `${name}.docx第${i + 1}段`)));
    files.push(written.file);
  }
  problems.push(...layoutFailures(files));
  return problems;
}

async function addMember(repos: LedgerRepositories, name: string, extra: Record<string, unknown> = {}): Promise<string> {
  const saved = await repos.members.createMember({ ...emptyMemberFields(9), name, gender: '男', ethnicity: '汉族', sector: '中共', party: '中共', township: '城关镇', ...extra });
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  return saved.value.id;
}

async function addActivity(repos: LedgerRepositories, title: string, type: string, date: string, participants: { memberId: string; status: string; reason: string }[]) {
  const saved = await repos.activities.saveActivity(undefined, { fields: { ...emptyActivityFields(date), title, type }, participants });
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
}

describe('(a) a ledger holding only the first-run settings', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    const repos = await openTestLedger();
    ledger = await repos.reports.loadReportLedger({ year: YEAR });
  });

  it.each(COMMITTEE_KINDS)('the %s report is refused: it would be the opening and canned words only', async (kind) => {
    expect(await checkRefusedReport(ledger, kind, '仅设置')).toEqual([]);
  });

  it('has no member, so no 履职档案 to print', () => {
    expect(ledger.members).toEqual([]);
  });
});

describe('(b) settings, a small roll and three activities', () => {
  let ledger: Ledger;
  let memberIds: string[];
  beforeAll(async () => {
    const repos = await openTestLedger();
    memberIds = [
      await addMember(repos, '王明', { role: '常委' }),
      await addMember(repos, '李芳', { gender: '女', sector: '教育界', party: '民盟' }),
      await addMember(repos, '张强', { sector: '医药卫生界', party: '民建' }),
      await addMember(repos, '刘丽', { gender: '女', sector: '农业界', party: '无党派人士' }),
      await addMember(repos, '陈刚', { role: '副主席' }),
    ];
    const [a, b, c, d, e] = memberIds as [string, string, string, string, string];
    const row = (memberId: string, status = '出席', reason = '') => ({ memberId, status, reason });
    await addActivity(repos, '九届政协第四次全体会议', '全体会议', `${YEAR}-01-10`, [row(a), row(b), row(c), row(d, '请假', '因公出差'), row(e)]);
    await addActivity(repos, '视察县人民医院', '视察', `${YEAR}-05-20`, [row(a), row(b), row(c)]);
    await addActivity(repos, '乡村振兴调研', '调研', `${YEAR}-07-01`, [row(b), row(e)]);
    ledger = await repos.reports.loadReportLedger({ year: YEAR });
  });

  it.each(['supervision', 'standing'] as const)('the %s report states what the three activities hold and leaves the rest out', async (kind) => {
    const { problems } = await checkCommitteeReport(ledger, kind, '三项活动');
    expect(problems).toEqual([]);
  });

  it('the proposals report is refused: no proposal is recorded', async () => {
    expect(await checkRefusedReport(ledger, 'proposals', '三项活动')).toEqual([]);
  });

  it.each(['supervision', 'standing'] as const)('the %s report sets the office’s own （一）（二） lines of its notes as level-2 headings, so both copies pass the layout check', async (kind) => {
    const stamp = `${YEAR}-11-01T09:00:00.000Z`;
    const notes = { id: yearNotesId(YEAR), year: YEAR, problems: '', nextSteps: '（一）全面启用履职台账。\n（二）推进委员工作室建设。', isSample: false, createdAt: stamp, updatedAt: stamp, deletedAt: null };
    const { built, problems } = await checkCommitteeReport({ ...ledger, yearNotes: [notes] }, kind, `编号打算-${kind}`);
    expect(problems).toEqual([]);
    expect(built.doc.blocks.filter((b) => b.kind === 'heading' && b.level === 2 && b.text.startsWith('（')).map((b) => b.kind === 'heading' && b.text).slice(-2)).toEqual(['（一）全面启用履职台账。', '（二）推进委员工作室建设。']);
  });

  it.each(['supervision', 'standing'] as const)('the %s report prints a run-in （一） heading as the heading over its text, and both copies pass the layout check', async (kind) => {
    const stamp = `${YEAR}-11-01T09:00:00.000Z`;
    const nextSteps = '（一）加强学习。今年要组织委员参加培训两期。\n（二）强化监督。围绕重点项目开展视察。';
    const notes = { id: yearNotesId(YEAR), year: YEAR, problems: '', nextSteps, isSample: false, createdAt: stamp, updatedAt: stamp, deletedAt: null };
    const { built, problems } = await checkCommitteeReport({ ...ledger, yearNotes: [notes] }, kind, `提行标题-${kind}`);
    expect(problems).toEqual([]);
    for (const doc of [built.doc, built.review]) {
      const typed = doc.blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'heading') && /加强学习|培训两期|强化监督|重点项目开展视察/.test(b.text) ? [b] : []);
      expect(typed.map((b) => [b.kind, b.kind === 'heading' ? b.level : 0, b.text])).toEqual([
        ['heading', 2, '（一）加强学习。'],
        ['paragraph', 0, '今年要组织委员参加培训两期。'],
        ['heading', 2, '（二）强化监督。'],
        ['paragraph', 0, '围绕重点项目开展视察。'],
      ]);
    }
  });

  it('prints a line of the notes that lists 一、二季度 as body text, not a 黑体 heading', () => {
    const stamp = `${YEAR}-11-01T09:00:00.000Z`;
    const notes = { id: yearNotesId(YEAR), year: YEAR, problems: '', nextSteps: '一、二季度完成委员工作室建设。', isSample: false, createdAt: stamp, updatedAt: stamp, deletedAt: null };
    const built = buildReport({ ...ledger, yearNotes: [notes] }, DEFAULT_TEMPLATES.supervision, SCOPE, TODAY, undefined, 'template');
    const line = built.doc.blocks.find((b) => (b.kind === 'paragraph' || b.kind === 'heading') && b.text.includes('二季度'));
    expect(line).toMatchObject({ kind: 'paragraph', text: '一、二季度完成委员工作室建设。' });
  });

  it('every member’s 履职档案, one who took part in nothing among them', async () => {
    expect(await checkMemberReports(ledger, '三项活动', memberIds)).toEqual([]);
  });

  it('a finished year’s 履职档案 grades no one while the ledger holds no proposal or 社情民意: it says what is not recorded instead of 不称职', () => {
    const whole: FigureScope = { year: YEAR, until: `${YEAR}-12-31` };
    const texts = (id: string) => buildMemberReport(ledger, ledger.members.find((m) => m.id === id)!, DEFAULT_SCORE_RULES, whole, `${YEAR + 1}-01-10`).doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    // 王明 went to the one-day plenary (two half-days, 10 points) and the 视察 (5).
    expect(texts(memberIds[0]!).slice(1)).toEqual([
      `${YEAR}年度，出席会议1次，请假0次，缺席0次；参加视察、调研、协商、监督等其他履职活动1次。`,
      '本年度提案尚未在台账中登记。社情民意信息尚未在台账中登记。大会发言等发言情况台账未记录。',
      '按县政协履职积分规则计算，全年积分15分（满分100分），不含台账尚未登记的提案、社情民意信息，年度等次待登记后评定。',
    ]);
    for (const id of memberIds) expect(texts(id).join('')).not.toMatch(/等次为/);
  });
});

// (c) and (d): ledgers the program generates, their first members' 履职档案 beside the reports.
const GENERATED: [string, string, () => Promise<Ledger>][] = [
  ['(c) the 示例数据', '示例数据', async () => {
    const repos = await openTestLedger({ setUp: false });
    await loadSampleLedger(repos.db, smallSampleSize(`${YEAR}-11-20`));
    return repos.reports.loadReportLedger({ year: YEAR });
  }],
  // The bench's ledger, whose last year is YEAR: built in memory in about a second.
  ['(d) one year of the ten-year ledger of a big county', '十年大县', () => {
    if (SAMPLE_SIZE_BIG_COUNTY.firstYear + SAMPLE_SIZE_BIG_COUNTY.years - 1 !== YEAR) return Promise.reject(new Error(`the big county's last year is no longer ${YEAR}`));
    return Promise.resolve(generateLedger(SAMPLE_SIZE_BIG_COUNTY));
  }],
];

describe.each(GENERATED)('%s', (_, label, load) => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await load();
    // The year holds records of every kind the reports count, so the checks below meet real text.
    expect(ledger.activities.filter((a) => a.year === YEAR).length).toBeGreaterThan(20);
    expect(ledger.proposals.filter((p) => p.year === YEAR).length).toBeGreaterThan(20);
  });

  it.each(COMMITTEE_KINDS)('the %s report', async (kind) => {
    const { built, problems } = await checkCommitteeReport(ledger, kind, label);
    expect(problems).toEqual([]);
    // A full year: the proposal report prints its tables, so the checks on tables met some.
    if (kind === 'proposals') expect(built.doc.blocks.filter((b) => b.kind === 'table').length).toBeGreaterThan(0);
  });

  it('the 履职档案 of the first members on the roll', async () => {
    expect(await checkMemberReports(ledger, label, ledger.members.slice(0, 3).map((m) => m.id))).toEqual([]);
  });
});

// The 示例数据 with whole areas missing, as offices' ledgers are: the reports close up around what
// went without a doubled or dangling verb, a "；" between groups lost, a lone 一是 or a lone 一、.
const sample = () => generateLedger(smallSampleSize(`${YEAR}-11-20`));
const CONSULTATION_ONLY = new Set(['全体会议', '专题协商会', '协商座谈会']);
const PARTS: [string, () => Ledger, Partial<Record<(typeof COMMITTEE_KINDS)[number], { has?: string[]; hasNot?: string[] }>>][] = [
  ['协商而无视察调研', () => {
    const l = sample();
    const kept = l.activities.filter((a) => CONSULTATION_ONLY.has(a.type));
    const ids = new Set(kept.map((a) => a.id));
    return { ...l, activities: kept, campaigns: [], plans: l.plans.map((p) => (p.activityId && !ids.has(p.activityId) ? { ...p, activityId: null } : p)) };
  }, {
    supervision: { has: ['组织委员开展专题协商、对口协商、界别协商等协商活动'], hasNot: ['组织委员，', '形成提出'] },
    standing: { hasNot: ['组织提出'] },
  }],
  ['工作要点未登记跟踪', () => {
    const l = sample();
    return { ...l, plans: l.plans.map((p) => ({ ...p, followUp: { date: null, note: '' } })) };
  }, { supervision: { has: ['；报告县委、县政府'] } }],
  ['只有名册和提案', () => {
    const l = sample();
    return { ...l, activities: [], opinions: [], plans: [], stations: [], campaigns: [], pairings: [], culture: [], evaluations: [], supervisors: [], supervisionLetters: [], yearNotes: [], proposals: l.proposals.map((p) => ({ ...p, instructions: [] })) };
  }, { supervision: { has: ['把提案工作作为民主监督的重要载体来抓'], hasNot: ['一是把提案工作'] } }],
];

describe.each(PARTS)('the 示例数据 %s', (label, load, expected) => {
  const ledger = load();
  it.each(COMMITTEE_KINDS)('the %s report', async (kind) => {
    const { built, problems } = await checkCommitteeReport(ledger, kind, label);
    expect(problems).toEqual([]);
    const text = built.doc.blocks.map((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? b.text : '')).join('\n');
    for (const words of expected[kind]?.has ?? []) expect(text).toContain(words);
    for (const words of expected[kind]?.hasNot ?? []) expect(text).not.toContain(words);
  });
});

it('runs the layout check with python3 (CI installs it)', () => {
  expect(PYTHON_MISSING).toBeNull();
});
