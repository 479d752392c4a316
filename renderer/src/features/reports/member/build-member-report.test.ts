// 委员履职档案 on the 报告 screen: the chosen member's own year up to the 截至 date, in the duty
// record's sentences, the preview's runs one per block, nothing blocking export. Counts worked
// out by hand from report-fixtures.ts.
import { describe, expect, it } from 'vitest';
import { reportFixtureLedger } from '../../../domain/report/report-fixtures';
import { DEFAULT_SCORE_RULES } from '../../../domain/scores/score-rules';
import { buildMemberReport } from './build-member-report';

const ledger = reportFixtureLedger();
const member = (id: string) => ledger.members.find((m) => m.id === id)!;
const paragraphs = (built: ReturnType<typeof buildMemberReport>) => built.doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

describe('a member’s 履职档案 on the 报告 screen', () => {
  it('counts 王明’s meetings and activities up to the 截至 date', () => {
    // 全体会议 a1 and 常委会议 a2 attended; 视察 a3 and 专题协商会 a8 by 30 November (a6 deleted,
    // a7 of 2024); the 调研 a5 of 10 December only when counting to the year's end.
    const november = buildMemberReport(ledger, member('m1'), DEFAULT_SCORE_RULES, { year: 2025, until: '2025-11-30' }, '2026-01-05');
    expect(november.doc.title).toBe('王明同志2025年度履职档案');
    expect(paragraphs(november)[1]).toBe('2025年度，出席会议2次，请假0次，缺席0次；参加视察、调研、协商、监督等其他履职活动2次。');
    const december = buildMemberReport(ledger, member('m1'), DEFAULT_SCORE_RULES, { year: 2025, until: '2025-12-31' }, '2026-01-05');
    expect(paragraphs(december)[1]).toBe('2025年度，出席会议2次，请假0次，缺席0次；参加视察、调研、协商、监督等其他履职活动3次。');
    // Dated the day it is made (the 成文日期 passed in), as every report is.
    expect(november.doc.dateText).toBe('2026年1月5日');
  });

  it('is another member’s own record when another is chosen, and never blocks export', () => {
    const built = buildMemberReport(ledger, member('m5'), DEFAULT_SCORE_RULES, { year: 2025, until: '2025-11-30' }, '2026-01-05');
    expect(built.doc.title).toBe('陈刚同志2025年度履职档案');
    // 陈刚: absent from a1, present at a2; excused from the 调研 a4.
    // No other activity attended: the sentence says the meetings only, not "其他履职活动0次".
    expect(paragraphs(built)[1]).toBe('2025年度，出席会议1次，请假0次，缺席1次。');
    expect(built.blockers).toEqual([]);
    expect(built.runs).toHaveLength(built.doc.blocks.length);
    expect(built.runs[1]).toEqual([{ text: paragraphs(built)[0] }]);
  });
});
