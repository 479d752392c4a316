import { describe, expect, it } from 'vitest';
import { reportTemplateSchema, resetTemplate, updateSection } from '../../../domain/report/report-template';
import { fieldErrorsOf } from '../../../domain/common/validation';
import { paragraphsOf } from '../../../domain/report/templates/authoring';
import { saveErrorMessages } from './save-errors';

describe('template save errors', () => {
  it('names the section, paragraph and clause of each error, in Chinese', () => {
    const base = resetTemplate('supervision');
    const first = base.sections[0]!;
    const bad = { ...updateSection(base, first.id, { paragraphs: paragraphsOf('x', ['字'.repeat(5001)]) }), title: '' };
    const parsed = reportTemplateSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(saveErrorMessages(fieldErrorsOf(parsed.error), bad)).toEqual([
      '请填写报告标题',
      `第1节${first.heading ? `“${first.heading}”` : ''}第1段第1句：句子最多5000字，现有5001字`,
    ]);
  });
});
