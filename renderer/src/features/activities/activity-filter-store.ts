// The activity list's filters (type and text). UI state only, kept in a small slice so the list
// comes back filtered the same way after the user opens an activity and returns.
import { create } from 'zustand';

interface ActivityFilterState {
  type: string | undefined;
  query: string;
  typeChosen: (type: string | undefined) => void;
  queryTyped: (query: string) => void;
}

export const useActivityFilterStore = create<ActivityFilterState>((set) => ({
  type: undefined,
  query: '',
  typeChosen: (type) => set({ type }),
  queryTyped: (query) => set({ query }),
}));
