// Property tests (fast-check): on random ledgers the figures keep the identities a report relies
// on — 立案 + 不予立案 + 并案 + 撤案 + 待审 = received, class counts add up to replies, every rate
// and share within 0–100 % — and so does the per-unit table. Random proposals are taken through
// the real steps (a refused step is skipped, as a user would be refused), so every one is in a
// state the program can reach; the sample generator's ledgers are checked too.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeProposalFigures, type ProposalFigures, type ProposalScope } from './proposal-figures';
import { computeUnitTable } from './proposal-units';
import { REJECTED_AS, REJECTION_REASONS, RATINGS, type Proposal } from './proposal';
import { applyProposalTransition, type TransitionKind } from './proposal-transitions';
import { submitted, TEST_RULES } from './proposal-fixtures';
import type { ProposalRules } from './proposal-step';
import { makeSampleProposals } from '../sample/generate-proposals';
import { seededRandom } from '../sample/seeded-random';
import { DEFAULT_PROPOSAL_CATEGORIES, DEFAULT_UNITS } from '../dictionaries/default-dictionaries';
import type { Member } from '../members/member';

const planArb = fc.record({
  session: fc.constantFrom<1 | 2 | null>(1, 2, null),
  proposer: fc.constantFrom('个人', '联名', '集体'),
  category: fc.constantFrom(...DEFAULT_PROPOSAL_CATEGORIES),
  outcome: fc.constantFrom('pending', 'returned', 'accept', 'reject', 'merge', 'withdraw'),
  rejectedAs: fc.constantFrom(...REJECTED_AS),
  assign: fc.boolean(),
  units: fc.uniqueArray(fc.constantFrom(...DEFAULT_UNITS.slice(0, 6)), { minLength: 1, maxLength: 3 }),
  replies: fc.array(fc.record({ unit: fc.nat(2), cls: fc.constantFrom('A', 'B', 'C', 'D'), faceToFace: fc.boolean(), late: fc.boolean() }), { maxLength: 5 }),
  ratings: fc.array(fc.constantFrom(...RATINGS), { maxLength: 3 }),
  key: fc.boolean(),
  excellent: fc.boolean(),
  close: fc.boolean(),
  deleted: fc.boolean(),
});
type Plan = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

function build(plans: readonly Plan[], rules: ProposalRules): Proposal[] {
  const made: Proposal[] = [];
  plans.forEach((plan, i) => {
    const collective = plan.proposer === '集体';
    let p = submitted(`p${i}`, i + 1, {
      term: plan.session === null ? null : 9, session: plan.session, category: plan.category, receivedDate: '2025-01-10',
      proposerKind: plan.proposer, leadMemberId: collective ? null : 'm1',
      coSignerIds: plan.proposer === '联名' ? ['m2'] : [], collectiveKind: collective ? '界别' : null, collectiveName: collective ? '教育' : '',
    });
    const tryStep = (kind: TransitionKind, input: unknown, date = '2025-02-10', target?: Proposal) => {
      const r = applyProposalTransition(p, { kind, input }, { operator: '韦小宝', date, at: `${date}T08:00:00.000Z` }, rules, target);
      if (r.ok) p = r.proposal;
    };
    if (plan.outcome === 'returned') tryStep('return', { note: '请补充' });
    if (plan.outcome === 'reject') tryStep('reject', { reason: REJECTION_REASONS[0], rejectedAs: plan.rejectedAs, note: '' });
    if (plan.outcome === 'withdraw') tryStep('withdraw', { note: '提案人申请' });
    if (plan.outcome === 'merge') {
      const target = made.find((o) => o.sessionKey === p.sessionKey && o.deletedAt === null);
      if (target) tryStep('merge', { targetId: target.id, note: '' }, '2025-02-10', target);
    }
    if (plan.outcome === 'accept') {
      tryStep('accept', { note: '' });
      if (plan.key) tryStep('key', { key: true, leaders: ['张主席'], activityIds: [] });
      if (plan.excellent) tryStep('excellent', { excellent: true });
      if (plan.assign) tryStep('assign', { mainUnit: plan.units[0], coUnits: plan.units.slice(1), assignedDate: '2025-02-10', note: '' });
      plan.replies.forEach((r, k) => {
        const date = r.late ? '2025-06-01' : '2025-04-01';
        tryStep('reply', { unit: plan.units[r.unit % plan.units.length], date, replyClass: r.cls, summary: '', faceToFace: r.faceToFace }, date);
        const rating = plan.ratings[k];
        if (rating) tryStep('feedback', { date: '2025-07-01', rating, note: '' }, '2025-07-01');
      });
      if (plan.close) tryStep('close', { note: '' }, '2025-08-01');
    }
    made.push(plan.deleted ? { ...p, deletedAt: '2025-09-01T00:00:00.000Z' } : p);
  });
  return made;
}

