// 社情民意信息 figures (domain/opinions): items collected, issues compiled, items adopted in all
// and by level (全国 split 单篇采用 / 转送采用), and leaders' 批示 on items, each counted by the
// date of its own event as computeOpinionFigures counts them. The values are that function's;
// the records beside them are picked by the same dates.
import type { Ledger } from '../../ledger/ledger';
import { INSTRUCTION_LEVELS } from '../../instructions/instruction';
import { ADOPTION_LEVELS, NATIONAL_ADOPTION_MODES, type Opinion } from '../../opinions/opinion';
import { adoptedFigureLabel, computeOpinionFigures, instructionFigureLabel, OPINION_FIGURE_LABELS, OPINION_FIGURE_UNITS, type OpinionFigures } from '../../opinions/opinion-figures';
import { type FigureDefinition, type FigureScope, withSynonyms } from '../figure-types';
import { referencedOnRead, type FigureRecordRef } from '../figure-result';
import { dateText, inScopeDate, memo, scopeKey, sharedRef } from './figure-slices';
import { liveRows } from '../../common/row-stamps';

const GROUP = '社情民意';

const LEVEL_KEYS = { 县: 'county', 市: 'city', 省: 'province', 全国: 'national' } as const;
const MODE_KEYS = { 单篇采用: 'single', 转送采用: 'forwarded' } as const;

interface OpinionSlice {
  live: Opinion[];
  figures: OpinionFigures;
}

function opinionSlice(ledger: Ledger, scope: FigureScope): OpinionSlice {
  return memo(ledger, `opinions|${scopeKey(scope)}`, () => {
    // A ledger made before 社情民意 were kept (or by the sample generator) has none.
    const all: readonly Opinion[] = (ledger as { opinions?: Opinion[] }).opinions ?? [];
    // The ledger holds every year's items, and each figure looks over them with its own test: the
    // items with no event in the scope (which no figure counts) are left out once, here, in order.
    const live = all.filter((o) => o.deletedAt === null && touchesScope(o, scope));
    return { live, figures: computeOpinionFigures(live, scope.year, scope.until) };
  });
}

function opinionRef(o: Opinion): FigureRecordRef {
  return sharedRef(o, () => ({ table: 'opinions', id: o.id, label: `${dateText(o.receivedDate)} ${o.title}` }));
}

function figure(key: string, label: string, unit: string, value: (f: OpinionFigures) => number, pick: (o: Opinion, scope: FigureScope) => boolean): FigureDefinition {
  return {
    key, label, unit, group: GROUP,
    count(ledger, scope) {
      const s = opinionSlice(ledger, scope);
      return referencedOnRead(value(s.figures), s.live.filter((o) => pick(o, scope)), opinionRef);
    },
  };
}

const compiled = (o: Opinion, scope: FigureScope) => o.issue !== null && o.issue.year === scope.year && o.issue.date <= scope.until;
const adoptedIn = (o: Opinion, scope: FigureScope) => o.adoptions.filter((a) => inScopeDate(a.date, scope));

/** Whether any figure below can count the item: one of its events falls in the scope (loops: it runs for every year's items). */
function touchesScope(o: Opinion, scope: FigureScope): boolean {
  if (inScopeDate(o.receivedDate, scope) || compiled(o, scope)) return true;
  for (const a of o.adoptions) if (inScopeDate(a.date, scope)) return true;
  for (const i of o.instructions) if (i.deletedAt === null && inScopeDate(i.date, scope)) return true;
  return false;
}

export const OPINION_FIGURES: readonly FigureDefinition[] = withSynonyms([
  figure('opinions.collected', OPINION_FIGURE_LABELS.collected, OPINION_FIGURE_UNITS.collected, (f) => f.collected, (o, s) => inScopeDate(o.receivedDate, s)),
  figure('opinions.issuesCompiled', OPINION_FIGURE_LABELS.issuesCompiled, OPINION_FIGURE_UNITS.issuesCompiled, (f) => f.issuesCompiled, compiled),
  figure('opinions.itemsCompiled', OPINION_FIGURE_LABELS.itemsCompiled, OPINION_FIGURE_UNITS.itemsCompiled, (f) => f.itemsCompiled, compiled),
  figure('opinions.adoptedItems', OPINION_FIGURE_LABELS.adoptedItems, OPINION_FIGURE_UNITS.adoptedItems, (f) => f.adoptedItems, (o, s) => adoptedIn(o, s).length > 0),
  ...ADOPTION_LEVELS.map((level) =>
    figure(`opinions.adopted.${LEVEL_KEYS[level]}`, adoptedFigureLabel(level), '条', (f) => f.adoptedByLevel[level], (o, s) => adoptedIn(o, s).some((a) => a.level === level)),
  ),
  ...NATIONAL_ADOPTION_MODES.map((mode) =>
    figure(`opinions.adopted.national.${MODE_KEYS[mode]}`, adoptedFigureLabel('全国', mode), '条', (f) => f.nationalByMode[mode], (o, s) =>
      adoptedIn(o, s).some((a) => a.level === '全国' && a.nationalMode === mode),
    ),
  ),
  figure('opinions.instructions', `社情民意信息${OPINION_FIGURE_LABELS.instructions}`, OPINION_FIGURE_UNITS.instructions, (f) => f.instructionsByLevel.total, (o, s) =>
    liveRows(o.instructions).some((i) => inScopeDate(i.date, s)),
  ),
  ...INSTRUCTION_LEVELS.map((level) =>
    figure(`opinions.instructions.${LEVEL_KEYS[level]}`, `社情民意信息${instructionFigureLabel(level)}`, '次', (f) => f.instructionsByLevel[level], (o, s) =>
      liveRows(o.instructions).some((i) => i.level === level && inScopeDate(i.date, s)),
    ),
  ),
], {
  'opinions.collected': ['收集社情民意信息', '收到社情民意信息', '社情民意信息', '报送社情民意信息'],
  'opinions.issuesCompiled': ['编发社情民意', '编印社情民意', '编发《社情民意》', '编发《》', '编报《》', '编印《》'],
  'opinions.adoptedItems': ['被采用', '采用'],
  'opinions.adopted.city': ['被市政协采用'],
  'opinions.adopted.province': ['被省政协采用', '被自治区政协采用'],
  'opinions.adopted.national': ['被全国政协采用'],
  'opinions.instructions': ['社情民意信息获领导批示', '信息获领导批示', '信息获批示'],
});
