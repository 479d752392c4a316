import { describe, expect, it } from 'vitest';
import { computeFigures, type FigureResult } from './figure-catalogue';
import { exportBlockers, problemMessage, renderReport, renderReportCopies, type ReportContext, type ReportDocument } from './render-report';
import { DEFAULT_TEMPLATES, type ReportTemplate, type TemplateSection } from './report-template';
import { FIXTURE_COMMITTEE, FIXTURE_SCOPE, reportFixtureLedger } from './report-fixtures';
import { breakTitle, textWidth } from './title-lines';
import { cleanReportText } from './report-text';
import fc from 'fast-check';
import { numbered, paragraphsOf, section } from './templates/authoring';

const context: ReportContext = { committeeName: FIXTURE_COMMITTEE, shortName: '县政协', level: '县', issuer: '罗城仫佬族自治县政协办公室', date: '2025-11-30', scope: FIXTURE_SCOPE };
const figures = computeFigures(reportFixtureLedger(), FIXTURE_SCOPE);
const textOf = (doc: ReportDocument) => doc.blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.join('|')).join('\n') : b.kind === 'chart' ? b.caption : b.text)).join('\n');

type SectionSpec = Partial<Omit<TemplateSection, 'paragraphs'>> & { paragraphs?: string[] };

function template(sections: SectionSpec[], extra: Partial<ReportTemplate> = {}): ReportTemplate {
  return {
    kind: 'supervision', title: '测试报告', occasion: '', speaker: '', useSpeechHeader: false, phrases: [],
    sections: sections.map((s, i) => ({ id: `s${i}`, level: 1, heading: '', hidden: false, ...s, paragraphs: paragraphsOf(`s${i}`, s.paragraphs ?? []) })),
    ...extra,
  };
}

describe('the 民主监督工作情况汇报 on the fixture ledger', () => {
  const doc = renderReport(DEFAULT_TEMPLATES.supervision, figures, context);
  const text = textOf(doc);

  it('states each hand-counted figure in its sentence', () => {
    for (const sentence of [
      '截至2025年11月30日，共组织开展各类履职活动5次，委员参加活动11人次。',
      '一是坚持会议制度。召开全体会议1次、常委会议1次，通过会议传达贯彻上级精神',
      '全体会议应到委员4人次、实到2人次，出席率50%；常委会议应到3人次、实到3人次，出席率100%。',
      '组织委员开展视察1次、调研1次，开展专题协商、对口协商、界别协商等协商活动1次。',
      '2025年开展民主评议1次，通过召开民主测评会',
      '驻地1至2名政协委员担任工作人员',
      '共安排重点工作5项，其中包括调研2项、视察2项、协商1项，截至11月底已完成2项。',
      '工作要点已开展的2次活动中，方案按时制定2次、材料按时送达1次；活动成果会同县政府督查室跟踪1次、报告县委、县政府1次。',
      '提出民主监督建议书1份，提高了政协民主监督的实效和公信度。',
      '二是规范监督程序。',
      '四是开展“三个一”活动，助力乡村振兴。',
      '形成调研报告2篇、视察报告1篇，提出意见建议8条，被采纳3条；成果报送县委2次、县政府1次，获领导批示1次；',
      '跟踪督办协商监督成果2项，已落实1项。',
      '共收到提案7件，经提案委员会审查，立案4件，立案率57.1%。截至11月底，已办复2件，办复率50%。',
      '确定重点提案1件，由1名领导领衔督办。',
      '收集社情民意信息3条，编发2期，被各级政协采用2条，获领导批示1次。',
    ]) expect(text).toContain(sentence);
  });

  it('numbers its headings 一、 to 七、 and has the title broken at a word', () => {
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、']);
    expect(doc.blocks.filter((b) => b.kind === 'heading').slice(-2).map((b) => b.text)).toEqual(['六、存在问题', '七、下步打算']);
    expect(doc.titleLines).toEqual(['罗城仫佬族自治县政协关于2025年', '民主监督工作情况的汇报']);
    expect(doc.dateText).toBe('2025年11月30日');
    expect(doc.header).toBeUndefined();
  });

  it('prints no 0, leaves out what the ledger does not hold, and blocks nothing', () => {
    expect(text).not.toMatch(/(?<![\d.])0(次|人次|名|个|件|条|项|期|年|%)/);
    expect(text).not.toContain('【');
    expect(doc.problems).toEqual([]);
    expect(exportBlockers(doc)).toEqual([]);
    expect(doc.omitted!.map((o) => o.clauseId)).toEqual(expect.arrayContaining(['routine.2.0', 'focus.2.0', 'focus.6.0']));
    expect(doc.omitted!.find((o) => o.clauseId === 'routine.2.0')).toEqual({ clauseId: 'routine.2.0', section: '抓好规范建设，强化常规监督', reasons: ['本年未登记委员培训'] });
  });

  it('says in the review copy, where each left-out clause stood, what is missing', () => {
    const review = renderReport(DEFAULT_TEMPLATES.supervision, figures, { ...context, copy: 'review' });
    const reviewText = textOf(review);
    expect(reviewText).toContain('召开全体会议1次、常委会议1次【未写入：本年未登记主席会议（类型为“主席会议”的履职活动）】，通过会议');
    expect(reviewText).toContain('【未写入：本年未登记委员培训】\n二是规范监督程序。');
    for (const o of review.omitted!) for (const r of o.reasons) expect(reviewText).toContain(r);
    // The same clauses are left out of both copies.
    expect(review.omitted).toEqual(doc.omitted);
  });

  it('keeps the figure keys of each paragraph for the preview', () => {
    const para = doc.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('一是坚持会议制度'));
    expect(para).toMatchObject({ figureKeys: expect.arrayContaining(['activities.type.plenary', 'meetings.plenary.rate']) as unknown });
  });
});

