import { describe, expect, it } from 'vitest';
import type { ReportTemplate } from '../../../domain/report/report-template';
import { FIGURE_CATALOGUE } from '../../../domain/report/figure-catalogue';
import { paragraphsOf } from '../../../domain/report/templates/authoring';
import { addClause, addParagraph, addSection, insertPlaceholder, removeClause, removeParagraph, removeSection, setClause, unknownPlaceholderMessages } from './template-edits';

const known = FIGURE_CATALOGUE[0]!.key;
const template: ReportTemplate = {
  kind: 'supervision', title: '{{year}}年工作汇报', occasion: '', speaker: '', useSpeechHeader: false, phrases: [],
  sections: [
    { id: 'a', level: 1, heading: '强化常规监督', hidden: false, paragraphs: paragraphsOf('a', [`共{{${known}}}次。`, ['开头。', '共{{typo.key}}项[[，其中{{phrase:none}}']]) },
    { id: 'b', level: 2, heading: '', hidden: false, paragraphs: paragraphsOf('b', ['{{table:no.such.table}}', ['表格{{table:proposals.byClass}}']]) },
  ],
};

describe('template edits', () => {
  it('puts a figure where the cursor is, replacing a selection', () => {
    expect(insertPlaceholder('开展视察次', 4, 4, 'k')).toEqual({ text: '开展视察{{k}}次', cursor: 9 });
    expect(insertPlaceholder('开展视察XX次', 4, 6, 'k')).toEqual({ text: '开展视察{{k}}次', cursor: 9 });
    expect(insertPlaceholder('ab', 99, 99, 'k')).toEqual({ text: 'ab{{k}}', cursor: 7 });
  });

  it('names the clause of every placeholder that is no figure, every part left open, every table inside a sentence', () => {
    expect(unknownPlaceholderMessages(template)).toEqual([
      '第1节“强化常规监督”第2段第2句：“[[”没有对应的“]]”',
      '第1节“强化常规监督”第2段第2句中的“{{typo.key}}”不是已有的统计数字',
      '第1节“强化常规监督”第2段第2句中的“{{phrase:none}}”不是本模板的用语',
      '第2节第1段第1句中的“{{table:no.such.table}}”不是已有的统计数字',
      '第2节第2段第1句中的“{{table:proposals.byClass}}”应单独成段',
    ]);
    const fixed = setClause(setClause(setClause(template, 'a', 1, 1, { text: '共3项。' }), 'b', 0, 0, { text: '' }), 'b', 1, 0, { text: '{{table:proposals.byClass}}' });
    expect(unknownPlaceholderMessages(fixed)).toEqual([]);
  });

  it('adds and removes paragraphs, clauses and sections, giving new clauses ids no clause has', () => {
    const ids = ['a.0.0', 'n1', 'n2'];
    const more = addParagraph(template, 'a', () => ids.shift()!);
    expect(more.sections[0]!.paragraphs.at(-1)!.clauses.map((c) => c.id)).toEqual(['custom-a.0.0']);
    const clauses = addClause(more, 'a', 0, () => 'z');
    expect(clauses.sections[0]!.paragraphs[0]!.clauses.map((c) => c.id)).toEqual(['a.0.0', 'custom-z']);
    // Removing a paragraph's last clause removes the paragraph.
    expect(removeClause(template, 'a', 0, 0).sections[0]!.paragraphs).toHaveLength(1);
    expect(removeParagraph(template, 'a', 0).sections[0]!.paragraphs[0]!.clauses[0]!.text).toBe('开头。');
    const sectionIds = ['a', 'a', 'x', 'y', 'w'];
    const added = addSection(template, 2, 'a', () => sectionIds.shift()!);
    expect(added.sections.map((s) => s.id)).toEqual(['a', 'custom-a', 'b']);
    expect(removeSection(added, 'custom-a').sections.map((s) => s.id)).toEqual(['a', 'b']);
    expect(removeSection({ ...template, sections: [template.sections[0]!] }, 'a').sections).toHaveLength(1);
  });
});
