// A report read in the catalogue's words before its numbers are matched. The catalogue's labels
// are a county's words (成果报送县委, 县直单位, 被县政协采用); a district or a county-level city
// writes its own level as 区 or 市 (报送区委, 区直部门, 全市). The report's own level is read from
// its title (政协西岭区委员会) or, failing that, from the level word its body uses most; its
// own-level words are then read as the catalogue's. Only the office's own level is rewritten: in a
// 区's report 市政协 is still the city above it. And the verbs of receiving are read as the
// labels write them (得到批示, 获得批示 as 获批示), and so are the verbs of sending up (呈报县委,
// 呈送县委, 上报县委 as 报送县委) and of taking up suggestions (吸纳 as 采纳): one verb's forms, kept here once rather than in every figure's synonyms.
// The level above a county is the catalogue's 市 whatever it is called (a banner's 盟), and where a
// sentence gives leaders' 批示 level by level, each level's leaders are read as the labels name them.
import type { MentionContext } from './mention-context';

export type OwnLevel = '县' | '区' | '市' | '旗';

const LEVEL = '[县区市旗]';
/** What a level word governs: 区委, 区政府, 区政协, 区领导, 区直, 区级, 区人大, 区纪委, and 全区. */
const GOVERNED = '(?=委|政府|政协|领导|直属|直|级|人大|纪委|属)';
/** 自治区, 地区, 社区, 园区 … are not the office's level. */
const NOT_A_LEVEL_BEFORE = '(?<![自治地社园景片辖城校新发])';

const IN_TITLE = new RegExp(`政协[^，。]{1,8}?(${LEVEL})(?:第|委员会)|${NOT_A_LEVEL_BEFORE}(${LEVEL})政协`);
const IN_BODY = new RegExp(`${NOT_A_LEVEL_BEFORE}(${LEVEL})${GOVERNED}|全(${LEVEL})`, 'g');

/** The level the report is written at: its title's, else its body's most used, else 县. */
export function ownLevel(title: string, body: readonly string[]): OwnLevel {
  const m = IN_TITLE.exec(title);
  if (m) return (m[1] ?? m[2]) as OwnLevel;
  const counts = new Map<string, number>();
  for (const text of body) for (const w of text.matchAll(IN_BODY)) {
    const level = w[1] ?? w[2]!;
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  // On a tie the catalogue's own 县: nothing is rewritten.
  const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] === '县' ? -1 : b[0] === '县' ? 1 : 0))[0];
  return (best?.[0] ?? '县') as OwnLevel;
}

/** The level above a county that is not called 市: a banner's 盟, an autonomous prefecture's 州 (盟政协, 州级领导). */
const PREFECTURE = new RegExp(`[盟州]${GOVERNED}`, 'g');

/** The text with the report's own-level words written as the catalogue's (区委 → 县委, 全区 → 全县), and
 * the prefecture's as the catalogue's city (盟政协 → 市政协); same length, so positions hold. */
export function atCatalogueLevel(text: string, level: OwnLevel): string {
  const own = new RegExp(`${NOT_A_LEVEL_BEFORE}${level}${GOVERNED}|(?<=全)${level}`, 'g');
  return (level === '县' ? text : text.replace(own, '县')).replace(PREFECTURE, '市');
}

/** Leaders named by their level (县委、县政府主要领导, 市领导, 自治区领导): the level as the labels write it (县级领导). */
const LEVEL_LEADERS = /(县|市|省|自治区|全国)(?:级|委(?:[、和及与](?:县|市|省)?政府)?|政府)?(?:主要)?领导/g;
const labelLevel = (level: string) => (level === '全国' ? '全国' : `${level === '自治区' ? '省' : level}级`);

/** Every level's leaders named as the labels name them: 县委、县政府主要领导 → 县级领导, 省领导 → 省级领导. */
export const leadersByLevel = (words: string): string => words.replace(LEVEL_LEADERS, (_, level: string) => `${labelLevel(level)}领导`);

/**
 * 获县委、县政府领导批示23次，获市领导批示4次、省领导批示1次: a sentence that gives 批示 level by
 * level names each level's leaders as the labels do (获县级领导批示); a sentence naming one level's
 * leaders only (获县领导批示13次) gives them all, and is read as written.
 */
function byLeaderLevel(words: string, sentence: string): string {
  const levels = new Set([...sentence.matchAll(LEVEL_LEADERS)].map((m) => labelLevel(m[1]!)));
  return levels.size < 2 ? words : leadersByLevel(words);
}

/** 得到, 获得 as the labels write them: 获. */
const RECEIVED = /得到|获得/g;
/** 呈报, 呈送, 上报 as the labels write them: 报送. */
const SENT_UP = /呈报|呈送|上报/g;
/** 吸纳, 吸收 (of suggestions) as the labels write them: 采纳. */
const TAKEN_UP = /吸纳|吸收/g;

/** The 了 that closes a verb right before a number. */
const DONE_BEFORE_NUMBER = /(?<=[\u4e00-\u9fff]{2})了$/;

/** Leaders of a level and above (区级以上领导) are all the levels' leaders: 领导, as the labels of all 批示 write them. */
const LEVEL_AND_ABOVE = /(?:县|市|省)级?以上(?:的)?领导/g;

const inVerbs = (words: string) => words.replace(LEVEL_AND_ABOVE, '领导').replace(RECEIVED, '获').replace(SENT_UP, '报送').replace(TAKEN_UP, '采纳');

/** The words around a number with the verbs of receiving and sending up as the labels write them, and
 * leaders by level where the sentence gives 批示 level by level (not the same length: for matching only).
 * ownNear is the clause as written where a list has given the number another label. */
export function withLabelVerbs(ctx: MentionContext, ownNear = ctx.near): MentionContext {
  const sentence = `${ctx.far.slice(ctx.far.indexOf('|') + 1)}${ownNear}${ctx.afterSentence}`;
  const inLabelVerbs = (words: string) => byLeaderLevel(inVerbs(words), sentence);
  return {
    ...ctx,
    // 评议了8个部门: the 了 of a verb right before the number is read without it (评议8个部门).
    near: inLabelVerbs(ctx.near).replace(DONE_BEFORE_NUMBER, ''),
    far: inLabelVerbs(ctx.far),
    after: inLabelVerbs(ctx.after),
    afterClause: inLabelVerbs(ctx.afterClause),
    afterPastAsides: inLabelVerbs(ctx.afterPastAsides),
    afterSentence: inLabelVerbs(ctx.afterSentence),
    readings: ctx.readings.map(inLabelVerbs),
    listReading: inLabelVerbs(ctx.listReading),
  };
}
