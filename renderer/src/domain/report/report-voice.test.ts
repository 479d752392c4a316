// The office's own voice in every yearly report: its 存在问题 and 下步打算 each under its own
// heading (the 提案 report with its own), the default wording marked in the review copy, its name
// for its grass-roots units, the levels of 政协 named from its own level, its 提案类别 names, the
// term's committee in the 常委会 opening, and year-bound phrases that never leave a year without words.
import { describe, expect, it } from 'vitest';
import { computeFigures, type FigureResult } from './figure-catalogue';
import { renderReport, type ReportContext, type ReportDocument } from './render-report';
import { DEFAULT_TEMPLATES, type ReportKind, type ReportTemplate } from './report-template';
import { FIXTURE_COMMITTEE, FIXTURE_SCOPE, reportFixtureLedger } from './report-fixtures';
import { templateProblems } from './template-check';
import { RURAL_AIM_PHRASE } from './templates/supervision-template';
import { reportContextOf } from './report-context';
import { termCommitteeName } from './context-values';
import type { DictionaryEntry } from '../dictionaries/dictionary-kinds';
import { committeeSettingsSchema } from '../settings/committee-settings';

const base: ReportContext = { committeeName: FIXTURE_COMMITTEE, shortName: '县政协', level: '县', issuer: '罗城仫佬族自治县政协办公室', date: '2025-11-30', scope: FIXTURE_SCOPE };
const figures = computeFigures(reportFixtureLedger(), FIXTURE_SCOPE);
const textOf = (doc: ReportDocument) => doc.blocks.map((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? b.text : '')).join('\n');
const render = (kind: ReportKind, context: Partial<ReportContext> = {}, fs: ReadonlyMap<string, FigureResult> = figures, template: ReportTemplate = DEFAULT_TEMPLATES[kind]) =>
  renderReport(template, fs, { ...base, ...context });
/** The text under a heading up to the next heading. */
function under(doc: ReportDocument, heading: string): string {
  const at = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text.endsWith(heading));
  expect(at, heading).toBeGreaterThanOrEqual(0);
  const next = doc.blocks.findIndex((b, i) => i > at && b.kind === 'heading');
  return doc.blocks.slice(at + 1, next < 0 ? undefined : next).map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
}

const PROBLEMS = '一是部分委员监督意识不强。二是成果跟踪问效机制有待健全。';
const NEXT_STEPS = '一是加强委员学习培训。二是会同县政府督查室健全监督成果跟踪落实机制。';

describe('the year\'s 存在问题 and 下步打算', () => {
  const notes = { problems: PROBLEMS, nextSteps: NEXT_STEPS };

  it.each([
    ['supervision', '存在问题', '下步打算'],
    ['standing', '存在的差距和不足', '下一步工作打算'],
  ] as const)('stand under their own headings in the %s report, the plans never among the problems', (kind, problemsHeading, plansHeading) => {
    const doc = render(kind, { notes });
    expect(under(doc, problemsHeading)).toBe(PROBLEMS);
    expect(under(doc, plansHeading)).toBe(NEXT_STEPS);
  });

  it('written for the plans alone, follow the default problems under a heading of their own', () => {
    const doc = render('supervision', { notes: { problems: '', nextSteps: NEXT_STEPS } });
    expect(under(doc, '存在问题')).not.toContain(NEXT_STEPS);
    expect(under(doc, '下步打算')).toBe(NEXT_STEPS);
  });

  it('are never the 提案 report\'s: it prints its own when written, else its built-in wording under 存在问题 and 下步打算', () => {
    const plain = render('proposals', { notes });
    expect(textOf(plain)).not.toContain(PROBLEMS);
    expect(textOf(plain)).not.toContain(NEXT_STEPS);
    expect(under(plain, '存在问题')).toContain('提案');
    expect(under(plain, '下步打算')).toContain('提案');
    const own = render('proposals', { notes: { ...notes, proposalProblems: '部分提案质量不高。', proposalNextSteps: '健全提案质量评价机制。' } });
    expect(under(own, '存在问题')).toBe('部分提案质量不高。');
    expect(under(own, '下步打算')).toBe('健全提案质量评价机制。');
  });

  it('reach the 提案 report from the ledger\'s record of the year', () => {
    const ledger = reportFixtureLedger();
    const at = '2025-11-30T00:00:00.000Z';
    ledger.yearNotes = [{ id: 'year-notes-2025', createdAt: at, updatedAt: at, deletedAt: null, year: 2025, problems: PROBLEMS, nextSteps: NEXT_STEPS, proposalProblems: '部分提案质量不高。', proposalNextSteps: '', isSample: false }];
    const doc = renderReport(DEFAULT_TEMPLATES.proposals, figures, reportContextOf(ledger, FIXTURE_SCOPE, '2025-11-30'));
    expect(under(doc, '存在问题')).toBe('部分提案质量不高。');
    expect(under(doc, '下步打算')).not.toContain(NEXT_STEPS);
  });

  it('marks the built-in wording in the review copy, saying it is the default and where the office writes its own', () => {
    const review = render('supervision', { copy: 'review' });
    const note = review.blocks.find((b) => b.kind === 'paragraph' && b.text.includes('委员监督意识和单位接受监督意愿不强'));
    expect(note?.kind === 'paragraph' && note.runs?.[0]).toEqual({ text: '【默认文字：本年未在“工作要点”页填写存在问题，以下是模板的默认写法；本单位的文字请在“工作要点”页填写】', note: true });
    expect(textOf(review)).toContain('【默认文字：本年未在“工作要点”页填写下步打算');
    expect(textOf(render('proposals', { copy: 'review' }))).toContain('【默认文字：本年未在“工作要点”页填写提案工作存在问题');
    // The print copy has the wording alone, and the office's own words get no note.
    expect(textOf(render('supervision'))).not.toContain('【');
    expect(textOf(render('supervision', { copy: 'review', notes }))).not.toContain('【默认文字');
  });
});