describe('the 提案工作情况报告 and the 常委会工作报告 on the fixture ledger', () => {
  it('writes the proposal figures in the trade\'s sentence and tables', () => {
    const doc = renderReport(DEFAULT_TEMPLATES.proposals, figures, context);
    const text = textOf(doc);
    expect(text).toContain('共收到提案7件，其中集体提案1件、联名提案1件、个人提案5件。经提案委员会审查，立案4件，立案率57.1%；并案处理1件；不予立案1件，其中包括作为委员来信处理1件。');
    expect(text).toContain('在立案的提案中，经济方面1件，占25%；社会方面2件，占50%；生态文明方面1件，占25%。');
    expect(text).toContain('立案的提案交4个承办单位办理。截至11月底，立案的4件提案已办复2件，办复率50%，其中面商办理1件，面商率50%。');
    expect(text).toContain('所提问题已经解决或基本解决的1件，占50%；正在解决或列入计划逐步解决的1件，占50%。');
    expect(text).toContain('共收到委员反馈的征询意见表2份，其中满意1份、基本满意1份、不满意0份，满意率50%，满意和基本满意率100%。');
    expect(doc.blocks.filter((b) => b.kind === 'table')).toEqual([
      { kind: 'table', caption: '立案提案分类统计表', columns: ['类别', '件数', '占比'], rows: [['经济方面', '1', '25.0%'], ['社会方面', '2', '50.0%'], ['生态文明方面', '1', '25.0%']] },
      { kind: 'table', caption: '提案办复类别统计表', columns: ['答复类别', '件数', '占比'], rows: [['A类', '1', '50.0%'], ['B类', '1', '50.0%']] },
    ]);
  });

  it('gives the standing committee report its speech header and members', () => {
    const doc = renderReport({ ...DEFAULT_TEMPLATES.standing, useSpeechHeader: true }, figures, context);
    expect(doc.header).toEqual({ occasion: '——在罗城仫佬族自治县政协全体会议上', speaker: '', salutation: '各位委员、同志们：' });
    // Off by default (GB/T 9704 checkers read the header as body text), on with the switch.
    expect(renderReport(DEFAULT_TEMPLATES.standing, figures, context).header).toBeUndefined();
    expect(textOf(doc)).toContain('现有委员4名，其中包括常委会组成人员2名、女委员1名、党外委员2名。');
    expect(textOf(doc)).toContain('按采用层级统计，市政协采用1条、省政协采用1条、全国政协采用1条（同一条信息可被多级采用）。');
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      '一、2025年工作回顾', '（一）坚持团结民主，会议履职有质量', '（二）立足职能优势，协商议政有深度', '（三）聚焦民生关切，民主监督有实效', '（四）加强自身建设，履职能力有提升', '二、存在的差距和不足', '三、下一步工作打算',
    ]);
  });

  it('uses only figures the catalogue has in every default but the member record', () => {
    for (const kind of ['supervision', 'standing', 'proposals'] as const) expect(exportBlockers(renderReport(DEFAULT_TEMPLATES[kind], figures, context)), kind).toEqual([]);
    // The member record's figures come with the member duty record; until then it cannot be exported.
    expect(exportBlockers(renderReport(DEFAULT_TEMPLATES.member, figures, context)).length).toBeGreaterThan(0);
  });
});

