// 看板: the chosen session's proposals as cards in a column per stage, in the order a proposal
// moves (待审查 … 已办结), the review's dead ends (不予立案, 已并案, 已撤案) last. A card links to its
// proposal and says its proposer, 主办 unit and lateness.
import { useMemo } from 'react';
import { Badge, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import { toIsoDate } from '../../domain/common/dates';
import type { Proposal, ProposalStage } from '../../domain/proposals/proposal';
import { hrefOf } from '../../app/router';
import { LatenessTag } from './LatenessTag';
import { ProposalsNav } from './ProposalsNav';
import { proposerShort } from './proposal-options';
import { useProposalScope } from './use-proposal-scope';

export const BOARD_COLUMNS: readonly ProposalStage[] = ['待审查', '退回修改', '已立案', '已交办', '已办复', '已评价', '已办结', '不予立案', '已并案', '已撤案'];

const columnStyle = { flex: '0 0 220px', background: '#f5f5f5', borderRadius: 6, padding: 8, maxHeight: '70vh', overflowY: 'auto' } as const;
const cardStyle = { background: '#fff', border: '1px solid #e8e8e8', borderRadius: 4, padding: '6px 8px', marginBottom: 6 } as const;

function Card({ p, names, today }: { p: Proposal; names: ReadonlyMap<string, string>; today: string }) {
  const main = p.assignment?.units.find((u) => u.role === '主办')?.unit;
  return (
    <div style={cardStyle} role="listitem" aria-label={`第${p.number}号 ${p.title}`}>
      <a href={hrefOf({ name: 'proposal', id: p.id })}>第{p.number}号 {p.title}</a>
      <div><Typography.Text type="secondary">{proposerShort(p, names)}{main ? ` · ${main}` : ''}</Typography.Text></div>
      <LatenessTag proposal={p} today={today} />
    </div>
  );
}

export function ProposalBoardPage() {
  const { scope, picker } = useProposalScope(false);
  const rows = useLiveQuery(async () => (scope ? appLedger.proposals.listProposals(scope) : []), [scope]);
  const members = useLiveQuery(() => appLedger.members.listMembers(), []);
  const names = useMemo(() => new Map((members ?? []).map((m) => [m.id, m.name])), [members]);
  const byStage = useMemo(() => {
    const m = new Map<ProposalStage, Proposal[]>(BOARD_COLUMNS.map((s) => [s, []]));
    for (const p of rows ?? []) m.get(p.stage)?.push(p);
    return m;
  }, [rows]);
  const today = toIsoDate(new Date());

  return (
    <>
      <ProposalsNav current="proposal-board" title="提案看板" />
      <div style={{ marginBottom: 12 }}>{picker}</div>
      {/* Wrapped, so all ten stages are in view on an office PC's 1366-px screen. */}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, paddingBottom: 8 }}>
        {BOARD_COLUMNS.map((stage) => {
          const cards = byStage.get(stage) ?? [];
          return (
            <section key={stage} aria-label={stage} style={columnStyle}>
              <div style={{ marginBottom: 8 }}>
                <Typography.Text strong>{stage}</Typography.Text> <Badge count={cards.length} showZero color="#8c8c8c" />
              </div>
              <div role="list">
                {cards.map((p) => <Card key={p.id} p={p} names={names} today={today} />)}
              </div>
            </section>
          );
        })}
      </div>
    </>
  );
}
