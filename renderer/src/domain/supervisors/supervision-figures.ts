// Which 监督员 appointments and 建议书 a year up to a date holds: appointments running at some
// time in the year, 建议书 dated in it. The figures built on them are the catalogue's
// (report/figures/evaluation-figures.ts); the 监督员 screen reads those (figures/supervision-screen-figures.ts).
import { servesIn, type SupervisionLetter, type SupervisorAppointment } from './supervisor';


export function appointmentsInScope(appointments: readonly SupervisorAppointment[], year: number, until: string): SupervisorAppointment[] {
  return appointments.filter((a) => a.deletedAt === null && servesIn(a, year, until));
}

export function lettersInScope(letters: readonly SupervisionLetter[], year: number, until: string): SupervisionLetter[] {
  return letters.filter((l) => l.deletedAt === null && l.year === year && l.date <= until);
}
