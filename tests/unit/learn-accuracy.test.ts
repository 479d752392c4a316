// How well the program learns an office's report: annotated reports, each as a Word-like and a
// WPS-like .docx, read with the real reader and scored number by number, in three sets: the
// reports the proposer was first tuned on (调校用); reports written before it was improved, measured
// then and whose misses were looked at while improving it in general ways (调校前写成); and reports
// written after, measured once and never tuned to (未见过). No report text is edited to suit the
// proposer. The shares are printed per report, per set and in total; the goal is ≥ 90 % right and
// no wrong binding shown as sure. Where an unseen report fell short of that, the test holds it at
// what it reached and names the wrong bindings it showed as sure, so that nothing gets worse.
import { describe, expect, it } from 'vitest';
import { readReportDocx } from '../../renderer/src/export/learn/read-report-docx';
import { learnReport } from '../../renderer/src/domain/report/learn/learn-report';
import type { ReportKind } from '../../renderer/src/domain/report/report-template';
import { parseAnnotatedReport } from '../fixtures/learn-reports/annotated';
import { buildReportDocx, type DocxFlavour } from '../fixtures/learn-reports/build-report-docx';
import { scoreLearning, type LearningScore } from '../fixtures/learn-reports/score-learning';
import { SUPERVISION_REPORT } from '../fixtures/learn-reports/supervision-report';
import { PROPOSALS_REPORT } from '../fixtures/learn-reports/proposals-report';
import { STANDING_REPORT } from '../fixtures/learn-reports/standing-report';
import { HELD_OUT_REPORT } from '../fixtures/learn-reports/held-out-report';
import { HELD_OUT_PROPOSALS_REPORT } from '../fixtures/learn-reports/held-out-proposals-report';
import { HELD_OUT_STANDING_REPORT } from '../fixtures/learn-reports/held-out-standing-report';
import { HELD_OUT_NANSHAN_SUPERVISION_REPORT } from '../fixtures/learn-reports/held-out-nanshan-supervision-report';
import { HELD_OUT_XILING_STANDING_REPORT } from '../fixtures/learn-reports/held-out-xiling-standing-report';
import { UNSEEN_CHENGLING_PROPOSALS_REPORT } from '../fixtures/learn-reports/unseen-chengling-proposals-report';
import { UNSEEN_ZHECHUAN_SUPERVISION_REPORT } from '../fixtures/learn-reports/unseen-zhechuan-supervision-report';
import { UNSEEN_LANXI_STANDING_REPORT } from '../fixtures/learn-reports/unseen-lanxi-standing-report';
import { UNSEEN_LUTING_PROPOSALS_REPORT } from '../fixtures/learn-reports/unseen-luting-proposals-report';
import { UNSEEN_HARICHAOLU_SUPERVISION_REPORT } from '../fixtures/learn-reports/unseen-harichaolu-supervision-report';
import { UNSEEN_YANCHUAN_STANDING_REPORT } from '../fixtures/learn-reports/unseen-yanchuan-standing-report';
import { UNSEEN_TONGWAN_PROPOSALS_REPORT } from '../fixtures/learn-reports/unseen-tongwan-proposals-report';
import { UNSEEN_DONGJIANG_SUPERVISION_REPORT } from '../fixtures/learn-reports/unseen-dongjiang-supervision-report';
import { UNSEEN_HEYUAN_STANDING_REPORT } from '../fixtures/learn-reports/unseen-heyuan-standing-report';
import { UNSEEN_YUQUAN_PROPOSALS_REPORT } from '../fixtures/learn-reports/unseen-yuquan-proposals-report';
import { UNSEEN_FENGZHU_STANDING_REPORT } from '../fixtures/learn-reports/unseen-fengzhu-standing-report';
import { UNSEEN_DAIGANG_SUPERVISION_REPORT } from '../fixtures/learn-reports/unseen-daigang-supervision-report';
import { UNSEEN_ZHIZHOU_STANDING_REPORT } from '../fixtures/learn-reports/unseen-zhizhou-standing-report';
import { UNSEEN_SHANPING_PROPOSALS_REPORT } from '../fixtures/learn-reports/unseen-shanping-proposals-report';
import { UNSEEN_TANQI_SUPERVISION_REPORT } from '../fixtures/learn-reports/unseen-tanqi-supervision-report';
import { UNSEEN_DIPU_STANDING_REPORT } from '../fixtures/learn-reports/unseen-dipu-standing-report';
import { UNSEEN_TIAOCHENG_PROPOSALS_REPORT } from '../fixtures/learn-reports/unseen-tiaocheng-proposals-report';
import { UNSEEN_XIUMEN_STANDING_REPORT } from '../fixtures/learn-reports/unseen-xiumen-standing-report';
import { UNSEEN7_LINGCHUAN_SUPERVISION_REPORT } from '../fixtures/learn-reports/unseen-lingchuan-supervision-report';
import { UNSEEN7_FENGDU_STANDING_REPORT } from '../fixtures/learn-reports/unseen-fengdu-standing-report';
import { UNSEEN7_TONGHUI_PROPOSALS_REPORT } from '../fixtures/learn-reports/unseen-tonghui-proposals-report';
import { UNSEEN7_BASHAN_SUPERVISION_REPORT } from '../fixtures/learn-reports/unseen-bashan-supervision-report';