describe('the office\'s name for its grass-roots units', () => {
  it('is what every sentence about them and every note says', () => {
    const text = textOf(render('supervision', { unitName: '委员工作室' }));
    expect(text).toContain('设立委员工作室');
    expect(text).not.toContain('联络站');
    const none = new Map([...figures].map(([k, v]) => [k, k.startsWith('stations.') ? { value: 0, records: [] } : v]));
    const review = textOf(render('supervision', { unitName: '委员工作室', copy: 'review' }, none));
    expect(review).toContain('【未写入：本年未登记委员工作室】');
    expect(review).not.toContain('联络站');
  });

  it('places them in the level below the committee: 乡镇 in a 县, 镇（街道） in a 区 or a county-level 市', () => {
    const withActivities = new Map(figures);
    withActivities.set('stations.activities', { value: 3, records: figures.get('stations.built')!.records });
    const county = textOf(render('supervision', {}, withActivities));
    expect(county).toContain('以界别、乡镇为单位');
    expect(county).toMatch(/负责驻本乡镇\d+名委员/);
    expect(county).toMatch(/组织驻乡镇委员开展活动\d+次/);
    for (const level of ['区', '市'] as const) {
      const text = textOf(render('supervision', { level, shortName: `${level}政协`, unitName: '委员工作室' }, withActivities));
      expect(text).toContain('以界别、镇（街道）为单位');
      expect(text).toMatch(/负责驻本镇（街道）\d+名委员/);
      expect(text).toMatch(/组织驻镇（街道）委员开展活动\d+次/);
      expect(text).not.toContain('乡镇');
    }
  });

  it('says how many of the units built meet all of the "八个有", not that "all" of a smaller number do', () => {
    expect(textOf(render('supervision'))).toMatch(/已有\d+个乡镇政协工作联络站八项全部达到/);
  });

  it('names a part left out by the office\'s name in the review copy', () => {
    const noOpinions = new Map(figures);
    noOpinions.set('stations.activities', { value: 3, records: figures.get('stations.built')!.records });
    noOpinions.set('stations.opinions', { value: 0, records: [] });
    const review = textOf(render('supervision', { unitName: '委员工作室', copy: 'review' }, noOpinions));
    expect(review).toMatch(/【未写入：委员工作室收集意见建议为0】/);
  });
});

describe('the levels of 政协 that adopted 社情民意信息', () => {
  const adopted = new Map(figures);
  const records = figures.get('opinions.collected')!.records;
  adopted.set('opinions.adopted.county', { value: 19, records });
  adopted.set('opinions.adopted.city', { value: 9, records });
  const sentence = (context: Partial<ReportContext>) => /按采用层级统计，[^。]*。/.exec(textOf(render('standing', context, adopted)))?.[0];

  it('name the committee itself by its 简称 and the one above unambiguously at every level', () => {
    expect(sentence({})).toMatch(/^按采用层级统计，县政协采用19条、市政协采用9条、/);
    expect(sentence({ level: '区', shortName: '区政协' })).toMatch(/^按采用层级统计，区政协采用19条、市政协采用9条、/);
    // A county-level 市: its own 简称 is 市政协, so the one above is 上级政协 until the office names it.
    expect(sentence({ level: '市', shortName: '市政协', committeeName: '临江市政协' })).toMatch(/^按采用层级统计，市政协采用19条、上级政协采用9条、/);
    expect(sentence({ level: '区', shortName: '区政协' })).not.toContain('县级政协');
  });

  it('name the one above as the office set it in 设置, at any level', () => {
    expect(sentence({ level: '市', shortName: '市政协', committeeName: '临江市政协', upperName: '江州市政协' })).toMatch(/^按采用层级统计，市政协采用19条、江州市政协采用9条、/);
    expect(sentence({ upperName: '怀化市政协' })).toMatch(/^按采用层级统计，县政协采用19条、怀化市政协采用9条、/);
    // Left empty in the form: the level's name, not an empty 采用9条.
    expect(sentence({ upperName: '  ' })).toMatch(/^按采用层级统计，县政协采用19条、市政协采用9条、/);
  });
});

