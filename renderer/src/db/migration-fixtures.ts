// For the migration test: a small ledger as each schema version stored it (`stored`, rows in that
// version's shape), and the ledger the newest code must read from it (`expected`). When you add a
// schema version, add its fixture here — the test then opens a database made at every earlier
// version with the newest code and checks nothing was lost. Never edit a released version's
// `stored`; when a new version changes the shape, update the `expected` of the older ones.
import { generateLedger } from '../domain/sample/generate-ledger';
import type { Ledger } from '../domain/ledger/ledger';

/** Rows as a version wrote them: only the tables that version had. */
export interface StoredTables {
  settings: Ledger['settings'];
  dictionary: object[];
  members: object[];
  activities: object[];
  proposals: object[];
  opinions?: object[];
}

export interface VersionFixture {
  stored: StoredTables;
  expected: Ledger;
}

let n = 0;
const sequentialId = () => `fixture-${++n}`;

const v1Size = { firstYear: 2024, years: 2, members: 12, activitiesPerYear: 6, participantsPerActivity: 5, proposalsPerYear: 5, seed: 7 };

/**
 * Version 1: no 社情民意 table, 批示 (on activities only) without a level, proposals without
 * 批示. Read at version 2 the 批示 are 未注明 (level null) and every proposal has none.
 */
function versionOne(): VersionFixture {
  const expected = generateLedger(v1Size, sequentialId);
  expected.activities[0]!.instructions = [{ level: null, leader: '县委书记', date: expected.activities[0]!.startDate, text: '请认真研究。' }];
  expected.activities[2]!.instructions = [
    { level: null, leader: '县长', date: expected.activities[2]!.startDate, text: '' },
    { level: null, leader: '副市长', date: expected.activities[2]!.startDate, text: '转市有关部门参阅。' },
  ];
  const stored: StoredTables = {
    settings: expected.settings,
    dictionary: expected.dictionary,
    members: expected.members,
    activities: expected.activities.map((a) => ({ ...a, instructions: a.instructions.map(({ level: _level, ...rest }) => rest) })),
    proposals: expected.proposals.map(({ instructions: _instructions, ...rest }) => rest),
  };
  return { stored, expected };
}

/** Version 2: 社情民意 items, 批示 with levels on activities, proposals and items. */
function versionTwo(): VersionFixture {
  const expected = generateLedger({ ...v1Size, opinionsPerYear: 8 }, sequentialId);
  expected.activities[1]!.instructions = [{ level: '市', leader: '副市长', date: expected.activities[1]!.startDate, text: '' }];
  expected.proposals[0]!.instructions = [{ level: '县', leader: '县长', date: expected.proposals[0]!.receivedDate, text: '请抓紧办理。' }];
  const { settings, dictionary, members, activities, proposals, opinions } = expected;
  return { stored: { settings, dictionary, members, activities, proposals, opinions }, expected };
}

export const LEDGER_AT_VERSION: Record<number, () => VersionFixture> = {
  1: versionOne,
  2: versionTwo,
};
