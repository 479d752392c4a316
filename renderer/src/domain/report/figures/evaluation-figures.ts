// 民主评议 and 民主监督员 figures (domain/evaluations, domain/supervisors): rounds held, units
// evaluated and ranked, the named top and bottom units, 满意率, problems found and their 整改, the
// year evaluations began; supervisors appointed, the units and groups they cover and their 建议书.
// The values are computeEvaluationFigures' and computeSupervisionFigures'; the records beside them
// are picked by the same rules. 阳光执法, 现场办公 and 满意度测评 are activity figures already
// (activities.type.lawEnforcement[.members] …), counted by type code just as the 监督员 screen does.
import type { Ledger } from '../../ledger/ledger';
import { formatChineseDate } from '../../common/dates';
import type { EvaluationRound } from '../../evaluations/evaluation';
import { computeEvaluationFigures, isRectifiedBy, problemsInScope, roundsInScope, type EvaluationFigures } from '../../evaluations/evaluation-figures';
import type { Ranking } from '../../evaluations/evaluation-ranking';
import { hasResult } from '../../evaluations/evaluation';
import { appointmentsInScope, lettersInScope } from '../../supervisors/supervision-figures';
import type { SupervisionLetter, SupervisorAppointment } from '../../supervisors/supervisor';
import { type FigureDefinition, type FigureScope, withSynonyms } from '../figure-types';
import { rateResult, type FigureRecordRef, type FigureResult } from '../figure-result';
import { memberRef, membersById, memo, scopeKey } from './figure-slices';

const EVALUATION_GROUP = '民主评议';
const SUPERVISOR_GROUP = '民主监督员';

interface EvaluationSlice {
  all: readonly EvaluationRound[];
  figures: EvaluationFigures;
}

function evaluationSlice(ledger: Ledger, scope: FigureScope): EvaluationSlice {
  return memo(ledger, `evaluations|${scopeKey(scope)}`, () => {
    // A ledger made before 民主评议 was kept has none.
    const all: readonly EvaluationRound[] = (ledger as { evaluations?: EvaluationRound[] }).evaluations ?? [];
    return { all, figures: computeEvaluationFigures(all, scope.year, scope.until) };
  });
}

const roundRef = (r: EvaluationRound, what = ''): FigureRecordRef => ({ table: 'evaluations', id: r.id, label: `${formatChineseDate(r.date)} ${r.title}${what ? `：${what}` : ''}` });

/** The ranking behind an `evaluations.ranked` result, for the ranking table (report-tables.ts). */
const rankings = new WeakMap<FigureResult, Ranking>();

export function rankingOf(result: FigureResult | undefined): Ranking | undefined {
  return result ? rankings.get(result) : undefined;
}

function evaluationFigure(key: string, label: string, unit: string, count: (s: EvaluationSlice, scope: FigureScope) => FigureResult): FigureDefinition {
  return { key, label, unit, group: EVALUATION_GROUP, count: (ledger, scope) => count(evaluationSlice(ledger, scope), scope) };
}

function latestRound(s: EvaluationSlice): EvaluationRound | undefined {
  return s.all.find((r) => r.id === s.figures.latestRoundId);
}

function namedUnits(s: EvaluationSlice, names: (r: Ranking) => string[]): FigureResult {
  const round = latestRound(s);
  const units = s.figures.ranking && round ? names(s.figures.ranking) : [];
  return { value: units.length, records: round ? units.map((u) => roundRef(round, u)) : [] };
}

function problemRecords(s: EvaluationSlice, scope: FigureScope, pick: (p: ReturnType<typeof problemsInScope>[number]) => boolean): FigureRecordRef[] {
  return problemsInScope(s.all, scope.year, scope.until).filter(pick).map((x) => roundRef(x.round, `${x.unit.unit}：${x.problem.text}`));
}

/**
 * Whether the ledger shows the office keeping its work here in a year before `year`: a live record
 * of that year among those a year's report reads whole or up to its year (工作要点, 年度问题和打算,
 * 主题实践活动, 文史资料, 社情民意). Then a 民主评议 first recorded in `year` began in it; in the
 * ledger's first year it may be older. Activities and proposals are not looked at: a year's report
 * reads only its own year of them, and the 报告 screen and the command line must agree.
 */
