// The validation errors of a template that would not save, as sentences naming the section and
// paragraph ("第3节第2段：段落最多5000字，现有5001字"), from the schema's errors keyed by path.
import type { FieldErrors } from '../../../domain/common/validation';
import type { ReportTemplate } from '../../../domain/report/report-template';

const FIELD_NAMES: Record<string, string> = {
  title: '报告标题', occasion: '会议名称', speaker: '报告人', useSpeechHeader: '讲话稿格式', kind: '报告类型', sections: '章节',
};

export function saveErrorMessages(errors: FieldErrors, t: ReportTemplate): string[] {
  return Object.entries(errors).map(([path, message]) => {
    const [field, section, part, paragraph] = path.split('.');
    if (field === 'sections' && section !== undefined && /^\d+$/.test(section)) {
      const n = Number(section);
      const heading = t.sections[n]?.heading;
      const where = `第${n + 1}节${heading ? `“${heading}”` : ''}`;
      if (part === 'paragraphs' && paragraph !== undefined) return `${where}第${Number(paragraph) + 1}段：${message}`;
      return `${where}：${message}`;
    }
    const name = field ? FIELD_NAMES[field] : undefined;
    return name && !message.includes(name) ? `${name}：${message}` : message;
  });
}
