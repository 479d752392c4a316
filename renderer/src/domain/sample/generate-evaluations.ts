// Sample 民主评议 rounds and 民主监督员 for the generated ledger: one round a year of 8–12
// units from the default units dictionary, 满意 shares with at least one tie, problems in mixed
// 整改 states with 回头看 visits; two members a unit appointed in groups for five years at a time,
// and each group's yearly 民主监督建议书. Nothing is dated after `today`, so the sample never shows
// a rectification that has not happened yet.
import { DEFAULT_UNITS } from '../dictionaries/default-dictionaries';
import { toChineseNumeral } from '../common/chinese-numerals';
import type { Member } from '../members/member';
import type { EvaluatedUnit, EvaluationProblem, EvaluationRound } from '../evaluations/evaluation';
import { DEFAULT_DIMENSIONS } from '../evaluations/evaluation';
import type { SupervisionLetter, SupervisorAppointment } from '../supervisors/supervisor';
import type { Random } from './seeded-random';

const PROBLEMS = ['窗口服务不够规范，群众办事等候时间较长', '政务公开不及时，办事指南更新滞后', '执法程序不够规范，文书制作不完整', '基层走访不够深入，群众反映问题回应较慢', '项目资金拨付进度偏慢', '信息化办事平台使用率不高'];
const STAMP_TIME = 'T09:00:00.000Z';

const stamp = (date: string) => ({ createdAt: `${date}${STAMP_TIME}`, updatedAt: `${date}${STAMP_TIME}`, deletedAt: null });

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 满意 share in half points, a small 不满意 share, 基本满意 the rest: three numbers adding to 100. */
function shares(r: Random): [number, number, number] {
  const satisfied = r.int(140, 192) / 2;
  const unsatisfied = r.int(0, Math.min(16, (100 - satisfied) * 2)) / 2;
  return [satisfied, 100 - satisfied - unsatisfied, unsatisfied];
}

function makeProblem(r: Random, foundDate: string, today: string, idOf: () => string): EvaluationProblem {
  const roll = r.next();
  const started = addDays(foundDate, r.int(5, 30));
  const rectified = addDays(started, r.int(20, 120));
  const status = roll < 0.25 || started > today ? '未整改' : roll < 0.5 || rectified > today ? '整改中' : '已整改';
  const revisitDate = status === '已整改' ? addDays(rectified, r.int(15, 60)) : null;
  return {
    id: idOf(), text: r.pick(PROBLEMS), foundDate, status,
    startedDate: status === '未整改' ? null : started,
    rectifiedDate: status === '已整改' ? rectified : null,
    revisit: revisitDate && revisitDate <= today ? { date: revisitDate, finding: r.chance(0.8) ? '整改措施落实到位，群众反映良好' : '整改仍需巩固，已督促持续改进' } : null,
  };
}

/** One round in `year`, or none when the year has not reached its day yet. */
export function makeSampleEvaluationRound(r: Random, year: number, today: string, idOf: () => string): EvaluationRound | null {
  const date = `${year}-05-20` <= today ? `${year}-05-20` : today;
  if (!date.startsWith(`${year}-`)) return null;
  const pool = [...DEFAULT_UNITS];
  const units: EvaluatedUnit[] = Array.from({ length: r.int(8, 12) }, () => {
    const unit = pool.splice(r.int(0, pool.length - 1), 1)[0]!;
    const [satisfied, basic, unsatisfied] = shares(r);
    const problems = Array.from({ length: r.int(0, 2) }, () => makeProblem(r, date, today, idOf));
    return { id: idOf(), unit, satisfied, basic, unsatisfied, score: null, problems };
  });
  // A tie for second place, as real rankings have: the third unit takes the second's shares.
  const [, second, third] = units;
  if (second && third) Object.assign(third, { satisfied: second.satisfied, basic: second.basic, unsatisfied: second.unsatisfied });
  return {
    id: idOf(), ...stamp(date), title: `${year}年度政风行风民主评议`, date, year,
    methods: ['测评会', '走访座谈', '问卷'],
    raters: [{ kind: '常委', count: r.int(15, 30) }, { kind: '委员', count: r.int(40, 90) }, { kind: '乡镇干部', count: r.int(20, 40) }, { kind: '群众', count: r.int(100, 300) }],
    dimensions: [...DEFAULT_DIMENSIONS], resultKind: 'shares', maxScore: 100, namedCount: 3, note: '', units, isSample: true,
  };
}

/** Appointments for the five years from `year` (the last batch runs on), two members a unit in groups of two units. */
export function makeSampleAppointments(r: Random, year: number, lastBatch: boolean, members: readonly Member[], idOf: () => string): SupervisorAppointment[] {
  const pool = [...DEFAULT_UNITS];
  const units = Array.from({ length: Math.min(8, pool.length) }, () => pool.splice(r.int(0, pool.length - 1), 1)[0]!);
  const chosen = new Set<Member>();
  while (chosen.size < Math.min(units.length * 2, members.length)) chosen.add(r.pick(members));
  const people = [...chosen];
  const fromDate = `${year}-03-01`;
  return people.map((m, i) => ({
    id: idOf(), ...stamp(fromDate), memberId: m.id, kind: i % 4 === 0 ? '民主监督员' : '特约监督员',
    unit: units[Math.floor(i / 2)]!, group: `第${toChineseNumeral(Math.floor(i / 4) + 1)}监督组`,
    fromDate, toDate: lastBatch ? null : `${year + 4}-12-31`, note: '', isSample: true,
  }));
}

/** Each group serving in `year` writes its 建议书 in November (none after today). */
export function makeSampleLetters(year: number, appointments: readonly SupervisorAppointment[], today: string, idOf: () => string): SupervisionLetter[] {
  const date = `${year}-11-20`;
  if (date > today) return [];
  const serving = appointments.filter((a) => a.fromDate <= date && (a.toDate === null || a.toDate >= date));
  const groups = [...new Set(serving.map((a) => a.group))];
  return groups.map((group) => {
    const units = [...new Set(serving.filter((a) => a.group === group).map((a) => a.unit))];
    return {
      id: idOf(), ...stamp(date), group, title: `${group}${year}年度民主监督建议书`, date, year,
      text: `${group}对${units.join('、')}开展民主监督，提出改进工作作风、提高办事效率等建议。`, units, isSample: true,
    };
  });
}

/** The 民主监督 tables of a sample of `years` years from `firstYear`, from a random source of their own. */
export function makeSampleSupervision(r: Random, firstYear: number, years: number, members: readonly Member[], today: string, idOf: () => string) {
  const evaluations: EvaluationRound[] = [];
  const supervisors: SupervisorAppointment[] = [];
  const supervisionLetters: SupervisionLetter[] = [];
  for (let y = 0; y < years; y++) {
    const year = firstYear + y;
    const round = makeSampleEvaluationRound(r, year, today, idOf);
    if (round) evaluations.push(round);
    if (y % 5 === 0 && members.length > 0) supervisors.push(...makeSampleAppointments(r, year, y + 5 >= years, members, idOf));
    supervisionLetters.push(...makeSampleLetters(year, supervisors, today, idOf));
  }
  return { evaluations, supervisors, supervisionLetters };
}
