// The defaults a new ledger starts with (DOMAIN.md). Offices edit them in 设置 → 字典.
import type { ActivityCategory, DictionaryEntry, DictionaryKind } from './dictionary-kinds';
import { freshStamp } from '../common/record';

export const DEFAULT_SECTORS = [
  '中共', '民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '台盟', '无党派人士',
  '共青团', '工会', '妇联', '工商联', '科技', '教育', '文化艺术', '医药卫生', '农业', '经济',
  '少数民族', '宗教', '特邀',
];

export const DEFAULT_PARTIES = [
  '中共党员', '民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '台盟', '无党派人士', '群众',
];

export const DEFAULT_TOWNSHIPS = ['城关镇', '东门镇', '龙岸镇', '黄金镇', '小长安镇', '四把镇', '天河镇', '怀群镇', '宝坛乡', '乔善乡', '纳翁乡'];

export const DEFAULT_COMMITTEES = [
  '提案委员会', '经济委员会', '农业农村委员会', '教科卫体委员会', '文化文史和学习委员会', '社会和法制委员会', '民族宗教委员会',
];

export const DEFAULT_UNITS = [
  '县发展和改革局', '县教育局', '县公安局', '县民政局', '县财政局', '县人力资源和社会保障局', '县自然资源局',
  '县生态环境局', '县住房和城乡建设局', '县交通运输局', '县水利局', '县农业农村局', '县商务局', '县文化广电体育和旅游局',
  '县卫生健康局', '县应急管理局', '县市场监督管理局', '县医疗保障局', '县林业局', '县行政审批局',
];

export const DEFAULT_ACTIVITY_TYPES: ReadonlyArray<readonly [string, ActivityCategory]> = [
  ['全体会议', '会议'], ['常委会议', '会议'], ['主席会议', '会议'], ['秘书长会议', '会议'],
  ['专题协商会', '协商'], ['协商座谈会', '协商'], ['对口协商', '协商'], ['界别协商', '协商'], ['提案办理协商', '协商'],
  ['视察', '视察'], ['调研', '调研'], ['民主评议', '监督'], ['培训', '学习培训'], ['委员履职主题实践活动', '履职实践'],
  ['联谊交流', '联谊交流'], ['部门工作汇报', '会议'], ['阳光执法', '监督'], ['现场办公', '监督'], ['满意度测评', '监督'],
  ['其他', '其他'],
];

/** 提案类别, as reports count them (在立案的提案中，经济方面×件). */
export const DEFAULT_PROPOSAL_CATEGORIES = ['经济', '政治', '文化', '社会', '生态文明', '其他'];

export function defaultDictionaryEntries(at?: string): DictionaryEntry[] {
  const entries: DictionaryEntry[] = [];
  const add = (kind: DictionaryKind, names: readonly string[]) =>
    names.forEach((name, order) => entries.push({ ...freshStamp(at), kind, name, category: null, order }));
  add('sector', DEFAULT_SECTORS);
  add('party', DEFAULT_PARTIES);
  add('township', DEFAULT_TOWNSHIPS);
  add('committee', DEFAULT_COMMITTEES);
  add('unit', DEFAULT_UNITS);
  add('proposalCategory', DEFAULT_PROPOSAL_CATEGORIES);
  DEFAULT_ACTIVITY_TYPES.forEach(([name, category], order) =>
    entries.push({ ...freshStamp(at), kind: 'activityType', name, category, order }),
  );
  return entries;
}
