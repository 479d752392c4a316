// 文史资料 and member-profile figures for a year up to a date (docs/domain.md): 万字 of texts and
// photos (张) collected, volumes (辑) published with their 万字 and copies, and the members
// interviewed with the outlets that ran the stories.
import { type CultureInterview, type CultureMaterial, type CultureRecord, type CultureVolume } from './culture';

export interface CultureFigures {
  materials: CultureMaterial[];
  /** 万字, two decimals. */
  collectedWan: number;
  photos: number;
  volumes: CultureVolume[];
  publishedWan: number;
  copies: number;
  interviews: CultureInterview[];
  memberIds: string[];
  outlets: string[];
}

/** Characters as the reports write them: 万字, at most two decimals. */
export function charactersToWan(characters: number): number {
  return Math.round(characters / 100) / 100;
}

export function computeCultureFigures(records: readonly CultureRecord[], year: number, until = `${year}-12-31`): CultureFigures {
  const inScope = records.filter((r) => r.deletedAt === null && r.year === year && r.date <= until);
  const materials = inScope.filter((r): r is CultureMaterial => r.kind === '征集');
  const volumes = inScope.filter((r): r is CultureVolume => r.kind === '出版');
  const interviews = inScope.filter((r): r is CultureInterview => r.kind === '采访');
  const sum = <T>(rows: readonly T[], of: (r: T) => number) => rows.reduce((n, r) => n + of(r), 0);
  return {
    materials,
    collectedWan: charactersToWan(sum(materials, (m) => m.characters)),
    photos: sum(materials, (m) => m.photos),
    volumes,
    publishedWan: charactersToWan(sum(volumes, (v) => v.characters)),
    copies: sum(volumes, (v) => v.copies),
    interviews,
    memberIds: [...new Set(interviews.map((i) => i.memberId))],
    outlets: [...new Set(interviews.map((i) => i.outlet))],
  };
}
