// Builders for 民主评议 tests: a round with units given as [name, 满意, 基本满意, 不满意] or a score.
import type { EvaluatedUnit, EvaluationProblem, EvaluationRound } from './evaluation';

const STAMP = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', deletedAt: null };

export function sharesUnit(unit: string, satisfied: number, basic: number, unsatisfied: number, problems: EvaluationProblem[] = []): EvaluatedUnit {
  return { id: `u-${unit}`, unit, satisfied, basic, unsatisfied, score: null, problems };
}

export function emptyUnit(unit: string): EvaluatedUnit {
  return { id: `u-${unit}`, unit, satisfied: null, basic: null, unsatisfied: null, score: null, problems: [] };
}

export function scoreUnit(unit: string, score: number): EvaluatedUnit {
  return { id: `u-${unit}`, unit, satisfied: null, basic: null, unsatisfied: null, score, problems: [] };
}

export function problem(id: string, foundDate: string, status: EvaluationProblem['status'], rectifiedDate: string | null = null, revisitDate: string | null = null): EvaluationProblem {
  return { id, text: `问题${id}`, foundDate, status, startedDate: status === '未整改' ? null : foundDate, rectifiedDate, revisit: revisitDate ? { date: revisitDate, finding: '已落实' } : null };
}

export function round(id: string, date: string, units: EvaluatedUnit[], over: Partial<EvaluationRound> = {}): EvaluationRound {
  return {
    ...STAMP, id, title: `${date.slice(0, 4)}年度民主评议`, date, year: Number(date.slice(0, 4)),
    methods: ['测评会'], raters: [{ kind: '委员', count: 30 }], dimensions: ['工作作风'], resultKind: 'shares', maxScore: 100, namedCount: 3, note: '',
    units, isSample: false, ...over,
  };
}
