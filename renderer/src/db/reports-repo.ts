// What the 报告 screen reads and writes: the ledger its figures count from (one year's part), and the
// office's templates and layout, kept in the settings record (domain/settings/report-settings.ts)
// so that backups carry them. Everything read back is validated again: a template that no
// longer passes (hand-edited, or written by a different version) is set aside with a message
// and the default used instead, never handed to the report as it is.
import { Dexie } from 'dexie';
import type { LedgerDatabase } from './database';
import type { Ledger, LedgerArrays } from '../domain/ledger/ledger';
import type { LedgerRows } from '../domain/ledger/ledger-tables';
import type { Activity } from '../domain/activities/activity';
import type { PlanItem } from '../domain/plans/plan';
import { ARRAY_TABLES, ledgerOfTables, putRows, type ArrayTable } from '../domain/ledger/ledger-arrays';
import { readWholeLedger } from './backup-repo';
import { readScoreRulesRecord } from './score-rules-repo';
import { parseReportTemplate, REPORT_KIND_LABELS, REPORT_TEMPLATE_KINDS, type ReportKind, type ReportTemplate } from '../domain/report/report-template';
import { templateProblems } from '../domain/report/template-check';
import { reportLayoutSettingsSchema, styleInForce, type ReportLayoutSettings, type ReportSettings } from '../domain/settings/report-settings';
import type { ReportStyle } from '../domain/report/report-style';
import { validateWith, type Validated } from '../domain/common/validation';
import { nowIso } from './clock';
import { getSettings, putSettings } from './settings-repo';

const NO_COMMITTEE = { ok: false, errors: { _: '请先完成政协基本信息设置' } } as const;

/**
 * What a report's figures for one year read: the year's activities, proposals and 社情民意 by
 * their `year` index, and every other table whole. Ten years of a big county's activities and
 * proposals are most of the database; a year's report needs one. What looks beyond the year:
 * - members and the dictionary (terms, 在任 on the 截至 date, categories): read whole;
 * - a session's proposals (提案工作情况报告 "×届×次会议以来"), whatever their year: added by
 *   the `[sessionKey+number]` index when the scope names a session;
 * - 社情民意 received in an earlier year and compiled, adopted or given 批示 in this one
 *   (issue, adoption and 批示 dates are never before the receipt): every year up to this one,
 *   and those compiled into this year's issues by the `issue.year` index;
 * - the plan (工作要点): the year's items, an earlier year's item linked to one of this year's
 *   activities (carried over), and the earliest live item of all, which tells whether the office
 *   kept its plan before a year (民主评议's first year, evaluation-figures.ts) — picked from the
 *   table read whole (readYearPlans), so the figures never walk ten years of items;
 * - the smaller tables (民主评议 since its first year, stations …): read whole.
 * No figure counts attachments' bytes or the record history, so they are left out. Rows are in
 * primary-key order, as a whole-table read gives them, so every figure lists its records in the
 * same order either way (reports-repo-scope.test.ts compares the whole catalogue).
 */
export interface ReportLedgerScope {
  year: number;
  sessionKey?: string | undefined;
}

const YEAR_SCOPED_TABLES: ReadonlySet<ArrayTable> = new Set<ArrayTable>(['activities', 'proposals', 'opinions', 'plans']);
const NOT_COUNTED_TABLES: ReadonlySet<ArrayTable> = new Set<ArrayTable>(['attachments', 'history']);
/** The tables a year's figures read whole. */
const WHOLE_TABLES = ARRAY_TABLES.filter((t) => !YEAR_SCOPED_TABLES.has(t) && !NOT_COUNTED_TABLES.has(t));

