// The 社情民意 list's filters: UI state only, kept while the user moves between screens.
import { create } from 'zustand';
import type { AdoptionLevel } from '../../domain/opinions/opinion';

interface OpinionFilterState {
  /** An issue number; 0 for items in no issue yet; undefined for all. */
  issueNumber: number | undefined;
  adoptedAt: AdoptionLevel | undefined;
  query: string;
  issueChosen: (n: number | undefined) => void;
  levelChosen: (l: AdoptionLevel | undefined) => void;
  queryTyped: (q: string) => void;
}

export const useOpinionFilterStore = create<OpinionFilterState>((set) => ({
  issueNumber: undefined,
  adoptedAt: undefined,
  query: '',
  issueChosen: (issueNumber) => set({ issueNumber }),
  levelChosen: (adoptedAt) => set({ adoptedAt }),
  queryTyped: (query) => set({ query }),
}));