describe('headings', () => {
  it('numbers 一、（一）1.（1） by level and order, restarting under a new parent, skipping hidden sections, not numbering a heading alone at its level', () => {
    const doc = renderReport(
      template([
        { heading: '甲' }, { level: 2, heading: '乙' }, { level: 3, heading: '丙' }, { level: 4, heading: '丁' }, { level: 4, heading: '戊' },
        { level: 3, heading: '己' }, { level: 2, heading: '隐', hidden: true, paragraphs: ['不应出现'] }, { level: 2, heading: '庚' },
        { heading: '辛' }, { level: 2, heading: '壬' },
      ]),
      figures, context,
    );
    expect(doc.blocks.map((b) => (b.kind === 'heading' ? b.text : ''))).toEqual(['一、甲', '（一）乙', '1.丙', '（1）丁', '（2）戊', '2.己', '（二）庚', '二、辛', '壬']);
  });
});

describe('text pasted from Word and the web', () => {
  it('removes control characters and emoji, keeps ©, and still fills the figures', () => {
    const doc = renderReport(template([{ heading: '视察\u000b工作😀', paragraphs: ['开展视察\u0000{{activities.type.inspection}}次\u000c。👍🏻成效明显🇨🇳，©县政协\u0007'] }], { title: '年度\u0001汇报✨' }), figures, context);
    expect(doc.title).toBe('年度汇报');
    expect(doc.blocks).toEqual([
      { kind: 'heading', level: 1, text: '视察工作' },
      { kind: 'paragraph', text: '开展视察1次。成效明显，©县政协', figureKeys: ['activities.type.inspection'], runs: [{ text: '开展视察' }, { text: '1', figure: 'activities.type.inspection' }, { text: '次。成效明显，©县政协' }] },
    ]);
  });

  it('breaks a 300-character title into lines of at most 20 characters that put it back together', () => {
    const long = '关于进一步加强和改进人民政协民主监督工作的实施意见'.repeat(12).slice(0, 300);
    const doc = renderReport(template([{ paragraphs: ['正文'] }], { title: long }), figures, context);
    expect(doc.titleLines.join('')).toBe(long);
    // 300 characters need 15 lines of 20; whole words may take one more.
    expect(doc.titleLines.length).toBeGreaterThanOrEqual(15);
    expect(doc.titleLines.length).toBeLessThanOrEqual(16);
    for (const line of doc.titleLines) expect(textWidth(line)).toBeLessThanOrEqual(20);
  });

  it('never splits a word of the trade or a number from its unit', () => {
    expect(breakTitle('政协罗城仫佬族自治县委员会常务委员会工作报告')).toEqual(['政协罗城仫佬族自治县委员会', '常务委员会工作报告']);
    expect(breakTitle('罗城仫佬族自治县政协关于2025年民主监督工作情况的汇报')).toEqual(['罗城仫佬族自治县政协关于2025年', '民主监督工作情况的汇报']);
    expect(breakTitle('关于2025年工作的汇报')).toEqual(['关于2025年工作的汇报']);
  });
});

