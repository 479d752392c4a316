// What a member is named in, said in one sentence: before the member is deleted (so the clerk
// knows what the deletion touches) and when the recycle bin keeps them (so nothing points at nobody).

/** ['3项活动', '1件提案'] → 3项活动和1件提案 */
export function usesText(uses: readonly string[]): string {
  return uses.filter(Boolean).join('和');
}

/** The question before a member goes to the recycle bin; '' when nothing names them. */
export function memberDeletionNotice(name: string, uses: readonly string[]): string {
  const where = usesText(uses);
  return where ? `${name}出现在${where}中。删除只是把委员移入回收站，这些记录原样保留，恢复后一切照旧。` : '';
}

/** Why a deleted member stays in the recycle bin; null when nothing names them. */
export function memberPurgeRefusal(uses: readonly string[]): string | null {
  const where = usesText(uses);
  return where ? `该委员出现在${where}中，彻底删除后这些记录将缺少这位委员，因此保留在回收站` : null;
}
