// The proposal list's chosen session and filters. UI state only, so the list comes back the same
// way after the user opens a proposal and returns.
import { create } from 'zustand';
import type { ProposalFilter } from '../../db/proposals-repo';

export type ProposalListFilter = Pick<ProposalFilter, 'stage' | 'unit' | 'replyClass' | 'key' | 'overdue'>;

interface ProposalFilterState {
  sessionKey: string | undefined;
  filter: ProposalListFilter;
  sessionChosen: (sessionKey: string) => void;
  filterChanged: (patch: ProposalListFilter) => void;
}

export const useProposalFilterStore = create<ProposalFilterState>((set) => ({
  sessionKey: undefined,
  filter: {},
  sessionChosen: (sessionKey) => set({ sessionKey }),
  filterChanged: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
}));
