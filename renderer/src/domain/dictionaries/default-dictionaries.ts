// The defaults a new ledger starts with. Offices edit them in 设置 → 字典. Activity types and 提案类别
// come from their registries, with their codes. There are no default 乡镇: every county's are its
// own, so they are asked at setup (a pasted list) rather than shipped.
import type { DictionaryEntry, DictionaryKind } from './dictionary-kinds';
import { ACTIVITY_TYPES } from './activity-types';
import { PROPOSAL_CATEGORIES } from './proposal-categories';
import { freshStamp } from '../common/record';

/**
 * 界别 in the names committees print (with 界 where the 界别 has it). A county uses 15–25 of the
 * national list; these are the commonest, and offices edit them.
 */
export const DEFAULT_SECTORS = [
  '中共', '民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '台盟', '无党派人士',
  '共青团', '工会', '妇联', '工商联', '科协', '科技界', '教育界', '文化艺术界', '医药卫生界', '农业界', '经济界',
  '少数民族界', '宗教界', '特邀人士',
];

/** 党派 as rolls print them: the Communist Party as 中共, the eight parties, and 无党派人士 (群众 included). */
export const DEFAULT_PARTIES = ['中共', '民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '台盟', '无党派人士'];

export const DEFAULT_COMMITTEES = [
  '提案委员会', '经济委员会', '农业农村委员会', '教科卫体委员会', '文化文史和学习委员会', '社会和法制委员会', '民族宗教委员会',
];

export const DEFAULT_UNITS = [
  '县发展和改革局', '县教育局', '县公安局', '县民政局', '县财政局', '县人力资源和社会保障局', '县自然资源局',
  '县生态环境局', '县住房和城乡建设局', '县交通运输局', '县水利局', '县农业农村局', '县商务局', '县文化广电体育和旅游局',
  '县卫生健康局', '县应急管理局', '县市场监督管理局', '县医疗保障局', '县林业局', '县行政审批局',
];

/** 提案类别, as reports count them (在立案的提案中，经济方面×件): the registry's default names. */
export const DEFAULT_PROPOSAL_CATEGORIES: readonly string[] = PROPOSAL_CATEGORIES.map((c) => c.name);

/** The defaults, with the 乡镇 the office gave at setup (none unless given). */
export function defaultDictionaryEntries(at: string, townships: readonly string[] = []): DictionaryEntry[] {
  const entries: DictionaryEntry[] = [];
  const add = (kind: DictionaryKind, names: readonly string[]) =>
    names.forEach((name, order) => entries.push({ ...freshStamp(at), kind, name, code: null, category: null, order }));
  add('sector', DEFAULT_SECTORS);
  add('party', DEFAULT_PARTIES);
  add('township', townships);
  add('committee', DEFAULT_COMMITTEES);
  add('unit', DEFAULT_UNITS);
  PROPOSAL_CATEGORIES.forEach(({ code, name }, order) =>
    entries.push({ ...freshStamp(at), kind: 'proposalCategory', name, code, category: null, order }),
  );
  ACTIVITY_TYPES.forEach(({ code, name, category }, order) =>
    entries.push({ ...freshStamp(at), kind: 'activityType', name, code, category, order }),
  );
  return entries;
}
