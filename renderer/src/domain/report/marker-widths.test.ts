// Marks typed by a Chinese input method (｛｛…｝｝, 【【…】】, a pair of two widths) are read as the
// half-width marks wherever a template is read, stored so at save, and a mark left single never
// reaches a document: the check refuses it at save naming the width, the renderer refuses export.
import { describe, expect, it } from 'vitest';
import { computeFigures } from './figure-catalogue';
import { exportBlockers, problemMessage, renderReport, type ReportContext } from './render-report';
import { parseReportTemplate, resetTemplate, type ReportTemplate } from './report-template';
import { templateProblems } from './template-check';
import { leftoverMarkers, normalizeMarkers, parseClauseText, placeholdersIn } from './clause-text';
import { FIXTURE_COMMITTEE, FIXTURE_SCOPE, reportFixtureLedger } from './report-fixtures';
import { paragraphsOf } from './templates/authoring';

const context: ReportContext = { committeeName: FIXTURE_COMMITTEE, shortName: '县政协', level: '县', issuer: '县政协办公室', date: '2025-11-30', scope: FIXTURE_SCOPE };
const figures = computeFigures(reportFixtureLedger(), FIXTURE_SCOPE);

const oneParagraph = (text: string): ReportTemplate => ({
  kind: 'supervision', title: '测试报告', occasion: '', speaker: '', useSpeechHeader: false, phrases: [],
  sections: [{ id: 's0', level: 1, heading: '', hidden: false, paragraphs: paragraphsOf('s0', [text]) }],
});
const printed = (t: ReportTemplate) => renderReport(t, figures, context).blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');

describe('marks at either width', () => {
  it('reads ｛｛…｝｝, 【【…】】, ［［…］］ and a mixed pair as {{…}} and [[…]]', () => {
    expect(normalizeMarkers('活动｛｛activities.total｝｝次【【，委员参加{{activities.personTimes｝｝人次】】')).toBe('活动{{activities.total}}次[[，委员参加{{activities.personTimes}}人次]]');
    expect(normalizeMarkers('［［，视察{｛activities.type.inspection}｝次］】')).toBe('[[，视察{{activities.type.inspection}}次]]');
    expect(normalizeMarkers('【典型】不是标记')).toBe('【典型】不是标记');
    // The office's own 【】 right inside or outside a part's half-width brackets stays as typed.
    expect(normalizeMarkers('[[其中【重点提案{{proposals.keyCount}}件】]]')).toBe('[[其中【重点提案{{proposals.keyCount}}件】]]');
    expect(normalizeMarkers('【[[典型{{activities.total}}次]]】')).toBe('【[[典型{{activities.total}}次]]】');
    expect(placeholdersIn('共｛｛activities.total｝｝次')).toEqual(['activities.total']);
  });

  it('prints the figure where the clerk typed full-width marks, and drops a full-width part as a part', () => {
    expect(printed(oneParagraph('截至{{until}}，共组织开展各类履职活动｛｛activities.total｝｝次。'))).toBe('截至2025年11月30日，共组织开展各类履职活动5次。');
    expect(printed(oneParagraph('共开展活动{{activities.total}}次【【，委员参加活动｛｛activities.personTimes｝｝人次】】。'))).toBe('共开展活动5次，委员参加活动11人次。');
    expect(printed(oneParagraph('共开展活动{{activities.total}}次【【，阳光执法｛｛activities.type.lawEnforcement}}次】】。'))).toBe('共开展活动5次。');
  });

  it('stores the marks half-width at save and when a template saved before is read', () => {
    const t = resetTemplate('supervision');
    t.sections[0]!.paragraphs[0]!.clauses[0]!.text = '共开展活动｛｛activities.total｝｝次【【，委员参加{{activities.personTimes｝｝人次】】。';
    t.sections[1]!.heading = '抓好｛｛year｝｝年规范建设';
    const read = parseReportTemplate(JSON.parse(JSON.stringify(t)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.sections[0]!.paragraphs[0]!.clauses[0]!.text).toBe('共开展活动{{activities.total}}次[[，委员参加{{activities.personTimes}}人次]]。');
    expect(read.value.sections[1]!.heading).toBe('抓好{{year}}年规范建设');
    expect(templateProblems(t)).toEqual([]);
  });

  it('refuses at save a mark it cannot read, saying the width is what is wrong', () => {
    const problems = (text: string) => templateProblems(oneParagraph(text));
    expect(problems('共开展活动{{activities.total｝次。')).toEqual([expect.stringMatching(/^第1节第1段第1句：“\{\{”没有对应的“\}\}”（句中有全角的/)]);
    expect(problems('共开展活动｛activities.total｝次。')).toEqual([expect.stringMatching(/^第1节第1段第1句中的“｛activities\.total｝”不是完整的数字标记（句中有全角的/)]);
    expect(problems('共开展活动{activities.total}次。')).toEqual(['第1节第1段第1句中的“{activities.total}”不是完整的数字标记（数字要写作{{名称}}，请用“插入数字”）']);
    expect(problems('【典型案例】共开展活动{{activities.total}}次。')).toEqual([]);
    expect(parseClauseText('【【，委员参加活动{{activities.personTimes}}人次').ok).toBe(false);
  });

  it('refuses export while a mark is left in what would be printed, whatever put it there', () => {
    const doc = renderReport(oneParagraph('共开展活动{{activities.total}}次，｛activities.personTimes｝人次。'), figures, context);
    expect(exportBlockers(doc)).toEqual([{ blockIndex: 0, key: '｛activities.personTimes｝', kind: 'leftover-marker' }]);
    expect(problemMessage(exportBlockers(doc)[0]!)).toContain('全角');
    const notes = renderReport(oneParagraph('存在问题：{{notes.problems}}'), figures, { ...context, notes: { problems: '一是｛｛待填｝｝', nextSteps: '' } });
    expect(exportBlockers(notes).map((p) => p.kind)).toContain('leftover-marker');
    expect(leftoverMarkers('活动3次【【，委员参加活动8人次】】。')).toEqual(['【【', '委员参加活动8人次】】']);
    expect(leftoverMarkers('【未写入：本年未登记民主评议】')).toEqual([]);
  });
});