const within = (v: number) => v >= 0 && v <= 100 + 1e-9;

function expectIdentities(ps: readonly Proposal[], scope: ProposalScope, f: ProposalFigures): void {
  expect(f.registered + f.rejected + f.merged + f.withdrawn + f.pending).toBe(f.received);
  expect(f.byClass.reduce((n, c) => n + c.count, 0)).toBe(f.replied);
  expect(Object.values(f.byProposerKind).reduce((a, b) => a + b, 0)).toBe(f.received);
  expect(Object.values(f.rejectedAs).reduce((a, b) => a + b, 0)).toBe(f.rejected);
  expect(f.byCategory.reduce((n, c) => n + c.count, 0)).toBe(f.registered);
  expect(f.satisfied + f.basicallySatisfied + f.dissatisfied).toBe(f.feedbackReturned);
  expect(f.replied).toBeLessThanOrEqual(f.assigned);
  expect(f.assigned).toBeLessThanOrEqual(f.registered);
  expect(f.faceToFace).toBeLessThanOrEqual(f.replied);
  expect(f.keyProposals).toHaveLength(f.keyCount);
  for (const rate of [f.registrationRate, f.replyRate, f.satisfactionRate, f.satisfiedOrBasicRate, f.faceToFaceRate]) expect(within(rate)).toBe(true);
  for (const c of [...f.byCategory, ...f.byClass]) expect(within(c.share)).toBe(true);
  const units = computeUnitTable(ps, scope);
  expect(units.reduce((n, u) => n + u.main, 0)).toBe(f.assigned);
  for (const u of units) {
    expect(u.onTime + u.late).toBe(u.replied);
    expect(u.replied + u.notReplied).toBe(u.main + u.co);
    expect(Object.values(u.byClass).reduce((a, b) => a + b, 0)).toBe(u.replied);
  }
}

const SCOPES: ProposalScope[] = [{ kind: 'session', sessionKey: '9-1' }, { kind: 'session', sessionKey: '9-2' }, { kind: 'session', sessionKey: '平时-2025' }, { kind: 'year', year: 2025 }];

describe('proposal figures on random ledgers', () => {
  it('keep their identities and stay within 0–100 %', () => {
    fc.assert(
      fc.property(fc.array(planArb, { maxLength: 30 }), fc.constantFrom('ABC', 'ABCD' as const), (plans, scheme) => {
        const rules = { ...TEST_RULES, settings: { ...TEST_RULES.settings, replyScheme: scheme } };
        const ps = build(plans, rules);
        for (const scope of SCOPES) expectIdentities(ps, scope, computeProposalFigures(ps, scope, { categories: DEFAULT_PROPOSAL_CATEGORIES, scheme }));
        // Every live proposal of 2025 is in exactly one of its sessions.
        const year = computeProposalFigures(ps, { kind: 'year', year: 2025 });
        const bySession = SCOPES.slice(0, 3).map((s) => computeProposalFigures(ps, s).received);
        expect(bySession.reduce((a, b) => a + b, 0)).toBe(year.received);
      }),
      { numRuns: 150 },
    );
  });

  it('hold on the sample generator’s ledgers too', () => {
    const members = ['m1', 'm2', 'm3', 'm4', 'm5'].map((id) => ({ id }) as Member);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 120 }), (seed, count) => {
        let n = 0;
        const ps = makeSampleProposals(seededRandom(seed), 2025, 2, count, members, () => `s${++n}`);
        for (const scope of SCOPES) expectIdentities(ps, scope, computeProposalFigures(ps, scope));
      }),
      { numRuns: 40 },
    );
  });
});
