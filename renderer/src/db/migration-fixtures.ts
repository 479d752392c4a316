// For the migration test: a small ledger as each schema version stored it (`stored`, rows in that
// version's shape), and the ledger the newest code must read from it (`expected`). When you add a
// schema version, add its fixture here — the test then opens a database made at every earlier
// version with the newest code and checks nothing was lost. Never edit a released version's
// `stored`; when a new version changes the shape, update the `expected` of the older ones.
import { generateLedger } from '../domain/sample/generate-ledger';
import type { Ledger } from '../domain/ledger/ledger';
import { DEFAULT_SCORE_RULES, SCORE_RULES_ID } from '../domain/scores/score-rules';
import { withRowStamps } from '../domain/ledger/embedded-lists';
import { newRow } from '../domain/common/row-stamps';

/** Dictionary entries as versions 1 and 2 wrote them: activity types and 提案类别 had no code. */
const withoutCodes = (entries: Ledger['dictionary']) => entries.map(({ code: _code, ...rest }) => rest);

/** Rows as a version wrote them: only the tables that version had. */
export interface StoredTables {
  settings: Ledger['settings'];
  dictionary: object[];
  members: object[];
  activities: object[];
  proposals: object[];
  opinions?: object[];
  /** The settings table's 履职积分 row, when the office had saved its own rules. */
  scoreRules?: object;
}

export interface VersionFixture {
  stored: StoredTables;
  expected: Ledger;
}

/**
 * A record's embedded rows as versions 1 and 2 wrote them: attendance rows (and deeds) had their
 * own id and stamps already; replies, feedback and steps an id but no stamps; 批示 and a station's
 * work log neither.
 */
const ROWS_BEFORE_STAMPS: Record<string, Record<string, 'id' | 'nothing'>> = {
  activities: { instructions: 'nothing' },
  proposals: { replies: 'id', feedback: 'id', history: 'id', instructions: 'nothing' },
  opinions: { instructions: 'nothing' },
};

function withoutRowStamps<T extends object>(table: string, record: T): T {
  const out = { ...record } as Record<string, unknown>;
  for (const [list, kept] of Object.entries(ROWS_BEFORE_STAMPS[table] ?? {})) {
    const rows = out[list];
    if (!Array.isArray(rows)) continue;
    out[list] = (rows as Record<string, unknown>[]).map(({ id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...rest }) => (kept === 'id' ? { id, ...rest } : rest));
  }
  return out as T;
}

/** Tables as version 1 or 2 stored them, and as the version-3 upgrade stamps their rows (what the newest code reads). */
function beforeAndAfterRowStamps<T extends object>(table: string, rows: readonly T[]): { stored: T[]; expected: T[] } {
  const stored = rows.map((r) => withoutRowStamps(table, r));
  return { stored, expected: stored.map((r) => withRowStamps(table, r)) };
}

/** A 批示 as a fixture sets it: stamped like the record it is on, so the version-3 upgrade leaves it as it is. */
const ins = <T extends object>(fields: T) => newRow(fields, '2024-01-01T00:00:00.000Z');

let n = 0;
const sequentialId = () => `fixture-${++n}`;

const v1Size = { firstYear: 2024, years: 2, members: 12, activitiesPerYear: 6, participantsPerActivity: 5, proposalsPerYear: 5, seed: 7 };

/**
 * Version 1: no 社情民意 table, 批示 (on activities only) without a level, proposals without
 * 批示. Read at version 2 the 批示 are 未注明 (level null) and every proposal has none.
 */
