import { describe, expect, it } from 'vitest';
import { memberDeletionNotice, memberPurgeRefusal, usesText } from './member-uses';

describe('what names a member, in words', () => {
  it('joins the counts with 和 and leaves empty ones out', () => {
    expect(usesText(['3项活动', '', '1件提案'])).toBe('3项活动和1件提案');
    expect(usesText([])).toBe('');
  });

  it('asks before deleting only when something names the member, and says nothing is lost', () => {
    expect(memberDeletionNotice('王明', [])).toBe('');
    expect(memberDeletionNotice('王明', ['3项活动', '1件提案', '1项结对帮扶'])).toBe(
      '王明出现在3项活动和1件提案和1项结对帮扶中。删除只是把委员移入回收站，这些记录原样保留，恢复后一切照旧。',
    );
  });

  it('keeps a named member in the recycle bin', () => {
    expect(memberPurgeRefusal([])).toBeNull();
    expect(memberPurgeRefusal(['2件提案'])).toBe('该委员出现在2件提案中，彻底删除后这些记录将缺少这位委员，因此保留在回收站');
  });
});
