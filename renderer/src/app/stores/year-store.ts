// The year every list, figure and report works on. UI state only (records live in Dexie); kept
// in localStorage so the program reopens on the year the user was working on.
import { create } from 'zustand';

const KEY = 'cppcc-ledger.year';

function initialYear(): number {
  const stored = Number(globalThis.localStorage?.getItem(KEY));
  return Number.isInteger(stored) && stored > 1900 ? stored : new Date().getFullYear();
}

interface YearState {
  year: number;
  yearSelected: (year: number) => void;
}

export const useYearStore = create<YearState>((set) => ({
  year: initialYear(),
  yearSelected: (year) => {
    globalThis.localStorage?.setItem(KEY, String(year));
    set({ year });
  },
}));

export const useSelectedYear = () => useYearStore((s) => s.year);