function keptBefore(ledger: Ledger, year: number): boolean {
  const tables: readonly (readonly { year: number; deletedAt: string | null }[] | undefined)[] = [ledger.yearNotes, ledger.campaigns, ledger.culture, ledger.plans, ledger.opinions];
  // Plain loops: when nothing is older (the ledger's first year) every row of ten years of plans
  // and 社情民意 is looked at, and a callback per row cost more than the look.
  for (const rows of tables) for (const r of rows ?? []) if (r.year < year && r.deletedAt === null) return true;
  return false;
}

export const EVALUATION_FIGURES: readonly FigureDefinition[] = withSynonyms([
  evaluationFigure('evaluations.rounds', '开展民主评议', '次', (s, scope) => {
    const rounds = roundsInScope(s.all, scope.year, scope.until);
    return { value: s.figures.rounds, records: rounds.map((r) => roundRef(r)) };
  }),
  evaluationFigure('evaluations.unitsEvaluated', '民主评议单位', '个', (s, scope) => {
    const first = new Map<string, EvaluationRound>();
    for (const r of roundsInScope(s.all, scope.year, scope.until)) for (const u of r.units) if (hasResult(u, r.resultKind) && !first.has(u.unit)) first.set(u.unit, r);
    return { value: s.figures.unitsEvaluated, records: [...first].map(([unit, r]) => roundRef(r, unit)) };
  }),
  evaluationFigure('evaluations.satisfactionRate', '评议单位平均满意率', '%', (s) => {
    const round = latestRound(s);
    const records = round ? s.figures.unitRates.map((u) => roundRef(round, `${u.unit} ${u.rate}%`)) : [];
    return rateResult(s.figures.satisfactionRatio, records.length, () => records);
  }),
  evaluationFigure('evaluations.ranked', '排出测评名次的单位', '个', (s) => {
    const round = latestRound(s);
    const ranking = s.figures.ranking;
    const result: FigureResult = { value: ranking?.rows.length ?? 0, records: round && ranking ? ranking.rows.map((r) => roundRef(round, `第${r.rank}名 ${r.unit}`)) : [] };
    if (ranking) rankings.set(result, ranking);
    return result;
  }),
  evaluationFigure('evaluations.topNamed', '评为满意单位', '个', (s) => namedUnits(s, (r) => r.top)),
  evaluationFigure('evaluations.bottomNamed', '列为重点监督单位', '个', (s) => namedUnits(s, (r) => r.bottom)),
  evaluationFigure('evaluations.problemsFound', '评议发现问题', '条', (s, scope) => ({ value: s.figures.problemsFound, records: problemRecords(s, scope, () => true) })),
  evaluationFigure('evaluations.problemsRectified', '问题已整改', '条', (s, scope) => ({
    value: s.figures.problemsRectified, records: problemRecords(s, scope, (x) => isRectifiedBy(x.problem, scope.until)),
  })),
  evaluationFigure('evaluations.problemsInProgress', '问题正在整改', '条', (s, scope) => ({
    value: s.figures.problemsInProgress, records: problemRecords(s, scope, (x) => !isRectifiedBy(x.problem, scope.until) && x.problem.status !== '未整改'),
  })),
  evaluationFigure('evaluations.rectificationRate', '问题整改率', '%', (s, scope) => {
    const records = problemRecords(s, scope, (x) => isRectifiedBy(x.problem, scope.until));
    return rateResult({ part: s.figures.problemsRectified, whole: s.figures.problemsFound }, records.length, () => records);
  }),
  evaluationFigure('evaluations.revisits', '整改回头看', '次', (s, scope) => ({
    value: s.figures.revisits, records: problemRecords(s, scope, (x) => x.problem.revisit !== null && x.problem.revisit.date <= scope.until),
  })),
  {
    key: 'evaluations.firstYear', label: '开始民主评议的年份', unit: '年', group: EVALUATION_GROUP,
    description: '台账中第一次民主评议的年份，只在台账记有更早年份的工作（工作要点、社情民意等）时才算得出：台账的第一年就有的评议，可能早已开展，开始的年份无从得知，“从某年开始”一句不写',
    count: (ledger, scope) => {
      const s = evaluationSlice(ledger, scope);
      const year = s.figures.firstYear;
      if (year === null || !keptBefore(ledger, year)) return { value: 0, records: [] };
      const first = s.all.filter((r) => r.deletedAt === null && r.year === year && r.date <= scope.until).sort((a, b) => a.date.localeCompare(b.date))[0];
      return { value: year, records: first ? [roundRef(first)] : [] };
    },
  },
], {
  // 开展集中评议2次: the rounds in which the units are evaluated together.
  'evaluations.rounds': ['开展民主评议', '民主评议活动', '政风行风民主评议', '开展集中评议'],
  'evaluations.unitsEvaluated': ['县直单位和行政执法部门', '评议单位', '被评议单位', '县直单位', '职能部门', '评议部门'],
  'evaluations.satisfactionRate': ['平均满意率', '测评满意率', '综合满意率', '平均满意度', '测评满意度', '综合满意度'],
  'evaluations.problemsFound': ['发现问题', '查找问题', '梳理问题', '存在问题', '反馈问题', '查摆问题'],
  'evaluations.topNamed': ['评为满意单位', '确定为满意单位', '满意单位'],
  'evaluations.bottomNamed': ['列为重点监督单位', '确定为重点监督单位', '重点监督单位'],
  'evaluations.problemsRectified': ['已整改', '整改到位', '整改完成'],
  'evaluations.problemsInProgress': ['正在整改', '整改中'],
  'evaluations.rectificationRate': ['整改率'],
  'evaluations.revisits': ['回头看'],
  'evaluations.firstYear': ['开始', '开始集中开展'],
});

