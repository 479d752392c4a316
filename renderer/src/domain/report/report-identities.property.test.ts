// Property tests (fast-check) of what the built-in templates' sentences claim, over small random
// partial ledgers (generated-ledgers.ts): the parts a sentence names add up to the whole it states
// (or it says 其中包括 and each is among the whole); "安排重点工作N项…已完成M项" counts the plan's
// items, done ones among them; the "1234" sentence's base is the activities the plan held; and a
// fact two report kinds print is the same number in both for the same year.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Ledger } from '../ledger/ledger';
import { computeFigures, computeFiguresFor, type FigureResult, type FigureScope } from './figure-catalogue';
import { renderReport, type ReportDocument } from './render-report';
import { clausesOf, DEFAULT_TEMPLATES, isContextKey, type ReportKind } from './report-template';
import { chartKeysOf, figureKeysOf } from './template-keys';
import { computeReportCharts } from './report-charts';
import { reportContextOf } from './report-context';
import { placeholdersIn } from './clause-text';
import { generatedLedgerArb } from './generated-ledgers';
import { figureLeadsOf, statedWholesOf } from './stated-wholes';

/** The kinds counted from the ledger; the 委员履职档案's member.* figures are one member's, from the duty record. */
const LEDGER_KINDS = ['supervision', 'standing', 'proposals'] as const satisfies readonly ReportKind[];
const RUNS = { numRuns: 50 };

const valueOf = (figures: ReadonlyMap<string, FigureResult>, key: string) => {
  const f = figures.get(key);
  if (!f) throw new Error(`no figure ${key}`);
  return f.value;
};

function printCopy(ledger: Ledger, scope: FigureScope, kind: ReportKind, figures: ReadonlyMap<string, FigureResult>): ReportDocument {
  const template = DEFAULT_TEMPLATES[kind];
  const context = reportContextOf(ledger, scope, scope.until);
  return renderReport(template, figures, { ...context, copy: 'print' }, computeReportCharts(ledger, scope, chartKeysOf(template)));
}

/** Each figure key the document prints → the texts printed for it. */
function printedFigures(doc: ReportDocument): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const run of block.runs ?? []) if (run.figure) out.set(run.figure, [...(out.get(run.figure) ?? []), run.text]);
  }
  return out;
}

const paragraphText = (doc: ReportDocument) => doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])).join('\n');

describe('the parts a sentence names and the whole it states', () => {
  const stated = LEDGER_KINDS.flatMap((kind) => statedWholesOf(DEFAULT_TEMPLATES[kind]).map((s) => ({ kind, ...s })));

  it('are read from the templates: each 其中 list has a whole and parts', () => {
    for (const s of stated) expect(s.parts.length, `${s.kind} ${s.clause}: 其中 names no figure`).toBeGreaterThan(0);
    const sums = stated.filter((s) => !s.some && s.parts.length > 1).map((s) => `${s.whole}=${s.parts.join('+')}`);
    // The lists that claim to be the whole, as the templates write them today (a new one is checked too).
    expect(sums).toEqual(expect.arrayContaining([
      'proposals.received=proposals.proposer.collective+proposals.proposer.joint+proposals.proposer.individual',
      'proposals.feedbackReturned=proposals.satisfied+proposals.basicallySatisfied+proposals.dissatisfied',
    ]));
  });

  it('add up to it on any ledger, or (其中包括, a single part) are each among it', () => {
    fc.assert(fc.property(generatedLedgerArb, ({ ledger, scope }) => {
      const figures = computeFigures(ledger, scope);
      for (const s of stated) {
        const whole = valueOf(figures, s.whole);
        const parts = s.parts.map((k) => valueOf(figures, k));
        const where = `${s.kind} ${s.clause}: ${s.whole}=${whole}, ${s.parts.map((k, i) => `${k}=${parts[i]}`).join(', ')}`;
        if (!s.some && parts.length > 1) expect(parts.reduce((a, b) => a + b, 0), where).toBe(whole);
        else for (const p of parts) expect(p, where).toBeLessThanOrEqual(whole);
      }
    }), RUNS);
  });

  // Lists that state no whole beside them but are read as all of one: 在立案的提案中… and 从办理结果看….
  const BREAKDOWNS = [
    { lead: '在立案的提案中', whole: 'proposals.registered' },
    { lead: '从办理结果看', whole: 'proposals.replied' },
  ];
  it('add up to it where a list is read as all of a whole stated in the sentence before', () => {
    const lists = BREAKDOWNS.map((b) => {
      const found = clausesOf(DEFAULT_TEMPLATES.proposals).find((c) => c.clause.text.startsWith(b.lead));
      expect(found, b.lead).toBeDefined();
      return { ...b, parts: placeholdersIn(found!.clause.text).filter((k) => !k.endsWith('.share') && !isContextKey(k)) };
    });
    fc.assert(fc.property(generatedLedgerArb, ({ ledger, scope }) => {
      const figures = computeFigures(ledger, scope);
      for (const l of lists) expect(l.parts.reduce((n, k) => n + valueOf(figures, k), 0), `${l.lead}: ${l.parts.join('+')} = ${l.whole}`).toBe(valueOf(figures, l.whole));
    }), RUNS);
  });
});

