// 委员履职主题实践活动: a year's campaign (one per year), linking the year's activities to it,
// soft delete, and the figures of a year. The domain checks the input first.
import type { LedgerDatabase } from './database';
import { freshStamp } from '../domain/common/record';
import { nowIso } from './clock';
import type { Validated } from '../domain/common/validation';
import { validateCampaignInput, type Campaign } from '../domain/campaigns/campaign';
import { computeCampaignFigures, type CampaignFigures } from '../domain/campaigns/campaign-figures';
import type { Activity } from '../domain/activities/activity';

export async function getCampaignOfYear(db: LedgerDatabase, year: number): Promise<Campaign | null> {
  return (await db.campaigns.where('year').equals(year).filter((c) => c.deletedAt === null).first()) ?? null;
}

/** Enters the year's campaign (id undefined) or corrects it; a year has one. */
export async function saveCampaign(db: LedgerDatabase, id: string | undefined, input: unknown): Promise<Validated<Campaign>> {
  const year = (input as { year?: unknown } | null)?.year;
  const years = new Map<string, number>();
  if (typeof year === 'number') {
    for (const a of await db.activities.where('year').equals(year).filter((x) => x.deletedAt === null).toArray()) years.set(a.id, a.year);
  }
  const ids = (input as { activityIds?: unknown } | null)?.activityIds;
  // An activity of another year is named as such, not as missing.
  if (Array.isArray(ids)) {
    for (const a of await db.activities.bulkGet(ids.filter((x): x is string => typeof x === 'string' && !years.has(x)))) if (a && a.deletedAt === null) years.set(a.id, a.year);
  }
  const checked = validateCampaignInput(input, (activityId) => years.get(activityId));
  if (!checked.ok) return checked;
  const at = nowIso();
  return db.transaction('rw', db.campaigns, async (): Promise<Validated<Campaign>> => {
    const existing = id ? await db.campaigns.get(id) : undefined;
    if (id && (!existing || existing.deletedAt !== null)) return { ok: false, errors: { _: '该主题实践活动不存在或已被删除' } };
    const twin = await db.campaigns.where('year').equals(checked.value.year).filter((c) => c.deletedAt === null && c.id !== id).first();
    if (twin) return { ok: false, errors: { year: `${checked.value.year}年已有主题实践活动“${twin.theme}”，每年开展一个` } };
    const campaign: Campaign = existing ? { ...existing, ...checked.value, updatedAt: at } : { ...freshStamp(at), ...checked.value, isSample: false };
    await db.campaigns.put(campaign);
    return { ok: true, value: campaign };
  });
}

export async function deleteCampaign(db: LedgerDatabase, id: string): Promise<void> {
  const at = nowIso();
  await db.campaigns.update(id, { deletedAt: at, updatedAt: at });
}

/** The live activities of a year, by date, to pick from. */
export async function listYearActivities(db: LedgerDatabase, year: number): Promise<Activity[]> {
  return (await db.activities.where('year').equals(year).filter((a) => a.deletedAt === null).toArray()).sort((a, b) => a.startDate.localeCompare(b.startDate));
}

export async function loadCampaignFigures(db: LedgerDatabase, year: number, until?: string): Promise<CampaignFigures> {
  const [campaigns, activities] = await Promise.all([db.campaigns.where('year').equals(year).toArray(), db.activities.where('year').equals(year).toArray()]);
  return computeCampaignFigures(campaigns, activities, year, until);
}
