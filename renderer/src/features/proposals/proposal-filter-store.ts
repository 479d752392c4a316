// The proposal screens' chosen session, filters and scope. UI state only, so a screen comes back
// the same way after the user opens a proposal and returns. The list and the board work on one
// session; the dashboard and the per-unit table on a session or on the year the shell shows.
import { create } from 'zustand';
import type { ProposalFilter } from '../../db/proposals-repo';

export type ProposalListFilter = Pick<ProposalFilter, 'stage' | 'unit' | 'replyClass' | 'key' | 'overdue'>;

export type ScopeKind = 'session' | 'year';

interface ProposalFilterState {
  sessionKey: string | undefined;
  filter: ProposalListFilter;
  scopeKind: ScopeKind;
  sessionChosen: (sessionKey: string) => void;
  filterChanged: (patch: ProposalListFilter) => void;
  scopeKindChosen: (kind: ScopeKind) => void;
}

export const useProposalFilterStore = create<ProposalFilterState>((set) => ({
  sessionKey: undefined,
  filter: {},
  scopeKind: 'session',
  sessionChosen: (sessionKey) => set({ sessionKey }),
  filterChanged: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  scopeKindChosen: (scopeKind) => set({ scopeKind }),
}));