// A sentence that states a whole and then how many of it did something ("提出意见建议N条，被采纳M条").
// Not 社情民意: an item is counted in the year it was collected and in the year it was adopted, as
// the yearly reports do (domain/opinions), so 被采用 may hold items collected the year before.
const SUBSETS: readonly [whole: string, part: string][] = [
  ['activities.suggestions', 'activities.adopted'],
  ['activities.followedUp', 'activities.implemented'],
  ['proposals.received', 'proposals.registered'],
  ['proposals.registered', 'proposals.replied'],
  ['proposals.replied', 'proposals.faceToFace'],
  ['proposals.registered', 'proposals.keyCount'],
  ['evaluations.problemsFound', 'evaluations.problemsRectified'],
  ['stations.built', 'stations.complete'],
  ['plans.planned', 'plans.done'],
];

describe('a sentence that says how many of a whole did something', () => {
  it('names both in one paragraph of a built-in template', () => {
    const paragraphs = LEDGER_KINDS.flatMap((k) => DEFAULT_TEMPLATES[k].sections.flatMap((sec) => sec.paragraphs.map((p) => p.clauses.flatMap((c) => placeholdersIn(c.text)))));
    for (const [whole, part] of SUBSETS) expect(paragraphs.some((keys) => keys.includes(whole) && keys.includes(part)), `${whole} ⊇ ${part}`).toBe(true);
  });

  it('never counts more of it than the whole', () => {
    fc.assert(fc.property(generatedLedgerArb, ({ ledger, scope }) => {
      const figures = computeFigures(ledger, scope);
      for (const [whole, part] of SUBSETS) expect(valueOf(figures, part), `${part} ≤ ${whole}`).toBeLessThanOrEqual(valueOf(figures, whole));
    }), RUNS);
  });
});

/** The plan's items of the year and the activities done ones led to, counted here from the records themselves. */
function planByHand(ledger: Ledger, scope: FigureScope) {
  const held = new Set(ledger.activities.filter((a) => a.deletedAt === null && a.startDate.startsWith(`${scope.year}-`) && a.startDate <= scope.until).map((a) => a.id));
  const planned = ledger.plans.filter((p) => p.deletedAt === null && !p.unplanned && p.year === scope.year);
  const done = planned.filter((p) => p.activityId !== null && held.has(p.activityId));
  return { planned: planned.length, done: done.length, activities: new Set(done.map((p) => p.activityId!)) };
}

