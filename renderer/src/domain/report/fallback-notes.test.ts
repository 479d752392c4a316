// The 核对稿's note before a clause's 替代文字 says whose words follow — the template's default or
// the office's own — and names the real place to change them (the 报告 page's 编辑模板 tab), and
// it stands before 二是, never between the ordinal and its sentence.
import { describe, expect, it } from 'vitest';
import { computeFigures } from './figure-catalogue';
import { renderReport, type ReportContext } from './render-report';
import { clausesOf, resetTemplate } from './report-template';
import { FIXTURE_COMMITTEE, FIXTURE_SCOPE, reportFixtureLedger } from './report-fixtures';

const context: ReportContext = { committeeName: FIXTURE_COMMITTEE, shortName: '县政协', level: '县', issuer: '县政协办公室', date: '2025-11-30', scope: FIXTURE_SCOPE, copy: 'review' };
// The fixture records no 委员培训, so the training clause has nothing to say.
const figures = computeFigures(reportFixtureLedger(), FIXTURE_SCOPE);
const text = (t: ReturnType<typeof resetTemplate>) => renderReport(t, figures, context).blocks.map((b) => ('text' in b ? b.text : '')).join('\n');

function withTrainingFallback(fallback: string) {
  const t = resetTemplate('supervision');
  const found = clausesOf(t).find(({ clause }) => clause.text.startsWith('提升监督水平。'))!;
  found.clause.fallback = fallback;
  return t;
}

describe('the note on a clause\'s 替代文字', () => {
  it('calls the office\'s own 替代文字 its own, names the 编辑模板 tab, and stands before the ordinal', () => {
    expect(figures.get('activities.type.training')?.value).toBe(0);
    const out = text(withTrainingFallback('提升监督水平。本年度委员培训结合全体会议进行，提高了委员的监督能力。'));
    expect(out).toMatch(/【替代文字：本年未登记委员培训，以下是本单位写的替代文字；可在“报告”页的“编辑模板”中修改】[一二三四五六七八九]是提升监督水平。本年度委员培训结合全体会议进行/);
    expect(out).not.toContain('报告模板');
    expect(out).not.toMatch(/[一二三四五六七八九]是【/);
  });

  it('calls the built-in 存在问题 the template\'s default and points to the 工作要点 page', () => {
    expect(text(resetTemplate('supervision'))).toContain('【默认文字：本年未在“工作要点”页填写存在问题，以下是模板的默认写法；本单位的文字请在“工作要点”页填写】');
  });
});
