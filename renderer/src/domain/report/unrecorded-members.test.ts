// Not recorded is not none: members added with 姓名 and 界别 only (no 性别, 党派 or 委员职务) give
// no 女委员0名 or 党外委员0名. With the field empty for every member the figure is left out, the
// note saying what to fill in and where; with it empty for some, it is printed and put on the
// 请核对 list, and the 核对稿 marks it beside the figure.
import { describe, expect, it } from 'vitest';
import { computeFigures } from './figure-catalogue';
import { problemMessage, renderReportCopies, type ReportContext } from './render-report';
import { DEFAULT_TEMPLATES, type ReportTemplate } from './report-template';
import { FIXTURE_COMMITTEE, FIXTURE_SCOPE, reportFixtureLedger } from './report-fixtures';
import { paragraphsOf } from './templates/authoring';
import type { Member } from '../members/member';

const context: ReportContext = { committeeName: FIXTURE_COMMITTEE, shortName: '县政协', level: '县', issuer: '县政协办公室', date: '2025-11-30', scope: FIXTURE_SCOPE };

/** The fixture with its members' fields changed: serving on 2025-11-30 are m1 m2 m3 m5 (report-fixtures.ts). */
function figuresWith(change: (m: Member) => Partial<Member>) {
  const ledger = reportFixtureLedger();
  return computeFigures({ ...ledger, members: ledger.members.map((m) => ({ ...m, ...change(m) })) }, FIXTURE_SCOPE);
}
const bare = () => ({ gender: '' as const, party: '', role: '委员' as const });

const officeOwn: ReportTemplate = {
  kind: 'supervision', title: '测试报告', occasion: '', speaker: '', useSpeechHeader: false, phrases: [],
  sections: [{ id: 's0', level: 1, heading: '', hidden: false, paragraphs: paragraphsOf('s0', ['开展活动{{activities.total}}次。', '加强委员管理。现有委员{{members.total}}名，其中女委员{{members.women}}名。']) }],
};
const text = (doc: { blocks: { kind: string }[] }) => doc.blocks.map((b) => ('text' in b ? b.text : '')).join('\n');

describe('members whose fields were not filled in', () => {
  it('leaves out 女委员, 党外委员 and 常委会组成人员 when no member has the field, saying what to fill in and where', () => {
    const figures = figuresWith(bare);
    expect(figures.get('members.women')?.unrecorded).toEqual({ count: 4, of: 4, field: '性别' });
    expect(figures.get('members.nonCommunist')?.unrecorded).toEqual({ count: 4, of: 4, field: '党派' });
    expect(figures.get('members.standingCommittee')?.unrecorded).toMatchObject({ count: 4, of: 4 });
    const { print, review } = renderReportCopies(DEFAULT_TEMPLATES.standing, figures, context);
    expect(text(print)).toContain('现有委员4名。');
    expect(text(print)).not.toMatch(/女委员|党外委员|为0/);
    expect(text(review)).toContain('委员名册中4名委员未填性别，请在“委员”页填写');
    expect(text(review)).toContain('委员名册中4名委员未填党派，请在“委员”页填写');
    // 委员职务 is never empty (委员 until chosen): the note says no one holds a role of the 常委会, and where to choose it.
    expect(text(review)).toContain('委员名册中4名委员的委员职务都是“委员”，没有主席、副主席、秘书长或常委；请在“委员”页编辑常委会组成人员，选好其委员职务');
    expect(text(review)).not.toContain('未填委员职务');
    expect(text(review)).not.toMatch(/女委员为0|党外委员为0|常委会组成人员为0/);
  });

  it('gives an office\'s own sentence naming such a figure the same note', () => {
    const { print, review } = renderReportCopies(officeOwn, figuresWith(bare), context);
    expect(text(print)).toBe('开展活动5次。');
    expect(print.omitted).toEqual([{ clauseId: 's0.1.0', section: '开头', reasons: ['委员名册中4名委员未填性别，请在“委员”页填写'] }]);
    expect(text(review)).toContain('【未写入：委员名册中4名委员未填性别，请在“委员”页填写】');
  });

  it('prints the count over the members who have the field when some lack it, and asks for a check', () => {
    // m1 王明 has no 性别: 李芳 (女), 张强 and 陈刚 (男) have one.
    const figures = figuresWith((m) => (m.id === 'm1' ? { gender: '' } : {}));
    const { print, review } = renderReportCopies(officeOwn, figures, context);
    expect(text(print)).toContain('现有委员4名，其中女委员1名。');
    const check = print.problems.find((p) => p.kind === 'unrecorded');
    expect(check).toMatchObject({ key: 'members.women', kind: 'unrecorded' });
    expect(problemMessage(check!)).toBe('委员名册中1名委员未填性别，“女委员”只计了已填的3名；请在“委员”页填写后核对');
    expect(text(review)).toContain('女委员1名。【核对：委员名册中1名委员未填性别');
  });

  it('says nothing of it when every member has the field', () => {
    const figures = figuresWith(() => ({}));
    expect(figures.get('members.women')?.unrecorded).toBeUndefined();
    expect(renderReportCopies(officeOwn, figures, context).print.problems).toEqual([]);
  });
});
