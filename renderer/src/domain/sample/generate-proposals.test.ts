// The sample proposals: the same on every run, spread over the lifecycle as a county's are, and
// their figures keep the identities a report relies on.
import { describe, expect, it } from 'vitest';
import { generateLedger } from './generate-ledger';
import { computeProposalFigures } from '../proposals/proposal-figures';

const size = { firstYear: 2024, years: 2, members: 30, activitiesPerYear: 2, participantsPerActivity: 3, proposalsPerYear: 120, seed: 5 };

describe('sample proposals', () => {
  it('are the same on every run', () => {
    let a = 0;
    let b = 0;
    const first = generateLedger(size, () => `a-${++a}`);
    const second = generateLedger(size, () => `a-${++b}`);
    expect(second.proposals).toEqual(first.proposals);
    expect(first.proposals).toHaveLength(240);
  });

  it('reach every outcome and keep the figures’ identities', () => {
    const { proposals } = generateLedger(size);
    const stages = new Set(proposals.map((p) => p.stage));
    for (const stage of ['待审查', '已立案', '不予立案', '已并案', '已撤案', '已交办', '已办复', '已评价', '已办结'] as const) expect(stages).toContain(stage);
    expect(proposals.some((p) => p.round === 2)).toBe(true);
    expect(proposals.some((p) => p.keyProposal !== null)).toBe(true);
    const f = computeProposalFigures(proposals, { kind: 'session', sessionKey: '9-2' });
    expect(f.registered + f.rejected + f.merged + f.withdrawn + f.pending).toBe(f.received);
    expect(f.byClass.reduce((n, c) => n + c.count, 0)).toBe(f.replied);
    expect(f.received).toBe(108);
    expect(f.registrationRate).toBeGreaterThan(70);
    expect(f.replyRate).toBeGreaterThan(80);
  });
});
