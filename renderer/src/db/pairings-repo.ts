// "三个一" / 结对帮扶: the links (member or 界别 → village and households), their deeds, soft
// delete, and the figures of a year. The domain checks the input first; each write runs in one
// transaction that reads the link again.
import type { LedgerDatabase } from './database';
import { freshStamp } from '../domain/common/record';
import { nowIso } from './clock';
import { toIsoDate } from '../domain/common/dates';
import type { Validated } from '../domain/common/validation';
import { liveDeeds, type Pairing } from '../domain/pairings/pairing';
import { checkDeed, validatePairingInput } from '../domain/pairings/pairing-inputs';
import { computePairingFigures, type PairingFigures } from '../domain/pairings/pairing-figures';
import { servingOn } from '../domain/members/member';
import { loadDictionaries } from './dictionary-repo';
import { compareChinese } from '../domain/common/chinese-order';

/** The live links, newest first. */
export async function listPairings(db: LedgerDatabase): Promise<Pairing[]> {
  return (await db.pairings.filter((p) => p.deletedAt === null).toArray()).sort((a, b) => b.startDate.localeCompare(a.startDate) || compareChinese(a.village, b.village));
}

export async function getPairing(db: LedgerDatabase, id: string): Promise<Pairing | undefined> {
  const p = await db.pairings.get(id);
  return p && p.deletedAt === null ? p : undefined;
}

export async function savePairing(db: LedgerDatabase, id: string | undefined, input: unknown): Promise<Validated<Pairing>> {
  const today = toIsoDate(new Date());
  const before = id ? await db.pairings.get(id) : undefined;
  const memberIds = new Set((await db.members.filter((m) => servingOn(m, today)).toArray()).map((m) => m.id));
  if (before?.memberId) memberIds.add(before.memberId);
  const dicts = await loadDictionaries(db);
  const sectors = before?.sector && !dicts.sector.includes(before.sector) ? [...dicts.sector, before.sector] : dicts.sector;
  const checked = validatePairingInput(input, { sectors, memberIds });
  if (!checked.ok) return checked;
  const at = nowIso();
  return db.transaction('rw', db.pairings, async (): Promise<Validated<Pairing>> => {
    const existing = id ? await db.pairings.get(id) : undefined;
    if (id && (!existing || existing.deletedAt !== null)) return { ok: false, errors: { _: '该结对记录不存在或已被删除' } };
    const firstDeed = (existing ? liveDeeds(existing) : []).map((d) => d.date).sort()[0];
    if (firstDeed && checked.value.startDate > firstDeed) return { ok: false, errors: { startDate: '结对日期不能晚于已登记的帮扶事项日期' } };
    const pairing: Pairing = existing ? { ...existing, ...checked.value, updatedAt: at } : { ...freshStamp(at), ...checked.value, deeds: [], isSample: false };
    await db.pairings.put(pairing);
    return { ok: true, value: pairing };
  });
}

export async function addDeed(db: LedgerDatabase, pairingId: string, input: unknown): Promise<Validated<Pairing>> {
  const today = toIsoDate(new Date());
  return db.transaction('rw', db.pairings, async (): Promise<Validated<Pairing>> => {
    const p = await db.pairings.get(pairingId);
    if (!p || p.deletedAt !== null) return { ok: false, errors: { _: '该结对记录不存在或已被删除' } };
    const deed = checkDeed(p, input, today);
    if (!deed.ok) return deed;
    const at = nowIso();
    const next: Pairing = { ...p, deeds: [...p.deeds, { ...freshStamp(at), ...deed.value }], updatedAt: at };
    await db.pairings.put(next);
    return { ok: true, value: next };
  });
}

/** Takes a deed back: it keeps its place with deletedAt set, like an attendance row. */
export async function removeDeed(db: LedgerDatabase, pairingId: string, deedId: string): Promise<void> {
  const at = nowIso();
  await db.transaction('rw', db.pairings, async () => {
    const p = await db.pairings.get(pairingId);
    if (!p) return;
    await db.pairings.put({ ...p, deeds: p.deeds.map((d) => (d.id === deedId ? { ...d, deletedAt: at, updatedAt: at } : d)), updatedAt: at });
  });
}

export async function deletePairing(db: LedgerDatabase, id: string): Promise<void> {
  const at = nowIso();
  await db.pairings.update(id, { deletedAt: at, updatedAt: at });
}

export async function loadPairingFigures(db: LedgerDatabase, year: number, until?: string): Promise<PairingFigures> {
  const [pairings, members] = await Promise.all([db.pairings.toArray(), db.members.toArray()]);
  return computePairingFigures(pairings, members, year, until);
}
