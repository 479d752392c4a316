// For tests: a 社情民意 item with sensible defaults, so a test states only what it is about.
import type { Opinion } from './opinion';

export function opinionFixture(id: string, patch: Partial<Opinion> = {}): Opinion {
  const receivedDate = patch.receivedDate ?? '2025-03-01';
  return {
    id, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', deletedAt: null,
    title: `信息${id}`, memberIds: ['m1'], groups: [], receivedDate, text: '', year: Number(receivedDate.slice(0, 4)),
    sourceProposalId: null, issue: null, adoptions: [], instructions: [], isSample: false,
    ...patch,
  };
}
