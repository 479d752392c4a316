// The proposal part of the bench page (performance targets), on the ten-year ledger
// already loaded by bench-page.ts (400 proposals a year, most replied and rated): the figures of
// one session (< 100 ms) and the proposal list of that session filtered as the list screen
// filters it (< 50 ms). Runs in real Chromium with the app's own repositories.
import type { LedgerDatabase } from '../../renderer/src/db/database';
import { listProposals, listProposalSessions, loadProposalFigures, type ProposalFilter } from '../../renderer/src/db/proposals-repo';
import { DEFAULT_UNITS } from '../../renderer/src/domain/dictionaries/default-dictionaries';
import type { RepeatedTiming } from './bench-types';

export interface ProposalBenchResult {
  /** 九届十次会议 …: the newest plenary session of the ledger. */
  session: string;
  /** Proposals in it, and how many have a reply: the work the figures did. */
  proposals: number;
  replied: number;
  figures: RepeatedTiming;
  listByUnit: RepeatedTiming;
  listByStageAndClass: RepeatedTiming;
  listOverdue: RepeatedTiming;
}

type Repeat = (runs: number, call: () => Promise<number>) => Promise<RepeatedTiming>;

/** `repeat` is the bench page's own timer (one warm-up call, then `runs` timed calls). */
export async function runProposalBench(db: LedgerDatabase, runs: number, repeat: Repeat): Promise<ProposalBenchResult> {
  const session = (await listProposalSessions(db)).find((s) => !s.sessionKey.startsWith('平时'));
  if (!session) throw new Error('the bench ledger holds no plenary session’s proposals');
  const scope = { kind: 'session', sessionKey: session.sessionKey } as const;
  const all = await listProposals(db, scope);
  const replied = all.filter((p) => p.replies.length > 0).length;
  if (all.length < 300 || replied < all.length / 2) {
    throw new Error(`expected the big ledger's session to hold ~360 proposals, most replied; it holds ${all.length}, ${replied} replied`);
  }
  const figures = await repeat(runs, async () => (await loadProposalFigures(db, scope)).received);
  // A date after every due date of the ledger, so the overdue filter finds the unanswered ones.
  const list = (filter: ProposalFilter) => repeat(runs, async () => (await listProposals(db, scope, filter)).length);
  return {
    session: session.label,
    proposals: all.length,
    replied,
    figures,
    listByUnit: await list({ unit: DEFAULT_UNITS[0] }),
    listByStageAndClass: await list({ stage: '已办结', replyClass: 'A' }),
    listOverdue: await list({ overdue: true, today: `${session.year + 1}-12-31` }),
  };
}
