// What every stored record carries: a random id, when it was made and last changed, and when it
// was put in the recycle bin (null while live). `updatedAt` is what a later merge between PCs
// compares; deleting only sets `deletedAt`, so nothing a user typed is lost until purged.
import { z } from 'zod';

export interface BaseRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export const baseRecordSchema = z.object({
  id: z.string().min(1).max(64),
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
  deletedAt: z.string().datetime({ offset: true }).nullable(),
});

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** A new record's bookkeeping fields, stamped at one instant. */
export function freshStamp(at: string): BaseRecord {
  return { id: newId(), createdAt: at, updatedAt: at, deletedAt: null };
}

export function isLive(record: { deletedAt: string | null }): boolean {
  return record.deletedAt === null;
}