type ReportSet = '调校用' | '调校前写成' | '未见过';

interface ScoredReport {
  name: string;
  set: ReportSet;
  score: LearningScore;
}

interface AnnotatedReport {
  name: string;
  kind: ReportKind;
  source: string;
  set: ReportSet;
  /** Wrong bindings of those it showed as sure when measured unseen that it still shows as sure: recorded rather than hidden, never added to. */
  measuredWrongSure?: readonly string[];
  /** Numbers found that the scorer cannot place in the annotated text, named as measured (never added to). */
  unscored?: readonly string[];
  /** The share of its numbers a report tuned on must keep binding right: raised as the proposer improves, never lowered. */
  floor?: number;
}

const REPORTS: readonly AnnotatedReport[] = [
  { name: '民主监督工作情况汇报', kind: 'supervision', source: SUPERVISION_REPORT, set: '调校用', floor: 75 / 75 },
  { name: '提案工作情况报告', kind: 'proposals', source: PROPOSALS_REPORT, set: '调校用', floor: 50 / 50 },
  { name: '常委会工作报告', kind: 'standing', source: STANDING_REPORT, set: '调校用', floor: 41 / 41 },
  { name: '石桥区民主监督工作总结', kind: 'supervision', source: HELD_OUT_REPORT, set: '调校前写成', floor: 24 / 24 },
  { name: '柳林县提案工作情况报告', kind: 'proposals', source: HELD_OUT_PROPOSALS_REPORT, set: '调校前写成', floor: 63 / 63 },
  { name: '东湖区常委会工作报告', kind: 'standing', source: HELD_OUT_STANDING_REPORT, set: '调校前写成', floor: 84 / 85 },
  { name: '南山区民主监督工作情况的报告', kind: 'supervision', source: HELD_OUT_NANSHAN_SUPERVISION_REPORT, set: '调校前写成', floor: 70 / 70 },
  { name: '西岭区常委会工作报告', kind: 'standing', source: HELD_OUT_XILING_STANDING_REPORT, set: '调校前写成', floor: 65 / 67 },
  // Measured once unseen (below), then tuned on. Unseen, 柘川县 showed one wrong binding as sure:
  // 14个被评议单位全部排出测评名次 bound sure to 民主评议单位, where the annotation says 排出测评名次的单位.
  { name: '澄岭市提案工作情况报告', kind: 'proposals', source: UNSEEN_CHENGLING_PROPOSALS_REPORT, set: '调校前写成', floor: 86 / 86 },
  { name: '柘川县民主监督工作情况的汇报', kind: 'supervision', source: UNSEEN_ZHECHUAN_SUPERVISION_REPORT, set: '调校前写成', floor: 89 / 90 },
  // Measured once unseen, then tuned on. Unseen they showed three wrong bindings as sure: the year
  // inside a document number (岚发〔2025〕7号, 鹭政协办〔2025〕2号) taken for the report's year, which
  // their annotator counts as text (a fixed document's number, though 2025 is the report's year);
  // and 参加阳光执法、现场办公等活动9次, two kinds lumped together, bound sure to 现场办公.
  { name: '岚溪瑶族自治县常委会工作报告', kind: 'standing', source: UNSEEN_LANXI_STANDING_REPORT, set: '调校前写成', floor: 93 / 97 },
  { name: '鹭汀区提案工作情况的报告', kind: 'proposals', source: UNSEEN_LUTING_PROPOSALS_REPORT, set: '调校前写成', floor: 96 / 97 },
  // Written by another hand without reading the proposer, its tests, its output or the figures'
  // synonyms, measured once unseen (the record is below), then tuned on. Unseen they showed 13 wrong
  // bindings as sure: 推迟到12月 taken for the 截至 date; 盟级领导批示, 获珑城市领导批示 bound to all
  // 批示 rather than the city level's; 今年共组织民主评议2次 bound to 民主评议 activities rather than
  // rounds; 被盟政协采用21条 bound to all 采用 rather than the 盟 (city) level's; 办实事好事265件次 bound
  // to 服务 deeds rather than all deeds; 主席会议和秘书长会议1次 bound to 秘书长会议 (the first of a list
  // of four counts, 全体会议's); 征询意见表162份 (sent) bound to 收回 (returned); and five years:
  // 2026 (the coming year) taken for the report's year in 砚川市 and 桐湾区, read at the January
  // plenary, whose date line's year is the next. None of them is shown as sure any more.
  { name: '哈日朝鲁旗民主监督工作情况汇报', kind: 'supervision', source: UNSEEN_HARICHAOLU_SUPERVISION_REPORT, set: '调校前写成', floor: 91 / 96 },
  { name: '砚川市常委会工作报告', kind: 'standing', source: UNSEEN_YANCHUAN_STANDING_REPORT, set: '调校前写成', floor: 105 / 105 },
  { name: '桐湾区提案工作情况报告', kind: 'proposals', source: UNSEEN_TONGWAN_PROPOSALS_REPORT, set: '调校前写成', floor: 86 / 87 },
  // Written by another hand without reading the proposer, its tests, its output or the figures'
  // synonyms, after all the rules above; measured once unseen (the record is below), then tuned on.
  // Unseen they showed four wrong bindings as sure, named here: a year's plan (全年计划评议县直单位12个)
  // bound to the units evaluated; a themed campaign's 活动21次 bound to the 主题实践 type; 各14名, one
  // span stating two 界别's figures, bound to the second; and 其他4次, the last of a bracketed list of
  // activity categories, bound to the type 其他. None of them is shown as sure any more. (The
  // 工作总结 of 枫渚区, a year's work across every area, is read as a 常委会 report, the kind nearest it.)
  {
    name: '峒江侗族自治县上半年民主监督工作情况的报告', kind: 'supervision', source: UNSEEN_DONGJIANG_SUPERVISION_REPORT, set: '调校前写成', floor: 101 / 110,
  },
  {
    name: '鹤原县常委会工作报告', kind: 'standing', source: UNSEEN_HEYUAN_STANDING_REPORT, set: '调校前写成', floor: 105 / 109,
  },
  { name: '榆泉市提案工作情况的报告', kind: 'proposals', source: UNSEEN_YUQUAN_PROPOSALS_REPORT, set: '调校前写成', floor: 73 / 84 },
  {
    name: '枫渚区工作总结', kind: 'standing', source: UNSEEN_FENGZHU_STANDING_REPORT, set: '调校前写成', floor: 94 / 110,
  },
  // Written by another hand without reading the proposer, its tests, its output or the figures'
  // synonyms, while the rules that took the four above to 84.0 % were being written; measured once
  // after them (the record is below), then tuned on. Unseen they showed two wrong bindings as sure:
  // 到12月上旬 taken for the 截至 date, and 编入信息61条 bound to the items collected rather than those
  // compiled. Neither is any more.
  {
    name: '黛岗县民主监督工作情况汇报', kind: 'supervision', source: UNSEEN_DAIGANG_SUPERVISION_REPORT, set: '调校前写成', floor: 104 / 109,
  },
  { name: '芷洲区常委会工作报告', kind: 'standing', source: UNSEEN_ZHIZHOU_STANDING_REPORT, set: '调校前写成', floor: 91 / 92 },
  { name: '杉坪县提案工作情况的报告', kind: 'proposals', source: UNSEEN_SHANPING_PROPOSALS_REPORT, set: '调校前写成', floor: 75 / 81 },
  // Written by another hand without reading the proposer, its tests, its output or the figures'
  // synonyms, while the rules that took the three above to 95.4 % were being written; measured once
  // after them at 83.3 % (the record is below), then their misses looked at while making the
  // proposer's rules more general (84.5 %). Each is held at its floor.
  {
    // 年内6次常委会议 repeats the year's count of 常委会议, which this set annotates as text the
    // second time a figure is written; the proposer took it, sure, for that count. It still binds it
    // to that count, but a figure stated again with its value is no longer shown as sure.
    name: '檀栖区民主监督工作情况汇报', kind: 'supervision', source: UNSEEN_TANQI_SUPERVISION_REPORT, set: '调校前写成', floor: 81 / 105,
  },
  { name: '荻浦县常委会工作报告', kind: 'standing', source: UNSEEN_DIPU_STANDING_REPORT, set: '调校前写成', floor: 94 / 109 },
  { name: '苕城区提案工作情况报告', kind: 'proposals', source: UNSEEN_TIAOCHENG_PROPOSALS_REPORT, set: '调校前写成', floor: 75 / 85 },
  {
    // Unseen, it showed two wrong bindings as sure: a 分别 list whose first number was taken for the
    // last kind named before it (分别开了4次、11次和7次: the verb with 了 is now read, and the list
    // paired), and 全市11个乡镇政协工作联络站 taken for the townships rather than the stations built
    // in them (still bound so, but no longer sure: the name after the number ends with another
    // figure's). Neither is shown as sure any more.
    name: '岫门市政协党组工作情况报告', kind: 'standing', source: UNSEEN_XIUMEN_STANDING_REPORT, set: '调校前写成', floor: 93 / 107,
  },
  // Written by another hand that read only the annotation format, one earlier report as an example
  // of it, the figures' keys, labels and units, and the trade's glossary; measured once after every
  // rule above, never tuned to. Before scoring, only the annotations the format cannot score were
  // changed, none of the text: Chinese numerals with no unit the format finds (提前四周, 毗邻五县,
  // 待两轮, 三成多) lost their brackets; a range written as two spans (⟦1⟧—⟦2⟧名) became one span, as
  // the format writes ranges; a 截至 date with its year is `until` and one without is `untilMonth`,
  // as the format defines them (截至2025年10月底 had been year + untilMonth, 截至11月20日 until); and
  // 质量第一's 一, found and not annotated, became text. Each is held at what it reached.
  { name: '泠川县民主监督工作汇报', kind: 'supervision', source: UNSEEN7_LINGCHUAN_SUPERVISION_REPORT, set: '未见过', floor: 96 / 117 },
  {
    // 被沣南市政协采用52条: 沣南市 is the 市 above this county-level 市, whose own adoptions are 本市's.
    name: '枫渡市常委会工作报告', kind: 'standing', source: UNSEEN7_FENGDU_STANDING_REPORT, set: '未见过', floor: 98 / 111,
    measuredWrongSure: ['被沣南市政协采用52条（opinions.adopted.county，确定） 应为 opinions.adopted.city'],
  },
  { name: '桐汇区提案工作情况报告', kind: 'proposals', source: UNSEEN7_TONGHUI_PROPOSALS_REPORT, set: '未见过', floor: 61 / 71 },
  {
    // Its 存在问题 and 打算 are inline lists （1）…（2）…; the proposer reads each item as a numbered
    // heading, and the scorer cannot place those numbers (the list markers and “1234”, all text, and
    // read as text) in the annotated line: they are named here and not in the shares.
    name: '岜山苗族自治县上半年民主监督工作情况汇报', kind: 'supervision', source: UNSEEN7_BASHAN_SUPERVISION_REPORT, set: '未见过', floor: 92 / 109,
    measuredWrongSure: ['提出意见建议17条（activities.suggestions，确定） 应为 text'],
    unscored: ['1234（text）', '2（text）', '3（text）', '4（text）', '2（text）', '3（text）', '4（text）'],
  },
];
const FLAVOURS: DocxFlavour[] = ['word', 'wps'];

