// For the proposal tests (domain and db): proposals built through the real steps, so a fixture
// can only be in a state the program itself can reach. A refused step throws, naming why.
import type { BaseRecord } from '../common/record';
import { DEFAULT_UNITS } from '../dictionaries/default-dictionaries';
import type { Proposal, ProposalFields } from './proposal';
import { createProposal } from './proposal-review';
import { applyProposalTransition, type TransitionKind } from './proposal-transitions';
import { DEFAULT_PROPOSAL_SETTINGS } from './proposal-settings';
import type { ProposalRules } from './proposal-step';

export const TEST_RULES: ProposalRules = { settings: DEFAULT_PROPOSAL_SETTINGS, units: DEFAULT_UNITS };

export function proposalFields(extra: Partial<ProposalFields> = {}): ProposalFields {
  return {
    term: 9, session: 2, title: '关于加快城区停车场建设的建议', category: '经济', proposerKind: '个人', leadMemberId: 'm1', coSignerIds: [],
    collectiveKind: null, collectiveName: '', receivedDate: '2025-01-10', text: '', ...extra,
  };
}

function stampOf(id: string): BaseRecord {
  return { id, createdAt: '2025-01-10T09:00:00.000Z', updatedAt: '2025-01-10T09:00:00.000Z', deletedAt: null };
}

export function submitted(id: string, number: number, extra: Partial<ProposalFields> = {}): Proposal {
  return createProposal(proposalFields(extra), number, '韦小宝', stampOf(id));
}

/** Applies a step that must succeed. */
export function step(p: Proposal, kind: TransitionKind, input: unknown, date = '2025-02-01', rules: ProposalRules = TEST_RULES, target?: Proposal): Proposal {
  const r = applyProposalTransition(p, { kind, input }, { operator: '韦小宝', date, at: `${date}T08:00:00.000Z` }, rules, target);
  if (!r.ok) throw new Error(`${kind} refused: ${JSON.stringify(r.errors)}`);
  return r.proposal;
}

export const reply = (unit: string, replyClass: string, faceToFace = false, date = '2025-04-01') => ({ unit, date, replyClass, summary: '', faceToFace });
export const feedback = (rating: string, date = '2025-04-20') => ({ date, rating, note: '' });
export const assign = (mainUnit: string, coUnits: string[] = []) => ({ mainUnit, coUnits, assignedDate: '2025-02-10', note: '' });

/** 立案 and 交办 to the units given. */
export function assigned(id: string, number: number, mainUnit: string, coUnits: string[] = [], extra: Partial<ProposalFields> = {}): Proposal {
  return step(step(submitted(id, number, extra), 'accept', { note: '' }), 'assign', assign(mainUnit, coUnits), '2025-02-10');
}
