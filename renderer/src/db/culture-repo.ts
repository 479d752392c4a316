// 文史资料 and 委员事迹采访: a year's records by kind, entering and correcting one, soft delete,
// and the figures of a year. The domain checks the input first.
import type { LedgerDatabase } from './database';
import { freshStamp } from '../domain/common/record';
import { nowIso } from './clock';
import { toIsoDate } from '../domain/common/dates';
import type { Validated } from '../domain/common/validation';
import { validateCultureInput, withCultureYear, type CultureRecord } from '../domain/culture/culture';
import { computeCultureFigures, type CultureFigures } from '../domain/culture/culture-figures';

export async function listCulture(db: LedgerDatabase, year: number): Promise<CultureRecord[]> {
  return (await db.culture.where('year').equals(year).filter((r) => r.deletedAt === null).toArray()).sort((a, b) => b.date.localeCompare(a.date));
}

export async function saveCulture(db: LedgerDatabase, id: string | undefined, input: unknown): Promise<Validated<CultureRecord>> {
  const today = toIsoDate(new Date());
  const before = id ? await db.culture.get(id) : undefined;
  const memberIds = new Set(await db.members.filter((m) => m.deletedAt === null).primaryKeys());
  if (before?.kind === '采访') memberIds.add(before.memberId);
  const checked = validateCultureInput(input, memberIds, today);
  if (!checked.ok) return checked;
  const at = nowIso();
  return db.transaction('rw', db.culture, async (): Promise<Validated<CultureRecord>> => {
    const existing = id ? await db.culture.get(id) : undefined;
    if (id && (!existing || existing.deletedAt !== null)) return { ok: false, errors: { _: '该记录不存在或已被删除' } };
    const stamp = existing ? { id: existing.id, createdAt: existing.createdAt, updatedAt: at, deletedAt: null } : freshStamp(at);
    const record: CultureRecord = withCultureYear({ ...stamp, ...checked.value, isSample: existing?.isSample ?? false });
    await db.culture.put(record);
    return { ok: true, value: record };
  });
}

export async function deleteCulture(db: LedgerDatabase, id: string): Promise<void> {
  const at = nowIso();
  await db.culture.update(id, { deletedAt: at, updatedAt: at });
}

export async function loadCultureFigures(db: LedgerDatabase, year: number, until?: string): Promise<CultureFigures> {
  return computeCultureFigures(await db.culture.where('year').equals(year).toArray(), year, until);
}
