// The session (or year) a proposal screen works on, and the controls to choose it. The session
// is the one chosen on any proposal screen, the newest by default; the year is the shell's.
import { useMemo, type ReactNode } from 'react';
import { Segmented, Select, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { appLedger } from '../../db/app-ledger';
import type { ProposalScope } from '../../domain/proposals/proposal-figures';
import { useSelectedYear, useYearStore } from '../../app/stores/year-store';
import { useProposalFilterStore, type ScopeKind } from './proposal-filter-store';

export interface ChosenScope {
  /** Undefined while loading, or when a session is asked for and there are no proposals yet. */
  scope: ProposalScope | undefined;
  /** 九届二次会议, or 2025年. */
  label: string;
  /** The year the scope counts for (a session's year), for 先进承办单位. */
  year: number;
  picker: ReactNode;
}

const KIND_OPTIONS: { value: ScopeKind; label: string }[] = [{ value: 'session', label: '按届次会议' }, { value: 'year', label: '按年度' }];

/** `allowYear` false: the list and board, which show one session. */
export function useProposalScope(allowYear: boolean): ChosenScope {
  const chosen = useProposalFilterStore((s) => s.sessionKey);
  const sessionChosen = useProposalFilterStore((s) => s.sessionChosen);
  const storedKind = useProposalFilterStore((s) => s.scopeKind);
  const scopeKindChosen = useProposalFilterStore((s) => s.scopeKindChosen);
  const year = useSelectedYear();
  const yearSelected = useYearStore((s) => s.yearSelected);
  const sessions = useLiveQuery(() => appLedger.proposals.listProposalSessions(), []);
  const kind: ScopeKind = allowYear ? storedKind : 'session';
  // Until one is chosen, the newest plenary session: that is where most proposals are; a year's
  // 平时提案 are a handful and come first only because the list is newest first.
  const session = sessions?.find((s) => s.sessionKey === chosen) ?? sessions?.find((s) => !s.sessionKey.startsWith('平时-')) ?? sessions?.[0];
  const years = [...new Set([year, ...(sessions ?? []).map((s) => s.year)])].sort((a, b) => b - a);

  const picker = (
    <Space wrap>
      {allowYear && <Segmented aria-label="统计范围" options={KIND_OPTIONS} value={kind} onChange={(v) => scopeKindChosen(v)} />}
      {kind === 'session' ? (
        <Select aria-label="届次会议" placeholder="届次会议" style={{ width: 200 }} value={session?.sessionKey}
          options={(sessions ?? []).map((s) => ({ value: s.sessionKey, label: s.label }))} onChange={(v: string) => sessionChosen(v)} notFoundContent="还没有提案" />
      ) : (
        <Select aria-label="年度" style={{ width: 120 }} value={year} options={years.map((y) => ({ value: y, label: `${y}年` }))} onChange={(v: number) => yearSelected(v)} />
      )}
    </Space>
  );
  const sessionKey = session?.sessionKey;
  // One object per choice, so that screens can pass it to useLiveQuery's dependencies.
  const scope = useMemo((): ProposalScope | undefined => {
    if (kind === 'year') return { kind: 'year', year };
    return sessionKey ? { kind: 'session', sessionKey } : undefined;
  }, [kind, year, sessionKey]);
  if (kind === 'year') return { scope, label: `${year}年`, year, picker };
  return { scope, label: session?.label ?? '', year: session?.year ?? year, picker };
}
