// The catalogue's figures in the words reports write them, and how well a number's unit fits a
// figure's: what the proposer (propose-figure.ts) and the sentence shapes (sentence-shapes.ts) match.
import { FIGURE_CATALOGUE, type FigureDefinition } from '../figure-catalogue';
import { SCOPE_ASIDE } from './mention-context';

/** How well a unit a report may write for the figure's unit fits; a unit only of the same kind fits less. */
export const UNIT_FRIEND_FIT = 0.8;

/** Units a report may write for a figure's unit (份 for a feedback form counted as 件, 人 for 名). */
const UNIT_FRIENDS: Record<string, readonly string[]> = {
  件: ['份', '个'],
  份: ['件'],
  名: ['人', '位'],
  人: ['名'],
  次: ['场', '期'],
  个: ['家', '所', '项'],
  条: ['篇', '件'],
  篇: ['条', '份'],
  项: ['个', '次'],
};

/** Kinds of unit: a count of things is never a rate, money, 万字, 人次 or a number of people. */
const UNIT_KINDS: readonly (readonly string[])[] = [
  ['次', '场', '期', '件', '条', '个', '篇', '份', '项', '家', '所', '类', '张', '辑', '册', '户', '批'],
  ['名', '人', '位'],
];

export function unitFit(mentionUnit: string, figureUnit: string): number {
  if (mentionUnit === figureUnit) return 1;
  if (UNIT_FRIENDS[figureUnit]?.includes(mentionUnit)) return UNIT_FRIEND_FIT;
  return UNIT_KINDS.some((k) => k.includes(mentionUnit) && k.includes(figureUnit)) ? 0.5 : 0;
}

export interface FigurePhrases {
  figure: FigureDefinition;
  phrases: readonly string[];
}

/** Verbs of holding an activity, one as good as another before its name (开展民主评议, 组织民主评议). */
export const HOLDING_VERBS: readonly string[] = ['开展', '组织', '举办', '进行'];
/** Verbs of putting out an issue, one as good as another (编发社情民意, 编报社情民意). */
const ISSUING_VERBS: readonly string[] = ['编发', '编印', '编报', '刊发', '印发'];
/** Verbs of turning a thing into another, one as good as another (转为社情民意信息, 改作社情民意信息). */
const TURNING_VERBS: readonly string[] = ['转为', '改作', '改为'];
const VERB_FAMILIES: readonly (readonly string[])[] = [HOLDING_VERBS, ISSUING_VERBS, TURNING_VERBS];

/** 社情民意信息获省级领导批示 is written 信息获省级领导批示 too: 信息 alone names the items. */
const OPINION_ITEMS = '社情民意信息';
const OPINION_ITEM = '信息';

/** The way of handling in 作为X处理 is written many ways (作为意见建议转有关部门参考): X names the outcome. */
const HANDLED_AS = /^作为(.{2,})处理$/;

/** 每站工作人员 is written 各站工作人员 too. */
const EACH = '每';
const ALL_OF = '各';

/** 会议类活动 is written 会议类 too. */
const ACTIVITIES = '活动';
const KIND_OF_ACTIVITIES = /^.+类活动$/;

/** A phrase as reports write it: without the label's explanation in brackets (（不重复计）) but with
 * a bracket that widens it (（含基本满意）), a passive 被 or a 获 may be left to the clause before
 * (被全国政协采用2条、省政协采用9条; 获县级领导批示9次、市级领导批示2次), 作为X处理 may name its handling otherwise (作为X转…), 每X may be written 各X,
 * 社情民意信息… may be written 信息…, X类活动 X类, and one verb of holding, issuing or turning into stands for another (组织民主评议 for 开展民主评议, 编报 for 编发, 改作 for 转为). */
function writtenForms(phrase: string): string[] {
  const plain = phrase.replace(/（([^）]*)）/g, (all, inside: string) => (SCOPE_ASIDE.test(inside) ? all : ''));
  const forms = [plain];
  if ((plain.startsWith('被') || plain.startsWith('获')) && plain.length >= 4) forms.push(plain.slice(1));
  if (plain.startsWith(OPINION_ITEMS)) forms.push(plain.slice(OPINION_ITEMS.length - OPINION_ITEM.length));
  for (const family of VERB_FAMILIES) {
    const verb = family.find((v) => plain.startsWith(v));
    if (verb && plain.length >= 4) forms.push(...family.filter((v) => v !== verb).map((v) => v + plain.slice(verb.length)));
  }
  // 每站 and 各站 are one: each of them.
  if (plain.startsWith(EACH)) forms.push(ALL_OF + plain.slice(EACH.length));
  // 会议类26、协商类19: a kind of activities is named by its 类 alone.
  if (KIND_OF_ACTIVITIES.test(plain)) forms.push(plain.slice(0, -ACTIVITIES.length));
  const handled = HANDLED_AS.exec(plain);
  if (handled) forms.push(`作为${handled[1]!}`);
  return forms;
}

export const PHRASES: readonly FigurePhrases[] = FIGURE_CATALOGUE.map((figure) => ({
  figure,
  phrases: [...new Set([figure.label, ...(figure.synonyms ?? [])].flatMap(writtenForms))].filter((p) => p.length >= 1),
}));
