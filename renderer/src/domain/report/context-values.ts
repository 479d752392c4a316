// What a report's context placeholders print ({{short}}, {{party}}, {{unit}}, {{notes.problems}} …),
// why one prints nothing (for the review note), and a year-bound phrase's wording for the report's
// year. The committee's level words (县委/区委/市委), the office's names (its 简称, its grass-roots
// unit, its 提案类别) and the year's notes come from the ledger through the ReportContext.
import { formatChineseDate } from '../common/dates';
import { plenarySessionLabel, toChineseNumeral } from '../common/chinese-numerals';
import { nameByCode } from '../dictionaries/dictionary-codes';
import { DEFAULT_STATION_UNIT_NAME } from '../stations/station-settings';
import type { FigureScope } from './figure-types';
import { variantYearsText } from './template-check';
import { TEMPLATE_TAB } from './missing-reasons';
import { isContextKey, type YearPhrase } from './report-template';
import type { ReportStyle } from './report-style';
import type { CommitteeSettings } from '../settings/committee-settings';
import { inLevelWords, TOWNSHIPS_BY_LEVEL } from '../settings/level-words';
import type { DictionaryEntry } from '../dictionaries/dictionary-kinds';

export type ReportCopy = 'print' | 'review';

export interface ReportContext {
  committeeName: string;
  /** 县政协: the body's name for the committee after the title and opening; defaults to the full name. */
  shortName?: string;
  /** 县, 区 or 市: 县委/县政府, 区委/区政府, 市委/市政府. Defaults to 县. */
  level?: CommitteeSettings['level'];
  issuer: string;
  /** ISO date the report is dated (成文日期). */
  date: string;
  scope: FigureScope;
  /** The year's 存在问题 and 下步打算 as the office wrote them on the 工作要点 screen ('' when not); the 提案 report's own when written. */
  notes?: { problems: string; nextSteps: string; proposalProblems?: string; proposalNextSteps?: string };
  /** The 届 the committee is in: the 常委会 report speaks for 政协青山县第九届委员会. */
  term?: number;
  /** The 政协 one level up as the office names it in 设置 (怀化市政协); by the level when not set. */
  upperName?: string;
  /** What the office calls its grass-roots units (设置 基层单位名称); 乡镇政协工作联络站 when not set. */
  unitName?: string;
  style?: ReportStyle;
  copy?: ReportCopy;
  /** The ledger's dictionary: the names it gives its activity types and 提案类别, and its own types' figures. */
  dictionary?: readonly DictionaryEntry[];
}

/** 11月底 when the date is a month's last day, else 11月20日: how reports write 截至×月底. */
export function untilMonthText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d === last ? `${m}月底` : `${m}月${d}日`;
}

function sessionText(scope: FigureScope): string {
  const m = /^(\d+)-(\d+)$/.exec(scope.sessionKey ?? '');
  return m ? plenarySessionLabel(Number(m[1]), Number(m[2])) : `${scope.year}年`;
}

/** The place in a committee's name: 青山县 in 青山县政协, 政协青山县委员会 or 中国人民政治协商会议青山县委员会. */
const PLACE_IN_NAME = /^(?:中国人民政治协商会议|政协)?(.+?(?:县|区|市|旗))(?:委员会|政协)?$/;

/** 政协青山县第九届委员会, as a 常委会 report names the body it speaks for; the name as set when the place or the term is not known. */
export function termCommitteeName(name: string, term: number | undefined): string {
  const place = PLACE_IN_NAME.exec(name)?.[1];
  return place && term ? `政协${place}第${toChineseNumeral(term)}届委员会` : name;
}

/**
 * The 政协 one level up when the office has not named it: a 县 or 区 answers to its 市政协; a
 * county-level 市's own 简称 is 市政协, so the one above is 上级政协 (reports never say 地级市政协).
 */
export const UPPER_COMMITTEE_BY_LEVEL = { 县: '市政协', 区: '市政协', 市: '上级政协' } as const;