function versionOne(): VersionFixture {
  const expected = generateLedger(v1Size, sequentialId);
  expected.activities[0]!.instructions = [ins({ level: null, leader: '县委书记', date: expected.activities[0]!.startDate, text: '请认真研究。' })];
  expected.activities[2]!.instructions = [
    ins({ level: null, leader: '县长', date: expected.activities[2]!.startDate, text: '' }),
    ins({ level: null, leader: '副市长', date: expected.activities[2]!.startDate, text: '转市有关部门参阅。' }),
  ];
  const activities = beforeAndAfterRowStamps('activities', expected.activities);
  const proposals = beforeAndAfterRowStamps('proposals', expected.proposals);
  const stored: StoredTables = {
    settings: expected.settings,
    dictionary: withoutCodes(expected.dictionary),
    members: expected.members,
    activities: activities.stored.map((a) => ({ ...a, instructions: a.instructions.map(({ level: _level, ...rest }) => rest) })),
    proposals: proposals.stored.map(({ instructions: _instructions, ...rest }) => rest),
  };
  // Version 1 had no 批示 on proposals: the version-2 upgrade gives each an empty list.
  return { stored, expected: { ...expected, activities: activities.expected, proposals: proposals.expected } };
}

/**
 * Version 2: 社情民意 items, 批示 with levels on activities, proposals and items. The office had
 * deleted 视察 and added 专题视察 (category 视察) in its place, and saved 积分 rules that name
 * types: read at version 3, 专题视察 is the 视察 type (code inspection, found by its category)
 * and the rules name types by code.
 */
function versionTwo(): VersionFixture {
  const expected = generateLedger({ ...v1Size, opinionsPerYear: 8 }, sequentialId);
  expected.activities[1]!.instructions = [ins({ level: '市', leader: '副市长', date: expected.activities[1]!.startDate, text: '' })];
  expected.proposals[0]!.instructions = [ins({ level: '县', leader: '县长', date: expected.proposals[0]!.receivedDate, text: '请抓紧办理。' })];
  const old = expected.dictionary.find((e) => e.code === 'inspection')!;
  const at = old.updatedAt;
  old.deletedAt = at;
  expected.dictionary.push({ ...old, id: 'fixture-zhuanti-shicha', name: '专题视察', deletedAt: null, order: 40 });
  for (const a of expected.activities) if (a.type === '视察') a.type = '专题视察';
  expected.activities[3]!.type = '专题视察';
  const rules = (types: { plenary: string; inspection: string }) => ({
    id: SCORE_RULES_ID as typeof SCORE_RULES_ID,
    updatedAt: at,
    rules: {
      ...DEFAULT_SCORE_RULES,
      rules: DEFAULT_SCORE_RULES.rules.map((r) =>
        r.source.kind !== 'attendance' ? r
          : r.id === 'plenary' ? { ...r, source: { ...r.source, activityTypes: [types.plenary] } }
            : r.id === 'meetings' ? { ...r, source: { ...r.source, excludeTypes: [types.plenary] } }
              : r.id === 'inspection' ? { ...r, source: { ...r.source, activityTypes: [types.inspection], activityCategories: ['调研' as const] } }
                : r),
    },
  });
  expected.scoreRules = rules({ plenary: 'plenary', inspection: 'inspection' });
  const { settings, dictionary, members } = expected;
  const [activities, proposals, opinions] = [beforeAndAfterRowStamps('activities', expected.activities), beforeAndAfterRowStamps('proposals', expected.proposals), beforeAndAfterRowStamps('opinions', expected.opinions)];
  return {
    stored: { settings, dictionary: withoutCodes(dictionary), members, activities: activities.stored, proposals: proposals.stored, opinions: opinions.stored, scoreRules: rules({ plenary: '全体会议', inspection: '专题视察' }) },
    expected: { ...expected, activities: activities.expected, proposals: proposals.expected, opinions: opinions.expected },
  };
}

/** Version 3: activity types and 提案类别 with codes, embedded rows with their own stamps, as this version writes them. */
function versionThree(): VersionFixture {
  const expected = generateLedger({ ...v1Size, opinionsPerYear: 8 }, sequentialId);
  const { settings, dictionary, members, activities, proposals, opinions } = expected;
  return { stored: { settings, dictionary, members, activities, proposals, opinions }, expected };
}

export const LEDGER_AT_VERSION: Record<number, () => VersionFixture> = {
  1: versionOne,
  2: versionTwo,
  3: versionThree,
};