describe('placeholders', () => {
  it('shows a placeholder that names no figure as an error and refuses export', () => {
    const doc = renderReport(template([{ heading: '一', paragraphs: ['共{{no.such.figure}}项，视察{{activities.type.inspection}}次{{视察 次数}}', '{{table:no.such.table}}'] }]), figures, context);
    expect(doc.blocks[1]).toMatchObject({ kind: 'paragraph', text: '共【未知数字：no.such.figure】项，视察1次【未知数字：视察 次数】' });
    expect(exportBlockers(doc)).toEqual([
      { blockIndex: 1, key: 'no.such.figure', kind: 'unknown-figure' },
      { blockIndex: 1, key: '视察 次数', kind: 'unknown-figure' },
      { blockIndex: 2, key: 'table:no.such.table', kind: 'unknown-figure' },
    ]);
    expect(problemMessage(exportBlockers(doc)[0]!)).toContain('修正前不能导出');
  });

  it('leaves out a figure with no records behind it unless told to keep it, then flags it; fills the context placeholders', () => {
    const odd = new Map<string, FigureResult>([['activities.total', { value: 3, records: [] }]]);
    const text = '{{committee}}（{{short}}，{{party}}、{{government}}，全{{area}}）{{year}}年截至{{untilMonth}}（{{until}}）开展活动{{activities.total}}次，{{session}}';
    const scope = { year: 2025, until: '2025-11-20', sessionKey: '9-2' };
    const left = renderReport(template([{ paragraphs: [text] }]), odd, { ...context, scope });
    expect(left.blocks).toEqual([]);
    expect(left.omitted).toEqual([{ clauseId: 's0.0.0', section: '开头', reasons: ['开展各类履职活动没有台账记录'] }]);
    const kept = renderReport({ ...template([]), sections: [{ id: 's', level: 1, heading: '', hidden: false, paragraphs: [{ clauses: [{ id: 'c', text, numbered: false, keepWhenZero: true, missing: '', fallback: '' }] }] }] }, odd, { ...context, level: '市', shortName: '市政协', scope });
    expect(kept.blocks[0]).toMatchObject({ text: '罗城仫佬族自治县政协（市政协，市委、市政府，全市）2025年截至11月20日（2025年11月20日）开展活动3次，九届二次会议' });
    expect(kept.problems).toEqual([{ blockIndex: 0, key: 'activities.total', kind: 'no-records' }]);
  });
});

describe('a ledger that holds little', () => {
  const feedback = (returned: number) => new Map<string, FigureResult>([...figures, ['proposals.feedbackReturned', { value: returned, records: returned ? [{ table: 'proposals', id: 'p1', label: '第1号' }] : [] }]]);
  const kept = { ...template([]), sections: [section('h', 1, '办理情况', [[{ text: '收到意见表{{proposals.feedbackReturned}}份，不满意{{proposals.dissatisfied}}份', keepWhenZero: true }, '。']])] };

  it('keeps a zero worth saying beside a figure that is not, but not a clause of zeros only, nor its full stop', () => {
    expect(textOf(renderReport(kept, feedback(2), context))).toBe('办理情况\n收到意见表2份，不满意0份。');
    const none = renderReport(kept, feedback(0), context);
    expect(none.blocks).toEqual([]);
    expect(none.omitted).toEqual([{ clauseId: 'h.0.0', section: '办理情况', reasons: [expect.stringMatching(/为0$/), expect.stringMatching(/为0$/)] }]);
  });

  it('names a section that went as it would have printed, its placeholders filled', () => {
    const gone = { ...template([]), sections: [section('y', 1, '{{year}}年工作回顾', ['开展视察{{activities.type.inspection}}次。']), section('n', 1, '下步打算', ['继续努力。'])] };
    const zero = new Map<string, FigureResult>([['activities.type.inspection', { value: 0, records: [] }]]);
    const review = renderReport(gone, zero, { ...context, copy: 'review' });
    expect(textOf(review)).toContain('【未写入：“2025年工作回顾”一节无可写内容】');
    expect(review.omitted![0]!.section).toBe('2025年工作回顾');
  });

  const counts = (values: Record<string, number>) => new Map<string, FigureResult>(Object.entries(values).map(([k, v]) => [k, { value: v, records: v ? [{ table: 'activities', id: k, label: k }] : [] }]));
  const listed = {
    ...template([]),
    sections: [
      section('a', 1, '视察调研', [numbered('坚持视察。开展视察{{activities.type.inspection}}次。'), numbered('坚持调研。开展调研{{activities.type.research}}次。'), numbered('加强学习。')]),
      section('b', 1, '下步打算', ['继续努力。']),
    ],
  };

  it('prints a lone clause left of a 一是/二是 sequence without its ordinal', () => {
    const both = renderReport(listed, counts({ 'activities.type.inspection': 2, 'activities.type.research': 1 }), context);
    expect(textOf(both)).toBe('一、视察调研\n一是坚持视察。开展视察2次。\n二是坚持调研。开展调研1次。\n三是加强学习。\n二、下步打算\n继续努力。');
    // 加强学习 is connective text: with no figure kept in its section it goes, and 坚持视察 is left alone.
    const one = renderReport({ ...listed, sections: [{ ...listed.sections[0]!, paragraphs: listed.sections[0]!.paragraphs.slice(0, 2) }, listed.sections[1]!] }, counts({ 'activities.type.inspection': 2, 'activities.type.research': 0 }), context);
    expect(textOf(one)).toBe('一、视察调研\n坚持视察。开展视察2次。\n二、下步打算\n继续努力。');
  });

  it('refuses a report left with nothing of the ledger, naming what is missing, and leaves its lone heading unnumbered', () => {
    const none = renderReport(listed, counts({ 'activities.type.inspection': 0, 'activities.type.research': 0 }), { ...context, copy: 'review' });
    expect(textOf(none)).toContain('下步打算\n继续努力。');
    expect(textOf(none)).not.toContain('一、');
    const blockers = exportBlockers(none);
    expect(blockers).toEqual([{ blockIndex: -1, key: expect.stringContaining('本年未登记视察') as string, kind: 'nothing-recorded' }]);
    // The reasons are alternatives, not a list of things all required.
    expect(problemMessage(blockers[0]!)).toMatch(/^台账中没有这份报告可写的记录（.*本年未登记视察.*），文稿只会剩下开头和结尾的套话；登记其中任何一项即可生成$/);
  });
});

