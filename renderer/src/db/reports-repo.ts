// What the 报告 screen reads and writes: the whole ledger its figures count from, and the
// office's templates and layout, kept in the settings record (domain/settings/report-settings.ts)
// so that backups carry them. Everything read back is validated again: a template that no
// longer passes (hand-edited, or written by a different version) is set aside with a message
// and the default used instead, never handed to the report as it is.
import type { LedgerDatabase } from './database';
import type { Ledger } from '../domain/ledger/ledger';
import { readWholeLedger } from './backup-repo';
import { parseReportTemplate, REPORT_KIND_LABELS, REPORT_TEMPLATE_KINDS, reportTemplateSchema, type ReportKind, type ReportTemplate } from '../domain/report/report-template';
import { reportLayoutSettingsSchema, type ReportLayoutSettings, type ReportSettings } from '../domain/settings/report-settings';
import { validateWith, type Validated } from '../domain/common/validation';
import { nowIso } from '../domain/common/record';

const NO_COMMITTEE = { ok: false, errors: { _: '请先完成政协基本信息设置' } } as const;

/** The ledger the figures count from. Attachments' bytes are no figure's business and are dropped. */
export async function loadReportLedger(db: LedgerDatabase): Promise<Ledger> {
  const ledger = await readWholeLedger(db);
  return { ...ledger, attachments: [] };
}

export interface LoadedReportSettings {
  settings: ReportSettings;
  /** Saved templates that failed validation and are not used, in Chinese. */
  problems: string[];
}

export async function loadReportSettings(db: LedgerDatabase): Promise<LoadedReportSettings> {
  const stored = (await db.settings.get('committee'))?.reports;
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

/** Writes one part of the report settings beside the rest of the settings record. */
async function updateReportSettings(db: LedgerDatabase, change: (current: ReportSettings) => ReportSettings): Promise<boolean> {
  return db.transaction('rw', db.settings, async () => {
    const existing = await db.settings.get('committee');
    if (!existing) return false;
    await db.settings.put({ ...existing, reports: change(existing.reports ?? { templates: {} }), updatedAt: nowIso() });
    return true;
  });
}

export async function saveReportTemplate(db: LedgerDatabase, input: unknown): Promise<Validated<ReportTemplate>> {
  const checked = validateWith(reportTemplateSchema, input) as Validated<ReportTemplate>;
  if (!checked.ok) return checked;
  const template = checked.value;
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
