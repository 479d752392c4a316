// Chinese words for what zod finds wrong in a backup row. The domain schemas carry their own
// messages for what a form can get wrong; a file can also be wrong in ways no form allows (a
// number where text belongs, an unknown 出勤 value), and zod's own wording for those is English.
import { z } from 'zod';
import { describePath, HEADER_LABELS } from './field-labels';

const TYPE_NAMES: Record<string, string> = {
  string: '文字', number: '数字', int: '整数', boolean: '是/否', array: '列表', object: '记录', null: '空值',
};

const zhCN = z.locales.zhCN().localeError;

/** Passed to safeParse: used only where a schema gave no message of its own. */
export const backupErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
  if (issue.code === 'invalid_value') return `只能是${issue.values.map((v) => `“${String(v)}”`).join('、')}之一`;
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
    const bound = issue.code === 'too_big' ? '不能超过' : '至少';
    if (issue.origin === 'string') return `${bound}${limit}个字`;
    if (issue.origin === 'array') return `${bound}${limit}条`;
    return issue.code === 'too_big' ? `不能大于${limit}` : `不能小于${limit}`;
  }
  if (issue.code === 'invalid_format') return issue.format === 'datetime' ? '应为带时区的时间，如 2025-03-05T06:00:00.000Z' : '格式不正确';
  return zhCN(issue);
};

/** "第3条委员记录的“出生年月”不正确（出生年月格式应为 1975-04）" */
export function describeIssue(issue: z.core.$ZodIssue): string {
  return `${describePath(issue.path)}不正确（${issue.message}）`;
}

/** "备份文件的文件头中“生成时间”不正确（…）" */
export function describeHeaderIssue(noun: string, issue: z.core.$ZodIssue): string {
  const key = String(issue.path[0] ?? '');
  const label = Object.hasOwn(HEADER_LABELS, key) ? HEADER_LABELS[key] : key;
  return `${noun}的文件头中“${label}”不正确（${issue.message}）`;
}