describe('any text at all', () => {
  it('comes out of cleanReportText with nothing XML 1.0 forbids and no emoji', () => {
    // XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF], surrogates only in pairs.
    const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const clean = cleanReportText(raw);
        expect(clean).not.toMatch(forbidden);
        // Emoji are pictographs (©, ® and ™ excepted, which 宋体 prints) and the modifiers and joiners that build them.
        expect(clean).not.toMatch(/(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}|[\u200d\ufe0f\u{1F3FB}-\u{1F3FF}]/u);
      }),
      { numRuns: 300 },
    );
  });
});

describe('both copies made together', () => {
  // renderReportCopies works out what the copies share once: each copy must be what renderReport makes of it alone.
  const empty = computeFigures({ ...reportFixtureLedger(), activities: [], proposals: [] }, FIXTURE_SCOPE);
  const cases: [string, ReportTemplate, ReadonlyMap<string, FigureResult>][] = [
    ...(['supervision', 'standing', 'proposals'] as const).map((kind): [string, ReportTemplate, ReadonlyMap<string, FigureResult>] => [kind, DEFAULT_TEMPLATES[kind], figures]),
    ['supervision with no activities or proposals', DEFAULT_TEMPLATES.supervision, empty],
    ['a template naming no figure, with parts left out', template([{ heading: '{{year}}年{{activities.total}}次', paragraphs: ['共{{nosuch.figure}}次。', '[[视察{{activities.type.inspection}}次、]][[评议{{evaluations.rounds}}次]]。'] }], { title: '{{year}}年{{nosuch.title}}报告' }), empty],
  ];
  it.each(cases)('are each what renderReport writes: %s', (_name, t, counted) => {
    const both = renderReportCopies(t, counted, context);
    expect(both.print).toEqual(renderReport(t, counted, { ...context, copy: 'print' }));
    expect(both.review).toEqual(renderReport(t, counted, { ...context, copy: 'review' }));
  });

  it('share nothing a copy could change in the other', () => {
    const both = renderReportCopies(DEFAULT_TEMPLATES.supervision, empty, context);
    expect(both.review.blocks.some((b) => b.kind === 'paragraph' && b.note)).toBe(true);
    expect(both.print.titleLines).not.toBe(both.review.titleLines);
  });
});