interface SupervisorSlice {
  serving: SupervisorAppointment[];
  letters: SupervisionLetter[];
}

function supervisorSlice(ledger: Ledger, scope: FigureScope): SupervisorSlice {
  return memo(ledger, `supervisors|${scopeKey(scope)}`, () => {
    const l = ledger as { supervisors?: SupervisorAppointment[]; supervisionLetters?: SupervisionLetter[] };
    return { serving: appointmentsInScope(l.supervisors ?? [], scope.year, scope.until), letters: lettersInScope(l.supervisionLetters ?? [], scope.year, scope.until) };
  });
}

const appointmentRef = (a: SupervisorAppointment, what: string): FigureRecordRef => ({ table: 'supervisors', id: a.id, label: what });

function supervisorFigure(key: string, label: string, unit: string, count: (s: SupervisorSlice, ledger: Ledger) => FigureResult): FigureDefinition {
  return { key, label, unit, group: SUPERVISOR_GROUP, count: (ledger, scope) => count(supervisorSlice(ledger, scope), ledger) };
}

function firstBy<K>(rows: readonly SupervisorAppointment[], keyOf: (a: SupervisorAppointment) => K): Map<K, SupervisorAppointment> {
  const out = new Map<K, SupervisorAppointment>();
  for (const a of rows) if (!out.has(keyOf(a))) out.set(keyOf(a), a);
  return out;
}

export const SUPERVISOR_FIGURES: readonly FigureDefinition[] = withSynonyms([
  supervisorFigure('supervisors.appointed', '担任民主监督员、特约监督员的委员', '名', (s, ledger) => {
    const byMember = firstBy(s.serving, (a) => a.memberId);
    const members = membersById(ledger);
    return {
      value: byMember.size,
      records: [...byMember].map(([id, a]) => { const m = members.get(id); return m ? memberRef(m) : appointmentRef(a, '（已清除的委员）'); }),
    };
  }),
  supervisorFigure('supervisors.unitsCovered', '派驻监督员的单位', '个', (s) => {
    const byUnit = firstBy(s.serving, (a) => a.unit);
    return { value: byUnit.size, records: [...byUnit].map(([unit, a]) => appointmentRef(a, unit)) };
  }),
  supervisorFigure('supervisors.groups', '民主监督小组', '个', (s) => {
    const byGroup = firstBy(s.serving.filter((a) => a.group), (a) => a.group);
    return { value: byGroup.size, records: [...byGroup].map(([group, a]) => appointmentRef(a, group)) };
  }),
  supervisorFigure('supervisors.letters', '民主监督建议书', '份', (s) => ({
    value: s.letters.length,
    records: s.letters.map((l) => ({ table: 'supervisionLetters', id: l.id, label: `${formatChineseDate(l.date)} ${l.title}` })),
  })),
], {
  'supervisors.appointed': ['特约监督员', '民主监督员', '担任民主监督员', '担任有关职能部门的特约监督员'],
  'supervisors.unitsCovered': ['派驻监督员的单位', '派驻单位', '单位的特约监督员', '单位的民主监督员', '单位推荐特约监督员', '单位选派特约监督员'],
  'supervisors.groups': ['民主监督小组', '监督小组'],
  'supervisors.letters': ['民主监督建议书', '监督建议书'],
});
