// For the migration test: a small ledger as each schema version stored it. When you add a
// schema version, add its fixture here (records in that version's shape) — the test then opens
// a database made at every earlier version with the newest code and checks nothing was lost.
import { generateLedger } from '../domain/sample/generate-ledger';
import type { Ledger } from '../domain/ledger/ledger';

let n = 0;
const sequentialId = () => `fixture-${++n}`;

export const LEDGER_AT_VERSION: Record<number, () => Ledger> = {
  1: () => generateLedger({ firstYear: 2024, years: 2, members: 12, activitiesPerYear: 6, participantsPerActivity: 5, proposalsPerYear: 5, seed: 7 }, sequentialId),
};