const numbersIn = (s: LearningScore) => s.right + s.wrong + s.leftAsText;

function shares(label: string, scores: readonly LearningScore[]): number {
  if (scores.length === 0) {
    console.log(`${label}：暂无报告`);
    return NaN;
  }
  const sum = (f: (s: LearningScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const all = sum(numbersIn);
  const share = (n: number) => `${((n / all) * 100).toFixed(1)}%`;
  console.log(`${label} ${all} 个数字：正确 ${share(sum((s) => s.right))}，错误 ${share(sum((s) => s.wrong))}，留作文字 ${share(sum((s) => s.leftAsText))}`);
  return sum((s) => s.right) / all;
}

describe('learning the figures of an office report from its .docx', () => {
  const scored: ScoredReport[] = [];
  for (const { name, kind, source, set, measuredWrongSure = [], unscored = [], floor } of REPORTS) {
    for (const flavour of FLAVOURS) {
      const sureWrong = measuredWrongSure.length ? `none bound wrong as sure but the ${measuredWrongSure.length} measured unseen` : 'none bound wrong as sure';
      it(`${name}（${set}，${flavour}）: every number found and annotated, ${sureWrong}`, async () => {
        const lines = parseAnnotatedReport(source);
        const read = await readReportDocx(`${name}.docx`, await buildReportDocx(lines, flavour));
        if (!read.ok) throw new Error(read.message);
        const score = scoreLearning(learnReport(read.blocks, kind), lines);
        scored.push({ name, set, score });
        console.log(`${name}（${set}，${flavour}）: ${numbersIn(score)} 个数字，正确 ${score.right}，错误 ${score.wrong}（其中标为确定 ${score.wrongSure.length}），留作文字 ${score.leftAsText}`, [...score.wrongList, ...score.leftList]);
        expect(score.unannotated).toEqual(unscored);
        expect(score.missed).toEqual([]);
        expect(score.wrongSure.filter((w) => !measuredWrongSure.includes(w))).toEqual([]);
        if (floor !== undefined) expect(score.right / numbersIn(score)).toBeGreaterThanOrEqual(floor);
      });
    }
  }
  it('binds at least 90 % of the numbers right', () => {
    expect(scored).toHaveLength(REPORTS.length * FLAVOURS.length);
    const bySet = (set: ReportSet) => shares(set, scored.filter((s) => s.set === set).map((s) => s.score));
    bySet('调校用');
    // 南山区 was written unseen (82.9 % right, none wrong as sure), and so was 西岭区 (79.1 %, 53 of
    // 67, 6.0 % wrong, none of them sure, 14.9 % left as text); and so were 澄岭市 and 柘川县, written
    // by another hand, measured once: 86.4 % right (152 of 176), 8.0 % wrong, 5.7 % left as text —
    // 澄岭市提案工作情况报告 75 of 86 (87.2 %), 8 wrong (9.3 %, none sure), 3 left (3.5 %);
    // 柘川县民主监督工作情况的汇报 77 of 90 (85.6 %), 6 wrong (6.7 %, one of them sure, named above),
    // 7 left (7.8 %). (澄岭市 came with 一批's 一 unannotated, which the format annotates ⟦一|text⟧批;
    // only that was added, after the run had scored the other 85.) Then the misses of each were
    // looked at while improving the proposer in general ways: they are no longer reports it has not
    // seen. Before 澄岭市 and 柘川县 joined, this set stood at 97.7 % (604 of 618).
    // Before 岚溪瑶族自治县 and 鹭汀区 joined, this set stood at 98.1 % (952 of 970).
    // 岚溪瑶族自治县 and 鹭汀区 were written by another hand, without reading the proposer or the
    // figures' synonyms, and measured once unseen: 80.9 % right (157 of 194), 6.2 % wrong (12), 12.9 %
    // left as text (25). 岚溪瑶族自治县常委会工作报告 83 of 97 (85.6 %), 4 wrong (4.1 %, two of them
    // sure, named above), 10 left (10.3 %); 鹭汀区提案工作情况的报告 74 of 97 (76.3 %), 8 wrong (8.2 %,
    // one of them sure, named above), 15 left (15.5 %). (岚溪 came with 自治县成立七十周年's 七十
    // annotated ⟦七十|text⟧ twice; a Chinese numeral without a unit is a word in this format, never
    // found as a number, so the run had not scored them: only those two brackets were removed.) Then
    // their misses were looked at while making the proposer's rules more general; each is held at
    // its own floor above.
    // 哈日朝鲁旗, 砚川市 and 桐湾区 were written by another hand, without reading the proposer or the
    // figures' synonyms, and measured once unseen (288 numbers), after the rules that took 岚溪 and
    // 鹭汀 to 95.9 % and 99.0 %: 77.4 % right (223), 13.2 % wrong (38, 13 of them shown as sure,
    // named above), 9.4 % left as text (27) — 哈日朝鲁旗民主监督工作情况汇报 72 of 96 (75.0 %), 14 wrong
    // (5 sure), 10 left; 砚川市常委会工作报告 86 of 105 (81.9 %), 11 wrong (4 sure), 8 left;
    // 桐湾区提案工作情况报告 65 of 87 (74.7 %), 13 wrong (4 sure), 9 left. The proposer before those
    // rules (39e0381) reached 73.5 % on them. (They came with Chinese numerals before 周, a span of 年
    // and a named 五县 annotated ⟦…|text⟧ — words in this format, never found as numbers, so the run
    // had not scored them: those six brackets were removed — and with 一批's 一 unannotated, which the
    // format annotates ⟦一|text⟧批: that was added.) Then their misses were looked at while making the
    // proposer's rules more general; each is held at its own floor above. Before they joined, this
    // set stood at 97.9 % (1330 of 1358).
    // 峒江侗族自治县, 鹤原县, 榆泉市 and 枫渚区 were written by another hand, without reading the
    // proposer or the figures' synonyms, and measured once unseen (413 numbers), after the rules
    // that took 哈日朝鲁旗, 砚川市 and 桐湾区 to 95.1 %: 75.8 % right (313), 5.8 % wrong (24, 4 of them shown as
    // sure, named above), 18.4 % left as text (76) — 峒江侗族自治县上半年民主监督工作情况的报告 80 of
    // 110, 8 wrong (2 sure), 22 left; 鹤原县常委会工作报告 96 of 109, 2 wrong (1 sure), 11 left;
    // 榆泉市提案工作情况的报告 61 of 84, 8 wrong (none sure), 15 left; 枫渚区工作总结 76 of 110, 6 wrong
    // (1 sure), 28 left. Most of the shortfall was numbers left for the clerk, not wrong ones. The
    // proposer at the start of that work (ff5606f) reached 71.9 % on them (297), with 7 shown wrong
    // as sure. Then their misses were looked at while making the proposer's rules more general; each
    // is held at its own floor above. Before they joined, this set stood at 97.1 % (1878 of 1934,
    // both flavours); with them, before that work, at 90.7 % (2504 of 2760), after it at 93.2 %
    // (2572): the four went from 75.8 % to 84.0 % (347 of 413), none shown wrong as sure.
    // 黛岗县, 芷洲区 and 杉坪县 (282 numbers) were measured once unseen, after the rules above: 85.8 %
    // right (242), 6.0 % wrong (17, 2 of them shown as sure, named above), 8.2 % left as text (23) —
    // 黛岗县民主监督工作情况汇报 88 of 109, 11 wrong (2 sure), 10 left; 芷洲区常委会工作报告 80 of 92,
    // none wrong, 12 left; 杉坪县提案工作情况的报告 74 of 81, 6 wrong, 1 left. The proposer at ff5606f,
    // before any of the rules written while the third and fourth sets were tuned on, reached 82.3 % on
    // them (233 of 283 numbers it found), with 5 shown wrong as sure. Then the misses of every report
    // of this set were grouped by the wording behind them and the general ones made rules: the three
    // went to 95.4 % (269), 2.8 % wrong (8, none sure), 1.8 % left (5), and the reports before them
    // from 93.2 % (1286 of 1380 a flavour) to 95.9 % (1324), none shown wrong as sure.
    // With the sixth set (檀栖区, 荻浦县, 苕城区, 岫门市) among them, tuned to 84.5 %, 93.7 %.
    expect(bySet('调校前写成')).toBeGreaterThanOrEqual(0.936);
    // Reports measured once, never tuned to (each set joins the tuned ones once its misses are looked
    // at). The goal is 90 %; a set that falls short is held at what it reached when first run, its
    // wrong bindings shown as sure named in measuredWrongSure.
    // 檀栖区, 荻浦县, 苕城区 and 岫门市 (406 numbers), measured once after the rules above: 83.3 % right
    // (338), 6.7 % wrong (27, 3 of them shown as sure, named above), 10.1 % left as text (41) —
    // 檀栖区 80 of 105, 8 wrong (1 sure), 17 left; 荻浦县 94 of 109, 7 wrong, 8 left; 苕城区 75 of 85,
    // 6 wrong, 4 left; 岫门市 89 of 107, 6 wrong (2 sure), 12 left. The proposer before this round of
    // rules (3b3c5e8) reached 80.7 % on them (326 of the 404 numbers as first written), with 3 shown
    // wrong as sure. (They came with 只计一次's and 第一议题's 一 unannotated, which the format
    // annotates ⟦一|text⟧, and with Chinese numerals before 周 and in 二十届四中全会 annotated — words in
    // this format, never found as numbers: those four brackets were removed, the two added.)
    // Then, without tuning a rule to one of their sentences, cues that disagree were made to withhold
    // "sure" (a figure stated again; another figure's name ending the name after the number), a
    // 分别 list read past any verb with 了, and the guess by words given a closer lead (chosen by
    // leaving each report out in turn) and the paragraph's part of the work: 84.5 % right (343),
    // none shown wrong as sure. They now stand with the tuned reports.
    // 泠川县, 枫渡市, 桐汇区 and 岜山苗族自治县 (408 numbers), measured once after all of that: 85.0 %
    // right (347), 7.4 % wrong (30, 2 of them shown as sure, named above), 7.6 % left as text (31) —
    // 泠川县 96 of 117, 11 wrong, 10 left; 枫渡市 98 of 111, 3 wrong (1 sure), 10 left; 桐汇区 61 of
    // 71, 10 wrong, none left; 岜山苗族自治县 92 of 109, 6 wrong (1 sure), 11 left.
    const unseen = bySet('未见过');
    if (!Number.isNaN(unseen)) expect(unseen).toBeGreaterThanOrEqual(347 / 408);
    expect(shares('合计', scored.map((s) => s.score))).toBeGreaterThanOrEqual(0.9);
  });
});
