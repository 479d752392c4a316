import { describe, expect, it } from 'vitest';
import { plainParagraph as p, type DocxBlock } from './docx-blocks';
import { guessStructure } from './document-structure';
import { learnReport } from './learn-report';
import { reportYear, untilYearFits } from './report-year';

const title = (text: string) => p(text, { alignment: 'center', fontSizePt: 22 });
const roleOf = (blocks: DocxBlock[], clause: string) => learnReport(blocks, 'standing').numbers.find((n) => n.clause.endsWith(clause))?.role;

// A standing committee's report read at the January plenary: it names the coming year more often than the past one.
const plenaryReport = (occasion: string): DocxBlock[] => [
  title('政协青石县委员会常务委员会工作报告'),
  p(occasion, { alignment: 'center' }),
  p('各位委员：'),
  p('一、过去一年工作回顾'),
  p('2030年，县政协常委会共开展视察12次。'),
  p('二、2031年工作建议'),
  p('2031年，县政协将围绕县委中心工作开展协商。'),
  p('2031年要继续办好提案工作。'),
];

describe('the year a learned report is about', () => {
  it('is the year before the date of a report given in January, however often the plans name the new year', () => {
    const blocks = plenaryReport('——2031年1月12日在政协青石县第五届委员会第二次会议上');
    expect(reportYear(guessStructure(blocks))).toBe(2030);
    expect(roleOf(blocks, '2030年')).toBe('year');
    expect(learnReport(blocks, 'standing').numbers.filter((n) => n.mention.value === 2031).map((n) => n.role)).toEqual(['text', 'text', 'text']);
  });

  it('is the date line’s own year for a report signed later in the year, on the year so far', () => {
    const blocks = [title('关于青石县政协九届二次会议以来提案工作的报告'), p('今年共收到提案120件。'), p('2031年，我们将提高提案质量。'), p('青石县政协办公室', { alignment: 'right' }), p('2030年11月20日', { alignment: 'right' })];
    expect(reportYear(guessStructure(blocks))).toBe(2030);
    // A date line in Chinese numerals, or without its day, says the same.
    expect(reportYear(guessStructure([...plenaryReport(''), p('二〇三一年一月十日', { alignment: 'right' })]))).toBe(2030);
    expect(reportYear(guessStructure([...plenaryReport(''), p('2031年2月', { alignment: 'right' })]))).toBe(2030);
  });

  it('is the year the body names as the work done when a report signed in spring looks back', () => {
    const blocks = [title('青石县政协民主监督工作总结'), p('2030年，县政协组织民主评议1次。'), p('2031年，县政协计划开展评议2次。'), p('2031年3月6日', { alignment: 'right' })];
    expect(reportYear(guessStructure(blocks))).toBe(2030);
  });

  it('is the title’s year before any date, and without a date the body’s work, not its plans', () => {
    expect(reportYear(guessStructure([title('青石县政协2030年度民主监督工作情况汇报'), p('2031年1月6日', { alignment: 'right' })]))).toBe(2030);
    expect(reportYear(guessStructure([title('青石县政协工作报告'), p('2030年，共开展视察12次。'), p('2031年，我们将开展视察。'), p('三、2031年工作打算'), p('2031年是开局之年。')]))).toBe(2030);
  });

  it('reads a 截至 date early in the new year as the report’s, and 推迟到12月 as no 截至 date', () => {
    expect(untilYearFits(2031, 1, 2030)).toBe(true);
    expect(untilYearFits(2031, 6, 2030)).toBe(false);
    const blocks = [title('青石县政协2030年度民主监督工作情况汇报'), p('到11月底，已完成计划项目18项，另有2项推迟到12月中旬。')];
    const learned = learnReport(blocks, 'supervision');
    expect(learned.numbers.filter((n) => n.mention.kind === 'date').map((n) => n.role)).toEqual(['untilMonth', 'text']);
    const thisYear = learnReport([title('青石县政协2030年度民主监督工作情况汇报'), p('截至今年10月底，已完成计划项目16项。')], 'supervision');
    expect(thisYear.numbers.filter((n) => n.mention.kind === 'date').map((n) => n.role)).toEqual(['untilMonth']);
    // A part of a month is a time within the year, not the date the work is counted to.
    const partOfMonth = learnReport([title('青石县政协2030年度民主监督工作情况汇报'), p('到12月上旬，已完成计划项目16项。')], 'supervision');
    expect(partOfMonth.numbers.filter((n) => n.mention.kind === 'date').map((n) => n.role)).toEqual(['text']);
  });
});
