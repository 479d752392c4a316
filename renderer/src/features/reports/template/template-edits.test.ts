import { describe, expect, it } from 'vitest';
import type { ReportTemplate } from '../../../domain/report/report-template';
import { FIGURE_CATALOGUE } from '../../../domain/report/figure-catalogue';
import { addParagraph, addSection, insertPlaceholder, removeParagraph, removeSection, setParagraph, unknownPlaceholderMessages } from './template-edits';

const known = FIGURE_CATALOGUE[0]!.key;
const template: ReportTemplate = {
  kind: 'supervision', title: '{{year}}年工作汇报', occasion: '', speaker: '', useSpeechHeader: false,
  sections: [
    { id: 'a', level: 1, heading: '强化常规监督', hidden: false, paragraphs: [`共{{${known}}}次。`, '共{{typo.key}}项。'] },
    { id: 'b', level: 2, heading: '', hidden: false, paragraphs: ['{{table:no.such.table}}'] },
  ],
};

describe('template edits', () => {
  it('puts a figure where the cursor is, replacing a selection', () => {
    expect(insertPlaceholder('开展视察次', 4, 4, 'k')).toEqual({ text: '开展视察{{k}}次', cursor: 9 });
    expect(insertPlaceholder('开展视察XX次', 4, 6, 'k')).toEqual({ text: '开展视察{{k}}次', cursor: 9 });
    expect(insertPlaceholder('ab', 99, 99, 'k')).toEqual({ text: 'ab{{k}}', cursor: 7 });
  });

  it('names every placeholder that is no figure, with where it is', () => {
    expect(unknownPlaceholderMessages(template)).toEqual([
      '第1节“强化常规监督”第2段中的“{{typo.key}}”不是已有的统计数字',
      '第2节第1段中的“{{table:no.such.table}}”不是已有的统计数字',
    ]);
    const fixed = setParagraph(setParagraph(template, 'a', 1, '共3项。'), 'b', 0, '');
    expect(unknownPlaceholderMessages(fixed)).toEqual([]);
  });

  it('adds and removes paragraphs and sections', () => {
    expect(addParagraph(template, 'a').sections[0]!.paragraphs).toHaveLength(3);
    expect(removeParagraph(template, 'a', 0).sections[0]!.paragraphs).toEqual(['共{{typo.key}}项。']);
    const ids = ['a', 'a', 'x'];
    const added = addSection(template, 2, 'a', () => ids.shift()!);
    expect(added.sections.map((s) => s.id)).toEqual(['a', 'custom-a', 'b']);
    const again = addSection(added, 1, undefined, () => (ids.length ? ids.shift()! : 'a'));
    expect(again.sections.map((s) => s.id)).toEqual(['a', 'custom-a', 'b', 'custom-x']);
    expect(removeSection(again, 'custom-a').sections.map((s) => s.id)).toEqual(['a', 'b', 'custom-x']);
    expect(removeSection({ ...template, sections: [template.sections[0]!] }, 'a').sections).toHaveLength(1);
  });
});
