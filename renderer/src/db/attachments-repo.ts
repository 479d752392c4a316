// Files kept with a record. Listing returns metadata only; the bytes are read when opened.
import type { LedgerDatabase } from './database';
import { attachmentProblem, type Attachment, type AttachmentOwnerKind } from '../domain/attachments/attachment';
import { freshStamp } from '../domain/common/record';
import { nowIso } from './clock';

export type AttachmentMeta = Omit<Attachment, 'data'>;

export async function listAttachments(db: LedgerDatabase, ownerId: string): Promise<AttachmentMeta[]> {
  const rows = await db.attachments.where('ownerId').equals(ownerId).toArray();
  return rows
    .filter((a) => a.deletedAt === null)
    .map(({ data: _data, ...meta }) => meta)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export type AddAttachmentResult = { ok: true; attachment: AttachmentMeta } | { ok: false; message: string };

export async function addAttachment(
  db: LedgerDatabase,
  owner: { kind: AttachmentOwnerKind; id: string },
  file: { name: string; mime: string; data: Uint8Array },
): Promise<AddAttachmentResult> {
  const problem = attachmentProblem(file.name, file.data.byteLength);
  if (problem) return { ok: false, message: problem };
  const attachment: Attachment = {
    ...freshStamp(nowIso()), ownerKind: owner.kind, ownerId: owner.id, name: file.name, mime: file.mime || 'application/octet-stream',
    size: file.data.byteLength, data: file.data,
  };
  await db.attachments.add(attachment);
  const { data: _data, ...meta } = attachment;
  return { ok: true, attachment: meta };
}

export async function readAttachment(db: LedgerDatabase, id: string): Promise<Attachment | undefined> {
  const a = await db.attachments.get(id);
  return a && a.deletedAt === null ? a : undefined;
}

export async function deleteAttachment(db: LedgerDatabase, id: string): Promise<void> {
  const at = nowIso();
  await db.attachments.update(id, { deletedAt: at, updatedAt: at });
}