function byId<T extends { id: string }>(...lists: T[][]): T[] {
  const unique = new Map<string, T>();
  for (const list of lists) for (const row of list) unique.set(row.id, row);
  // IndexedDB orders string keys by UTF-16 code units, as `<` does (localeCompare would not).
  return [...unique.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The plan items a year's figures read (above); `activities`: the year's, as read. The table is
 * read whole in one request and picked here: asking its indexes for each of the year's activities
 * (anyOf) walks a cursor key by key and took longer than reading every item.
 */
async function readYearPlans(db: LedgerDatabase, year: number, activities: Promise<Activity[]>): Promise<PlanItem[]> {
  const [all, yearActivities] = await Promise.all([db.plans.toArray(), activities]);
  const activityIds = new Set(yearActivities.map((a) => a.id));
  const kept: PlanItem[] = [];
  // The first live item in the year index's order (year, then id); `all` is in id order, so a later item of the same year never replaces it.
  let earliest: PlanItem | undefined;
  for (const item of all) {
    if (item.deletedAt === null && (earliest === undefined || item.year < earliest.year)) earliest = item;
    if (item.year === year || (item.activityId !== null && activityIds.has(item.activityId))) kept.push(item);
  }
  return byId(kept, earliest ? [earliest] : []);
}

async function readYearLedger(db: LedgerDatabase, scope: ReportLedgerScope): Promise<Ledger> {
  const { year, sessionKey } = scope;
  return db.transaction('r', db.ledgerTables, async () => {
    const whole: Partial<LedgerArrays> = {};
    const readWhole = async <T extends ArrayTable>(table: T) => putRows(whole, table, await db.table<LedgerRows[T]>(table).toArray());
    const yearActivities = db.activities.where('year').equals(year).toArray();
    const [settings, scoreRules, activities, plans, yearProposals, sessionProposals, openedOpinions, compiledOpinions] = await Promise.all([
      getSettings(db),
      readScoreRulesRecord(db),
      yearActivities,
      readYearPlans(db, year, yearActivities),
      db.proposals.where('year').equals(year).toArray(),
      sessionKey ? db.proposals.where('[sessionKey+number]').between([sessionKey, Dexie.minKey], [sessionKey, Dexie.maxKey]).toArray() : Promise.resolve([]),
      db.opinions.where('year').belowOrEqual(year).toArray(),
      db.opinions.where('issue.year').equals(year).toArray(),
      Promise.all(WHOLE_TABLES.map(readWhole)),
    ]);
    const ledger = ledgerOfTables({
      ...whole,
      activities: byId(activities),
      plans,
      proposals: byId(yearProposals, sessionProposals),
      opinions: byId(openedOpinions, compiledOpinions),
    });
    return { ...ledger, settings: settings ?? null, ...(scoreRules ? { scoreRules } : {}) };
  });
}

/**
 * The ledger the figures count from: for a scope, only what that year's figures read (above);
 * without one, the whole ledger. Attachments' bytes are no figure's business and are dropped.
 */
export async function loadReportLedger(db: LedgerDatabase, scope?: ReportLedgerScope): Promise<Ledger> {
  if (scope) return readYearLedger(db, scope);
  const ledger = await readWholeLedger(db);
  return { ...ledger, attachments: [] };
}

export interface LoadedReportSettings {
  settings: ReportSettings;
  /** Saved templates that failed validation and are not used, in Chinese. */
  problems: string[];
}

export async function loadReportSettings(db: LedgerDatabase): Promise<LoadedReportSettings> {
  const stored = (await getSettings(db))?.reports;
  const problems: string[] = [];
  const templates: ReportSettings['templates'] = {};
  for (const kind of REPORT_TEMPLATE_KINDS) {
    const raw = stored?.templates[kind];
    if (raw === undefined) continue;
    const checked = parseReportTemplate(raw);
    if (checked.ok && checked.value.kind === kind) templates[kind] = checked.value;
    else problems.push(`已保存的“${REPORT_KIND_LABELS[kind]}”模板有误（${checked.ok ? '类型不符' : Object.values(checked.errors)[0]}），暂用默认模板`);
  }
  const layout = stored?.layout === undefined ? undefined : validateWith(reportLayoutSettingsSchema, stored.layout);
  if (layout && !layout.ok) problems.push(`已保存的版式设置有误（${Object.values(layout.errors)[0]}），暂用默认版式`);
  return { settings: layout?.ok ? { templates, layout: layout.value } : { templates }, problems };
}

/** How the office writes rates and ranges (版式设置), for screens that print figures as its reports do; the defaults where its saved layout does not read. */
export async function loadReportStyle(db: LedgerDatabase): Promise<ReportStyle> {
  const stored = (await getSettings(db))?.reports?.layout;
  const layout = stored === undefined ? undefined : validateWith(reportLayoutSettingsSchema, stored);
  return styleInForce(layout?.ok ? { templates: {}, layout: layout.value } : undefined);
}

/** Writes one part of the report settings beside the rest of the settings record. */
async function updateReportSettings(db: LedgerDatabase, change: (current: ReportSettings) => ReportSettings): Promise<boolean> {
  return db.transaction('rw', db.settings, async () => {
    const existing = await getSettings(db);
    if (!existing) return false;
    await putSettings(db, { ...existing, reports: change(existing.reports ?? { templates: {} }), updatedAt: nowIso() });
    return true;
  });
}

/** Saves a template that validates and names only known figures; otherwise nothing is written and the errors name the clause. */
export async function saveReportTemplate(db: LedgerDatabase, input: unknown): Promise<Validated<ReportTemplate>> {
  const checked = parseReportTemplate(input);
  if (!checked.ok) return checked;
  const template = checked.value;
  // An office's own activity types are figures only in the ledger whose dictionary has them.
  const problems = templateProblems(template, await db.dictionary.toArray());
  if (problems.length) return { ok: false, errors: { _: problems.join('；') } };
  const saved = await updateReportSettings(db, (current) => ({ ...current, templates: { ...current.templates, [template.kind]: template } }));
  return saved ? checked : NO_COMMITTEE;
}

/** Forgets the office's version of a kind: the default is in force again. */
export async function resetReportTemplate(db: LedgerDatabase, kind: ReportKind): Promise<void> {
  await updateReportSettings(db, (current) => {
    const templates = { ...current.templates };
    delete templates[kind];
    return { ...current, templates };
  });
}

export async function saveReportLayout(db: LedgerDatabase, input: unknown): Promise<Validated<ReportLayoutSettings>> {
  const checked = validateWith(reportLayoutSettingsSchema, input);
  if (!checked.ok) return checked;
  const saved = await updateReportSettings(db, (current) => ({ ...current, layout: checked.value }));
  return saved ? checked : NO_COMMITTEE;
}
