// A report speaks the office's names: an activity type or 提案类别 renamed in 设置 → 字典 keeps its
// figure key and count, and its figures, the review copy's notes and the tables' rows carry the new
// name; an office's own type is a figure a template may name, in the ledger whose dictionary has it.
import { describe, expect, it } from 'vitest';
import type { Ledger } from '../ledger/ledger';
import { computeFigures, figureByKey, figureCatalogueFor } from './figure-catalogue';
import { FIXTURE_SCOPE, reportFixtureLedger } from './report-fixtures';
import { resetTemplate as defaultTemplate } from './report-template';
import { renderReport } from './render-report';
import { reportContextOf } from './report-context';
import { templateProblems } from './template-check';
import { section } from './templates/authoring';
import { newDictionaryEntry } from '../dictionaries/dictionary-codes';
import { freshStamp } from '../common/record';

/** The fixture with 视察 renamed 专题视察 and 全体会议 renamed 全委会议, as 设置 renames them (the records take the new name). */
function renamedLedger(): Ledger {
  const ledger = reportFixtureLedger();
  const renames = new Map([['视察', '专题视察'], ['全体会议', '全委会议']]);
  return {
    ...ledger,
    dictionary: ledger.dictionary.map((e) => (e.kind === 'activityType' && renames.has(e.name) ? { ...e, name: renames.get(e.name)! } : e)),
    activities: ledger.activities.map((a) => (renames.has(a.type) ? { ...a, type: renames.get(a.type)! } : a)),
  };
}

const TODAY = '2025-12-05';

describe('the office’s names in the report', () => {
  it('labels a renamed type’s figures with its new name; keys and counts stay', () => {
    const before = reportFixtureLedger();
    const after = renamedLedger();
    expect(figureByKey('activities.type.inspection', after.dictionary)?.label).toBe('专题视察');
    expect(figureByKey('activities.type.inspection.personTimes', after.dictionary)?.label).toBe('参加专题视察的委员');
    expect(figureByKey('meetings.plenary.rate', after.dictionary)?.label).toBe('全委会议出席率');
    // Only the renamed ones: 调研 keeps its label, and without the dictionary the default name is used.
    expect(figureByKey('activities.type.research', after.dictionary)?.label).toBe('调研');
    expect(figureByKey('activities.type.inspection')?.label).toBe('视察');
    expect(figureCatalogueFor(after.dictionary).map((f) => f.key)).toEqual(figureCatalogueFor(before.dictionary).map((f) => f.key));
    const values = (l: Ledger) => [...computeFigures(l, FIXTURE_SCOPE)].map(([k, r]) => [k, r.value]);
    expect(values(after)).toEqual(values(before));
  });

  it('prints the new names in the 履职活动分类统计表 and the attendance table', () => {
    const ledger = renamedLedger();
    const template = defaultTemplate('supervision');
    template.sections.push(section('tables', 1, '附表', ['{{table:activities.byType}}', '{{table:meetings.attendance}}']));
    const doc = renderReport(template, computeFigures(ledger, FIXTURE_SCOPE), reportContextOf(ledger, FIXTURE_SCOPE, TODAY));
    const tables = doc.blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));
    const rowLabels = (caption: string) => tables.find((t) => t.caption === caption)!.rows.map((r) => r[0]);
    expect(rowLabels('履职活动分类统计表')).toContain('专题视察');
    expect(rowLabels('履职活动分类统计表')).not.toContain('视察');
    expect(rowLabels('全体会议和常委会议出席情况表')).toEqual(['全委会议', '常委会议']);
  });

  it('names a renamed type in the review copy’s note when its clause is left out', () => {
    const ledger = renamedLedger();
    const template = defaultTemplate('supervision');
    template.sections.push(section('extra', 1, '附', ['召开主席会议{{activities.type.chairs}}次，开展专题视察{{activities.type.inspection}}次。']));
    const chairs = ledger.dictionary.find((e) => e.code === 'chairs')!;
    const withChairsRenamed = { ...ledger, dictionary: ledger.dictionary.map((e) => (e === chairs ? { ...e, name: '主席办公会议' } : e)) };
    const review = renderReport(template, computeFigures(withChairsRenamed, FIXTURE_SCOPE), { ...reportContextOf(withChairsRenamed, FIXTURE_SCOPE, TODAY), copy: 'review' });
    expect(JSON.stringify(review.blocks)).toContain('本年未登记主席办公会议（类型为“主席办公会议”的履职活动）');
  });

  it('lets a template name an office’s own type only in the ledger that has it', () => {
    const ledger = reportFixtureLedger();
    const own = newDictionaryEntry(freshStamp('2025-01-01T00:00:00.000Z'), 'activityType', '委员读书会', '学习培训', 99, ledger.dictionary);
    const key = `activities.type.${own.code}`;
    const template = defaultTemplate('supervision');
    template.sections.push(section('own', 1, '读书', [`举办委员读书会{{${key}}}次。`]));
    expect(templateProblems(template, ledger.dictionary)).toEqual([`第${template.sections.length}节“读书”第1段第1句中的“{{${key}}}”不是已有的统计数字`]);
    expect(templateProblems(template, [...ledger.dictionary, own])).toEqual([]);
    expect(figureByKey(key, [...ledger.dictionary, own])?.label).toBe('委员读书会');
  });
});

describe('an office’s own 提案类别', () => {
  it('is counted and shared under its name among the registered proposals, in the ledger that has it', () => {
    const ledger = reportFixtureLedger();
    const own = newDictionaryEntry(freshStamp('2025-01-01T00:00:00.000Z'), 'proposalCategory', '乡村振兴', null, 99, ledger.dictionary);
    const before = computeFigures(ledger, FIXTURE_SCOPE);
    const registered = before.get('proposals.registered')!.value;
    // One registered proposal of the year moved into the office's own 类别.
    const moved = ledger.proposals.find((p) => before.get('proposals.registered')!.records.some((r) => r.id === p.id))!;
    const withOwn: Ledger = { ...ledger, dictionary: [...ledger.dictionary, own], proposals: ledger.proposals.map((p) => (p === moved ? { ...p, category: '乡村振兴' } : p)) };
    const after = computeFigures(withOwn, FIXTURE_SCOPE);
    const key = `proposals.category.${own.code}`;
    expect(own.code).toMatch(/^custom-/);
    expect(figureByKey(key, withOwn.dictionary)?.label).toBe('立案提案中乡村振兴方面');
    expect(after.get(key)).toMatchObject({ value: 1, records: [{ id: moved.id }] });
    expect(after.get(`${key}.share`)?.value).toBe(Math.round((1000 / registered)) / 10);
    expect(before.has(key)).toBe(false);
  });
});
