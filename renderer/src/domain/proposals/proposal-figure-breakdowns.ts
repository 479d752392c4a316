// The figures that come as a breakdown rather than one number — 提案者类别, what 不予立案 proposals
// became, 类别 and 答复类别 with their shares — each part with the Chinese label a report uses
// (个人提案, 转为社情民意信息, 经济, A类 已经解决或基本解决), so a dashboard lists them as they read.
import { PROPOSER_KINDS, REJECTED_AS } from './proposal';
import { formatRate, type ProposalFigures } from './proposal-figures';
import type { Ratio } from '../common/percent';
import { REPLY_CLASS_MEANINGS, type ReplyScheme } from './proposal-settings';

export interface BreakdownPart {
  key: string;
  label: string;
  count: number;
  /** 件 or 份 and, where the report quotes it, the share: 3件（占50%）. */
  text: string;
}

export interface Breakdown {
  key: 'byProposerKind' | 'rejectedAs' | 'byCategory' | 'byClass';
  label: string;
  /** What the shares are of, as the report says it. */
  base: string;
  parts: BreakdownPart[];
}

// A share of nothing (no proposals yet) is not printed: 0件, not 0件（占—）.
const part = (key: string, label: string, count: number, share: Ratio | null): BreakdownPart => ({
  key, label, count, text: share === null || share.whole === 0 ? `${count}件` : `${count}件（占${formatRate(share)}）`,
});

export function proposalBreakdowns(f: ProposalFigures, scheme: ReplyScheme): Breakdown[] {
  return [
    {
      key: 'byProposerKind', label: '收到提案按提案者', base: `收到提案${f.received}件`,
      parts: PROPOSER_KINDS.map((k) => part(k, `${k}提案`, f.byProposerKind[k], { part: f.byProposerKind[k], whole: f.received })),
    },
    {
      key: 'rejectedAs', label: '不予立案的转为', base: `不予立案${f.rejected}件`,
      parts: REJECTED_AS.map((k) => part(k, `转为${k}`, f.rejectedAs[k], null)),
    },
    {
      key: 'byCategory', label: '立案提案按类别', base: `立案${f.registered}件`,
      parts: f.byCategory.map((c) => part(c.name, c.name, c.count, { part: c.count, whole: c.base })),
    },
    {
      key: 'byClass', label: '办复提案按答复类别', base: `办复${f.replied}件`,
      parts: f.byClass.map((c) => {
        const meaning = REPLY_CLASS_MEANINGS[scheme][c.name];
        return part(c.name, meaning ? `${c.name}类（${meaning}）` : `${c.name}类`, c.count, { part: c.count, whole: c.base });
      }),
    },
  ];
}