/** A context placeholder's text; '' when it has nothing to say (notes the office did not write); undefined for a key that is not one. */
export function contextValue(key: string, context: ReportContext): string | undefined {
  if (!isContextKey(key)) return undefined;
  const level = context.level ?? '县';
  if (key.startsWith('category.')) return nameByCode(context.dictionary ?? [], 'proposalCategory').get(key.slice('category.'.length));
  switch (key) {
    case 'year':
      return String(context.scope.year);
    case 'until':
      return formatChineseDate(context.scope.until);
    case 'untilMonth':
      return untilMonthText(context.scope.until);
    case 'committee':
      return context.committeeName;
    case 'termCommittee':
      return termCommitteeName(context.committeeName, context.term);
    case 'short':
      return context.shortName || context.committeeName;
    case 'upperCommittee':
      return context.upperName?.trim() || UPPER_COMMITTEE_BY_LEVEL[level];
    case 'party':
      return inLevelWords('县委', level);
    case 'government':
      return inLevelWords('县政府', level);
    case 'area':
      return level;
    case 'township':
      return TOWNSHIPS_BY_LEVEL[level];
    case 'unit':
      return context.unitName || DEFAULT_STATION_UNIT_NAME;
    case 'session':
      return sessionText(context.scope);
    case 'notes.problems':
      return context.notes?.problems.trim() ?? '';
    case 'notes.nextSteps':
      return context.notes?.nextSteps.trim() ?? '';
    case 'notes.proposals.problems':
      return context.notes?.proposalProblems?.trim() ?? '';
    case 'notes.proposals.nextSteps':
      return context.notes?.proposalNextSteps?.trim() ?? '';
  }
  return undefined;
}

/** Where the office writes what a notes placeholder prints, for the review copy's notes. */
export const NOTES_PAGE = '“工作要点”页';

const EMPTY_CONTEXT: Partial<Record<string, string>> = {
  'notes.problems': `本年未在${NOTES_PAGE}填写存在问题`,
  'notes.nextSteps': `本年未在${NOTES_PAGE}填写下步打算`,
  'notes.proposals.problems': `本年未在${NOTES_PAGE}填写提案工作存在问题`,
  'notes.proposals.nextSteps': `本年未在${NOTES_PAGE}填写提案工作下步打算`,
};

/** Why a context placeholder printed nothing. */
export const emptyContextReason = (key: string): string => (Object.hasOwn(EMPTY_CONTEXT, key) ? EMPTY_CONTEXT[key] : undefined) ?? `${key}为空`;

/** Whether a placeholder prints what the office writes on the 工作要点 screen. */
export const isNotesKey = (key: string): boolean => key.startsWith('notes.');

export interface PhraseWording {
  text: string;
  /** Set when no variant covers the year and the nearest one stands in: the review copy says so. */
  stoodIn?: string;
}

/**
 * The phrase's wording for `year`. A year no variant covers (a template saved before gaps were
 * refused) takes the nearest variant's wording, so the paragraph is still written, with a note.
 */
export function phraseFor(phrases: readonly YearPhrase[], key: string, year: number): PhraseWording | undefined {
  const phrase = phrases.find((p) => p.key === key);
  if (!phrase || phrase.variants.length === 0) return undefined;
  const covering = phrase.variants.find((v) => (v.fromYear === null || v.fromYear <= year) && (v.toYear === null || year <= v.toYear));
  if (covering) return { text: covering.text };
  const distance = (v: YearPhrase['variants'][number]) => (v.toYear !== null && v.toYear < year ? year - v.toYear : (v.fromYear ?? year) - year);
  const nearest = [...phrase.variants].sort((a, b) => distance(a) - distance(b))[0]!;
  return { text: nearest.text, stoodIn: `用语“${phrase.label}”没有${year}年的写法，暂用${variantYearsText(nearest)}的写法“${nearest.text}”，请在${TEMPLATE_TAB}的用语中补上${year}年的写法` };
}