describe('the year plan and the "1234" sentence', () => {
  it('"安排重点工作N项…已完成M项" counts the plan\'s items, M of them done (M ≤ N)', () => {
    fc.assert(fc.property(generatedLedgerArb, ({ ledger, scope }) => {
      const figures = computeFigures(ledger, scope);
      const hand = planByHand(ledger, scope);
      expect(valueOf(figures, 'plans.planned')).toBe(hand.planned);
      expect(valueOf(figures, 'plans.done')).toBe(hand.done);
      const text = paragraphText(printCopy(ledger, scope, 'supervision', figures));
      const m = /共安排重点工作(\d+)项(?:[^。]*已完成(\d+)项)?/.exec(text);
      if (hand.planned === 0) expect(m).toBeNull();
      else {
        expect(Number(m![1])).toBe(hand.planned);
        if (m![2] !== undefined) expect(Number(m![2])).toBeLessThanOrEqual(Number(m![1]));
        expect(m![2] === undefined).toBe(hand.done === 0);
      }
    }), RUNS);
  });

  const ruleClause = clausesOf(DEFAULT_TEMPLATES.supervision).find((c) => c.clause.text.includes('已开展的'))!.clause;
  it('names only the rule over the plan\'s own activities', () => {
    const keys = placeholdersIn(ruleClause.text).filter((k) => k.startsWith('rule.'));
    expect(keys.length).toBeGreaterThan(3);
    expect(keys.filter((k) => !k.startsWith('rule.plan.'))).toEqual([]);
  });

  it('has as its base the activities the plan\'s done items led to, and every step counted among them', () => {
    const steps = placeholdersIn(ruleClause.text).filter((k) => k.startsWith('rule.plan.') && k !== 'rule.plan.activities');
    fc.assert(fc.property(generatedLedgerArb, ({ ledger, scope }) => {
      const figures = computeFigures(ledger, scope);
      const base = figures.get('rule.plan.activities')!;
      const hand = planByHand(ledger, scope);
      expect(new Set(base.records.map((r) => r.id))).toEqual(hand.activities);
      for (const key of steps) {
        const step = figures.get(key)!;
        expect(step.value, key).toBeLessThanOrEqual(base.value);
        for (const r of step.records) expect(hand.activities.has(r.id), `${key}: ${r.label}`).toBe(true);
      }
    }), RUNS);
  });
});

describe('a fact two report kinds print', () => {
  const keysOf = new Map(LEDGER_KINDS.map((k) => [k, new Set(figureKeysOf(DEFAULT_TEMPLATES[k]))]));
  const shared = [...new Set([...keysOf.values()].flatMap((s) => [...s]))].filter((key) => LEDGER_KINDS.filter((k) => keysOf.get(k)!.has(key)).length > 1);

  it('is one figure key in every kind that prints it', () => {
    // The facts the kinds share today; the 主题实践活动 is its campaign's activities in both, never the activity type.
    expect(shared).toEqual(expect.arrayContaining(['campaigns.activities', 'evaluations.rounds', 'activities.type.plenary', 'activities.type.standing', 'activities.total', 'proposals.received', 'proposals.replied', 'opinions.collected']));
    for (const kind of LEDGER_KINDS) expect(keysOf.get(kind)!.has('activities.type.themedPractice'), kind).toBe(false);
  });

  it('is the same figure wherever two kinds lead a figure with the same words (开展民主评议 and 今年开展民主评议 alike)', () => {
    // A lead that names two figures within one kind (出席率 of two meetings) does not tell a fact and is not compared.
    const leads = LEDGER_KINDS.map((kind) => {
      const byLead = new Map<string, Set<string>>();
      for (const { lead, key } of figureLeadsOf(DEFAULT_TEMPLATES[kind])) byLead.set(lead, (byLead.get(lead) ?? new Set()).add(key));
      return { kind, leads: [...byLead].filter(([, keys]) => keys.size === 1).map(([lead, keys]) => ({ lead, key: [...keys][0]! })) };
    });
    let compared = 0;
    for (const a of leads) for (const b of leads) {
      if (a.kind >= b.kind) continue;
      for (const x of a.leads) for (const y of b.leads) {
        const [short, long] = x.lead.length <= y.lead.length ? [x.lead, y.lead] : [y.lead, x.lead];
        if (short.length < 4 || !long.endsWith(short)) continue;
        compared++;
        expect(`${x.key}`, `${a.kind}“${x.lead}” and ${b.kind}“${y.lead}”`).toBe(y.key);
      }
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('prints the same number in both for the same year', () => {
    fc.assert(fc.property(generatedLedgerArb, ({ ledger, scope }) => {
      // Each kind counted as the command line counts it: only the figures its template names.
      const printed = new Map(LEDGER_KINDS.map((k) => [k, printedFigures(printCopy(ledger, scope, k, computeFiguresFor(ledger, scope, figureKeysOf(DEFAULT_TEMPLATES[k]))))]));
      for (const key of shared) {
        const texts = LEDGER_KINDS.flatMap((k) => printed.get(k)!.get(key) ?? []);
        expect(new Set(texts).size, `${key}: ${texts.join(' / ')}`).toBeLessThanOrEqual(1);
      }
    }), RUNS);
  });
});
