// A file kept with a record (a photo of an inspection, the PDF of a report). The bytes live in
// the database so that a backup carries them; a size limit keeps one file from bloating it.
import { z } from 'zod';
import { baseRecordSchema, type BaseRecord } from '../common/record';

export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
/** What a file hangs on: an activity, a proposal (its text as scanned), or one reply row of a proposal (the reply letter). */
export const ATTACHMENT_OWNER_KINDS = ['activity', 'proposal', 'proposal-reply'] as const;
export type AttachmentOwnerKind = (typeof ATTACHMENT_OWNER_KINDS)[number];

const ALLOWED_EXTENSIONS = ['jpg', 'jpeg', 'png', 'gif', 'webp', 'bmp', 'pdf', 'doc', 'docx', 'wps', 'xls', 'xlsx', 'txt'];

export interface Attachment extends BaseRecord {
  ownerKind: AttachmentOwnerKind;
  ownerId: string;
  name: string;
  mime: string;
  size: number;
  data: Uint8Array;
}

export const attachmentMetaSchema = baseRecordSchema.extend({
  ownerKind: z.enum(ATTACHMENT_OWNER_KINDS),
  ownerId: z.string().min(1),
  name: z.string().min(1).max(255),
  mime: z.string().max(200),
  size: z.number().int().min(0).max(ATTACHMENT_MAX_BYTES),
});

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Why a file cannot be attached, in words the user can act on; null when it can. */
export function attachmentProblem(name: string, size: number): string | null {
  const ext = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
  if (!ALLOWED_EXTENSIONS.includes(ext)) {
    return `“${name}”的类型不能作为附件，只能添加照片（jpg、png 等）、PDF、Word、Excel 或文本文件`;
  }
  if (size > ATTACHMENT_MAX_BYTES) {
    return `“${name}”有 ${formatMegabytes(size)}，超过单个附件 ${formatMegabytes(ATTACHMENT_MAX_BYTES)} 的上限，请压缩后再添加`;
  }
  if (size === 0) return `“${name}”是空文件`;
  return null;
}