describe('the committee settings an office saves', () => {
  it('carry the name of the 政协 above into every report written in the committee’s own name', () => {
    const ledger = reportFixtureLedger();
    const committee = { ...ledger.settings!.committee, level: '市' as const, shortName: '市政协', upperName: '江州市政协' };
    expect(committeeSettingsSchema.parse(committee).upperName).toBe('江州市政协');
    const withUpper = { ...ledger, settings: { ...ledger.settings!, committee } };
    expect(reportContextOf(withUpper, FIXTURE_SCOPE, '2025-12-31').upperName).toBe('江州市政协');
    expect(committeeSettingsSchema.safeParse({ ...committee, upperName: '很'.repeat(21) }).error?.issues[0]?.message).toContain('上一级政协');
  });
});

describe('names the office sets', () => {
  it('print a 提案类别 in the text as the dictionary and the table by 类别 name it', () => {
    const text = textOf(render('proposals'));
    expect(text).toContain('在立案的提案中，经济方面1件');
    expect(text).not.toContain('经济建设方面');
    const at = '2025-01-01T00:00:00.000Z';
    const renamed: DictionaryEntry[] = [{ id: 'd1', createdAt: at, updatedAt: at, deletedAt: null, kind: 'proposalCategory', name: '经济建设', code: 'economy', category: null, order: 0 }];
    const doc = render('proposals', { dictionary: renamed });
    expect(textOf(doc)).toContain('在立案的提案中，经济建设方面1件');
    expect(doc.blocks.find((b) => b.kind === 'table' && b.caption === '立案提案分类统计表')).toMatchObject({ rows: [['经济建设方面', '1', '25.0%'], ['社会方面', '2', '50.0%'], ['生态文明方面', '1', '25.0%']] });
  });

  it('open the 常委会 report in the term\'s committee\'s name when the term is known', () => {
    expect(textOf(render('standing', { term: 9, committeeName: '青山县政协' }))).toContain('现在，我代表政协青山县第九届委员会常务委员会，向大会报告工作，请予审议。');
    expect(textOf(render('standing', { committeeName: '青山县政协' }))).toContain('我代表青山县政协常务委员会');
    expect(termCommitteeName('中国人民政治协商会议罗城仫佬族自治县委员会', 10)).toBe('政协罗城仫佬族自治县第十届委员会');
    expect(termCommitteeName('政协临江市委员会', 8)).toBe('政协临江市第八届委员会');
  });

  it('title the 常委会 report as its opening names the body', () => {
    expect(render('standing', { term: 9, committeeName: '青山县政协' }).title).toBe('政协青山县第九届委员会常务委员会工作报告');
    // Without the term the name as set stands, as in the opening.
    expect(render('standing', { committeeName: '青山县政协' }).title).toBe('青山县政协常务委员会工作报告');
  });
});

describe('a year-bound phrase with a year no wording covers', () => {
  const gap: ReportTemplate = { ...DEFAULT_TEMPLATES.supervision, phrases: [{ ...RURAL_AIM_PHRASE, variants: [{ fromYear: null, toYear: 2019, text: '助力脱贫攻坚' }, { fromYear: 2026, toYear: null, text: '助力乡村振兴' }] }] };

  it('is refused at save, naming the phrase and the years', () => {
    expect(templateProblems(gap)).toContain('用语““三个一”活动的目标”没有2020年至2025年的写法，请补上或放宽相邻写法的年份');
    expect(templateProblems({ ...gap, phrases: [{ ...RURAL_AIM_PHRASE, variants: [{ fromYear: 2021, toYear: null, text: '助力乡村振兴' }] }] })).toContain('用语““三个一”活动的目标”没有2020年及以前的写法，请补上或放宽相邻写法的年份');
    expect(templateProblems(DEFAULT_TEMPLATES.supervision)).toEqual([]);
  });

  it('still writes its paragraph with the nearest wording, and the review copy says so truly', () => {
    const print = textOf(render('supervision', {}, figures, gap));
    expect(print).toContain('开展“三个一”活动，助力乡村振兴。');
    const review = textOf(render('supervision', { copy: 'review' }, figures, gap));
    expect(review).toContain('助力乡村振兴【核对：用语““三个一”活动的目标”没有2025年的写法，暂用2026年起的写法“助力乡村振兴”，请在“报告”页的“编辑模板”的用语中补上2025年的写法】');
    expect(review).not.toContain('本年未登记“三个一”');
  });
});
