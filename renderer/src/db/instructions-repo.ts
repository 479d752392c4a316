// The 批示 ledger: every leader's instruction of a year from activities, proposals and 社情民意,
// read through the year indexes; and adding or removing a 批示 on a proposal (activities edit
// theirs in the activity form, 社情民意 in opinions-repo.ts).
import type { LedgerDatabase } from './database';
import { nowIso } from './clock';
import { liveRows, newRow, takeOffRow } from '../domain/common/row-stamps';
import { validateWith, type Validated } from '../domain/common/validation';
import { instructionInputSchema, type InstructionLevel } from '../domain/instructions/instruction';
import { collectInstructions, countInstructionsByLevel, type InstructionEntry, type InstructionLevelCounts } from '../domain/instructions/instruction-ledger';
import { sessionLabelOf, type Proposal } from '../domain/proposals/proposal';

export interface InstructionLedger {
  entries: InstructionEntry[];
  /** Of every instruction of the year, whatever the level filter. */
  counts: InstructionLevelCounts;
}

/**
 * A record's 批示 are dated on or after the record itself, so a year's instructions sit on
 * records of that year or earlier: the year indexes bound the read.
 */
export async function loadInstructionLedger(db: LedgerDatabase, year: number, level?: InstructionLevel | null): Promise<InstructionLedger> {
  const [activities, proposals, opinions] = await Promise.all([
    db.activities.where('year').belowOrEqual(year).filter((a) => liveRows(a.instructions).length > 0).toArray(),
    db.proposals.where('year').belowOrEqual(year).filter((p) => liveRows(p.instructions).length > 0).toArray(),
    db.opinions.where('year').belowOrEqual(year).filter((o) => liveRows(o.instructions).length > 0).toArray(),
  ]);
  const sources = {
    activities,
    proposals: proposals.map((p) => ({ ...p, title: `${sessionLabelOf(p)}第${p.number}号《${p.title}》` })),
    opinions,
  };
  const all = collectInstructions(sources, year);
  return { entries: level === undefined ? all : all.filter((e) => e.level === level), counts: countInstructionsByLevel(all) };
}

/** Adds a leader's 批示 to a proposal: the level is required, the date not before the proposal arrived. */
export async function addProposalInstruction(db: LedgerDatabase, proposalId: string, input: unknown): Promise<Validated<Proposal>> {
  const v = validateWith(instructionInputSchema, input);
  if (!v.ok) return v;
  return db.transaction('rw', db.proposals, async (): Promise<Validated<Proposal>> => {
    const p = await db.proposals.get(proposalId);
    if (!p || p.deletedAt !== null) return { ok: false, errors: { _: '该提案不存在或已被删除' } };
    if (v.value.date < p.receivedDate) return { ok: false, errors: { date: '批示日期不能早于提案收到日期' } };
    const at = nowIso();
    const proposal = { ...p, instructions: [...p.instructions, newRow(v.value, at)], updatedAt: at };
    await db.proposals.put(proposal);
    return { ok: true, value: proposal };
  });
}

/** Takes one 批示 (by its row id) off: it stays in the list as a tombstone, so the removal travels to other PCs. */
export async function removeProposalInstruction(db: LedgerDatabase, proposalId: string, instructionId: string): Promise<Validated<Proposal>> {
  return db.transaction('rw', db.proposals, async (): Promise<Validated<Proposal>> => {
    const p = await db.proposals.get(proposalId);
    if (!p || p.deletedAt !== null) return { ok: false, errors: { _: '该提案不存在或已被删除' } };
    if (!liveRows(p.instructions).some((i) => i.id === instructionId)) return { ok: false, errors: { _: '该批示不存在' } };
    const at = nowIso();
    const proposal = { ...p, instructions: takeOffRow(p.instructions, instructionId, at), updatedAt: at };
    await db.proposals.put(proposal);
    return { ok: true, value: proposal };
  });
}
