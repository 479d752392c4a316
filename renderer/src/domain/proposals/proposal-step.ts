// What every review and handling step shares: the result type, the refusal when a step does not
// fit the proposal's stage, and the new proposal with its history row appended. Steps never
// touch the proposal's updatedAt (the repository stamps it when it writes); the rows they add
// carry the step's stamp `by.at` (domain/common/row-stamps.ts).
import { newRow } from '../common/row-stamps';
import { validateWith, type FieldErrors } from '../common/validation';
import type { z } from 'zod';
import type { HistoryAction, Proposal, ProposalStage } from './proposal';
import { DEFAULT_PROPOSAL_SETTINGS, type ProposalSettings } from './proposal-settings';
import { isStepAllowed, type TransitionKind } from './proposal-steps';

export type TransitionResult = { ok: true; proposal: Proposal } | { ok: false; errors: FieldErrors };

/** What a step needs besides the proposal and its input: the office's settings and lists. */
export interface ProposalRules {
  settings: ProposalSettings;
  /** The units dictionary (承办单位). */
  units: readonly string[];
  /** The live activities' ids, for the 督办 activities of a key proposal; unchecked when absent. */
  activityIds?: ReadonlySet<string>;
}

export const DEFAULT_PROPOSAL_RULES: ProposalRules = { settings: DEFAULT_PROPOSAL_SETTINGS, units: [] };

export function refuse(errors: FieldErrors): TransitionResult {
  return { ok: false, errors };
}

/** Null when the step is allowed from the proposal's stage (proposal-steps' table), else the refusal saying why not. */
export function stageRefusal(p: Proposal, kind: TransitionKind, message: string): TransitionResult | null {
  if (p.deletedAt !== null) return refuse({ _: '该提案已被删除' });
  return isStepAllowed(p.stage, kind) ? null : refuse({ _: `${message}（当前状态：${p.stage}）` });
}

/** Parses a step's input; the refusal carries zod's Chinese messages keyed by field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): { ok: true; value: z.infer<S> } | { ok: false; result: TransitionResult } {
  const v = validateWith(schema, input);
  return v.ok ? v : { ok: false, result: refuse(v.errors) };
}

/** Who took a step, on which day, and the stamp of the write (the rows a step adds carry it). */
export interface StepBy {
  operator: string;
  date: string;
  at: string;
}

/** The proposal after a step: changed fields, the new stage, and the history row saying so. */
export function advance(p: Proposal, by: StepBy, action: HistoryAction, to: ProposalStage, note: string, changes: Partial<Proposal> = {}): Proposal {
  const row = newRow({ date: by.date, operator: by.operator, action, from: p.stage, to, note }, by.at);
  return { ...p, ...changes, stage: to, history: [...p.history, row] };
}
