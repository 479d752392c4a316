// The 民主评议 and 监督员 records of the report fixture (report/report-fixtures.ts), with their
// figures for 2025 up to 2025-11-30 worked out by hand in the comments.
import type { SupervisionLetter, SupervisorAppointment } from '../supervisors/supervisor';
import type { EvaluationRound } from './evaluation';
import { emptyUnit, problem, round, sharesUnit } from './evaluation-test-support';

const STAMP = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', deletedAt: null };

export function evaluationFixture(): { evaluations: EvaluationRound[]; supervisors: SupervisorAppointment[]; supervisionLetters: SupervisionLetter[] } {
  const appoint = (id: string, memberId: string, unit: string, group: string, fromDate: string, toDate: string | null): SupervisorAppointment =>
    ({ ...STAMP, id, memberId, kind: '特约监督员', unit, group, fromDate, toDate, note: '', isSample: false });
  const letter = (id: string, date: string): SupervisionLetter =>
    ({ ...STAMP, id, group: '第一监督组', title: `建议书${id}`, date, text: '', units: ['县公安局'], year: Number(date.slice(0, 4)), isSample: false });
  return {
    evaluations: [
      round('e2023', '2023-06-01', [sharesUnit('县商务局', 80, 20, 0)]),
      { ...round('e2022', '2022-06-01', [sharesUnit('县商务局', 80, 20, 0)]), deletedAt: '2024-01-01T00:00:00.000Z' },
      round('e2025', '2025-05-10', [
        sharesUnit('县公安局', 90, 8, 2, [problem('q1', '2025-05-10', '已整改', '2025-07-01', '2025-10-01')]),
        sharesUnit('县教育局', 85, 10, 5),
        sharesUnit('县水利局', 85, 15, 0),
        sharesUnit('县民政局', 70, 20, 10, [problem('q2', '2025-05-10', '整改中'), problem('q3', '2025-05-10', '已整改', '2025-12-10')]),
        emptyUnit('县林业局'),
      ]),
      round('e2025b', '2025-12-05', [sharesUnit('县财政局', 99, 1, 0)]),
    ],
    supervisors: [
      appoint('s1', 'm1', '县公安局', '第一监督组', '2024-03-01', null),
      appoint('s2', 'm2', '县公安局', '第一监督组', '2024-03-01', '2024-12-31'),
      appoint('s3', 'm3', '县教育局', '第二监督组', '2025-04-01', null),
      appoint('s4', 'm1', '县水利局', '第三监督组', '2025-12-01', null),
    ],
    supervisionLetters: [letter('l1', '2025-11-20'), letter('l2', '2025-12-15')],
  };
}

export const EVALUATION_HAND_FIGURES: Record<string, number> = {
  // e2025 only (e2025b after the date); 林业局 has no result.
  'evaluations.rounds': 1, 'evaluations.unitsEvaluated': 4, 'evaluations.ranked': 4,
  // (90 + 85 + 85 + 70) / 4
  'evaluations.satisfactionRate': 82.5,
  // Ranks 1, 2, 2, 4; at most half (2) named: ranks ≤ 2 are 公安, 水利, 教育 (tie); bottom: 民政.
  'evaluations.topNamed': 3, 'evaluations.bottomNamed': 1,
  // q1 rectified and revisited; q2 整改中; q3 rectified only on 12月10日.
  'evaluations.problemsFound': 3, 'evaluations.problemsRectified': 1, 'evaluations.problemsInProgress': 2, 'evaluations.rectificationRate': 33.3,
  'evaluations.revisits': 1,
  // e2022 is in the recycle bin.
  'evaluations.firstYear': 2023,
  // s1 (m1 公安) and s3 (m3 教育); s2 ended in 2024, s4 starts after the date; l2 after the date.
  'supervisors.appointed': 2, 'supervisors.unitsCovered': 2, 'supervisors.groups': 2, 'supervisors.letters': 1,
};
