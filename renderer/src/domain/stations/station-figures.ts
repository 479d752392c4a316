// Figures of the grass-roots units for a year up to a date (docs/domain.md, "The figures a report needs"): townships in
// the county, units built by then, units with all "八个有" met by then, staff per unit (the
// office's range style, 1至2名 by default), the members who live in a township with a unit, the
// activities those townships organised in the year, and opinions collected / problems solved.
// A unit counts from the day it was established; each checklist item from its own date.
import type { Activity } from '../activities/activity';
import { servingOn, type Member } from '../members/member';
import { checklistMetBy, EIGHT_HAS, type Station } from './station';
import { liveRows } from '../common/row-stamps';
import { DEFAULT_REPORT_STYLE, formatRange, type ReportStyle } from '../report/report-style';

export interface StationFigureInput {
  stations: readonly Station[];
  members: readonly Member[];
  activities: readonly Activity[];
  /** The township dictionary: the county's townships. */
  townships: readonly string[];
}

export interface StationFigures {
  townships: number;
  built: Station[];
  complete: Station[];
  /** Fewest and most staff of the units built (0 when none is). */
  staffMin: number;
  staffMax: number;
  residents: Member[];
  activities: Activity[];
  opinionsCollected: number;
  problemsSolved: number;
}

const inWindow = (date: string, year: number, until: string) => date.startsWith(`${year}-`) && date <= until;

export function computeStationFigures(input: StationFigureInput, year: number, until = `${year}-12-31`): StationFigures {
  const built = input.stations.filter((s) => s.deletedAt === null && s.establishedDate <= until);
  const townships = new Set(built.map((s) => s.township));
  const staff = built.map((s) => s.staffMemberIds.length);
  let opinionsCollected = 0;
  let problemsSolved = 0;
  for (const s of built) {
    for (const w of liveRows(s.work)) {
      if (!inWindow(w.date, year, until)) continue;
      opinionsCollected += w.opinions;
      problemsSolved += w.problems;
    }
  }
  return {
    townships: input.townships.length,
    built,
    complete: built.filter((s) => checklistMetBy(s, until) === EIGHT_HAS.length),
    staffMin: staff.length ? Math.min(...staff) : 0,
    staffMax: staff.length ? Math.max(...staff) : 0,
    residents: input.members.filter((m) => m.township !== '' && townships.has(m.township) && servingOn(m, until)),
    activities: input.activities.filter((a) =>
      a.deletedAt === null && a.year === year && a.startDate <= until && a.organizerKind === '乡镇' && townships.has(a.organizer)),
    opinionsCollected,
    problemsSolved,
  };
}

/** 1至2名 in the office's range style, as the documents write it, or 2名 when every unit has the same number. */
export function staffRangeText(f: Pick<StationFigures, 'staffMin' | 'staffMax'>, style: ReportStyle = DEFAULT_REPORT_STYLE): string {
  return `${formatRange(f.staffMin, f.staffMax, style)}名`;
}
