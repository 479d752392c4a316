// The validation errors of a template that would not save, as sentences naming the section,
// paragraph and clause ("第3节第2段第1句：句子最多5000字，现有5001字"), from the schema's errors keyed by path.
import type { FieldErrors } from '../../../domain/common/validation';
import type { ReportTemplate } from '../../../domain/report/report-template';
import { sectionName } from '../../../domain/report/template-check';

const FIELD_NAMES: Record<string, string> = {
  title: '报告标题', occasion: '会议名称', speaker: '报告人', useSpeechHeader: '讲话稿格式', kind: '报告类型', sections: '章节', phrases: '用语',
};

export function saveErrorMessages(errors: FieldErrors, t: ReportTemplate): string[] {
  return Object.entries(errors).map(([path, message]) => {
    const [field, section, part, paragraph, , clause] = path.split('.');
    if (field === 'sections' && section !== undefined && /^\d+$/.test(section)) {
      const n = Number(section);
      const where = sectionName(n, t.sections[n] ?? { heading: '' });
      if (part === 'paragraphs' && paragraph !== undefined) return `${where}第${Number(paragraph) + 1}段${clause !== undefined ? `第${Number(clause) + 1}句` : ''}：${message}`;
      return `${where}：${message}`;
    }
    const name = field ? FIELD_NAMES[field] : undefined;
    return name && !message.includes(name) ? `${name}：${message}` : message;
  });
}
