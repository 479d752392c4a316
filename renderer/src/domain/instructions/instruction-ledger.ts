// The 批示 ledger: every leader's written instruction attached to any record — an activity, a
// proposal, a 社情民意信息 — in one list for a year, with the record it belongs to, and the
// counts by level. Pure: the 批示 page, a report and a test read the same answer.
import { INSTRUCTION_LEVELS, type Instruction, type InstructionLevel } from './instruction';
import { liveRows } from '../common/row-stamps';
import { compareChinese } from '../common/chinese-order';

export const INSTRUCTION_OWNER_KINDS = ['activity', 'proposal', 'opinion'] as const;
export type InstructionOwnerKind = (typeof INSTRUCTION_OWNER_KINDS)[number];

export const INSTRUCTION_OWNER_LABELS: Record<InstructionOwnerKind, string> = { activity: '履职活动', proposal: '提案', opinion: '社情民意' };

export interface InstructionOwner {
  id: string;
  title: string;
  deletedAt: string | null;
  instructions: readonly Instruction[];
}

export interface InstructionEntry extends Instruction {
  ownerKind: InstructionOwnerKind;
  ownerId: string;
  ownerTitle: string;
  /** Its place in the owner's list, so an entry has a stable key. */
  index: number;
}

export type InstructionLevelCounts = Record<InstructionLevel, number> & { unstated: number; total: number };

export interface InstructionSources {
  activities: readonly InstructionOwner[];
  proposals: readonly InstructionOwner[];
  opinions: readonly InstructionOwner[];
}

const LEVEL_ORDER = new Map<InstructionLevel | null, number>([['全国', 0], ['省', 1], ['市', 2], ['县', 3], [null, 4]]);

/**
 * The instructions dated in `year` (up to `until`) on live records, newest first, higher levels
 * first on the same day. `level` keeps one level only; `null` keeps those without one (未注明).
 */
export function collectInstructions(
  sources: InstructionSources,
  year: number,
  options: { until?: string; level?: InstructionLevel | null } = {},
): InstructionEntry[] {
  const until = options.until ?? `${year}-12-31`;
  const out: InstructionEntry[] = [];
  const owners: Record<InstructionOwnerKind, readonly InstructionOwner[]> = { activity: sources.activities, proposal: sources.proposals, opinion: sources.opinions };
  for (const ownerKind of INSTRUCTION_OWNER_KINDS) {
    for (const owner of owners[ownerKind]) {
      if (owner.deletedAt !== null) continue;
      liveRows(owner.instructions).forEach((ins, index) => {
        if (!ins.date.startsWith(`${year}-`) || ins.date > until) return;
        if (options.level !== undefined && ins.level !== options.level) return;
        out.push({ ...ins, ownerKind, ownerId: owner.id, ownerTitle: owner.title, index });
      });
    }
  }
  return out.sort((a, b) => b.date.localeCompare(a.date) || LEVEL_ORDER.get(a.level)! - LEVEL_ORDER.get(b.level)! || compareChinese(a.ownerTitle, b.ownerTitle));
}

export function countInstructionsByLevel(instructions: readonly Pick<Instruction, 'level'>[]): InstructionLevelCounts {
  const counts = { ...(Object.fromEntries(INSTRUCTION_LEVELS.map((l) => [l, 0])) as Record<InstructionLevel, number>), unstated: 0, total: instructions.length };
  for (const i of instructions) {
    if (i.level === null) counts.unstated++;
    else counts[i.level]++;
  }
  return counts;
}
