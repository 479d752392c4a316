// The proposal form's values and the input the domain expects, both ways: a new proposal starts
// from the current session, an edited one from its record. Fields that do not apply to the chosen
// proposer kind are sent empty, so switching 联名 → 个人 does not keep stale co-signers.
import type { Dayjs } from 'dayjs';
import type { CollectiveKind, Proposal, ProposerKind } from '../../domain/proposals/proposal';
import { fromIso, toIso } from '../shared/dates';

export interface ProposalFormValues {
  when: '会议' | '平时';
  term: number | null;
  session: number | null;
  title: string;
  category?: string;
  proposerKind: ProposerKind;
  leadMemberId?: string;
  coSignerIds: string[];
  collectiveKind?: CollectiveKind;
  collectiveName?: string;
  receivedDate: Dayjs | null;
  text: string;
}

export function toProposalInput(v: ProposalFormValues) {
  const meeting = v.when === '会议';
  const collective = v.proposerKind === '集体';
  return {
    term: meeting ? (v.term ?? null) : null,
    session: meeting ? (v.session ?? null) : null,
    title: v.title ?? '',
    category: v.category ?? '',
    proposerKind: v.proposerKind,
    leadMemberId: collective ? null : (v.leadMemberId ?? null),
    coSignerIds: v.proposerKind === '联名' ? (v.coSignerIds ?? []) : [],
    collectiveKind: collective ? (v.collectiveKind ?? null) : null,
    collectiveName: collective ? (v.collectiveName ?? '') : '',
    receivedDate: toIso(v.receivedDate),
    text: v.text ?? '',
  };
}

export function formValuesOf(p: Proposal): ProposalFormValues {
  return {
    when: p.term !== null && p.session !== null ? '会议' : '平时',
    term: p.term,
    session: p.session,
    title: p.title,
    category: p.category,
    proposerKind: p.proposerKind,
    ...(p.leadMemberId ? { leadMemberId: p.leadMemberId } : {}),
    coSignerIds: p.coSignerIds,
    ...(p.collectiveKind ? { collectiveKind: p.collectiveKind, collectiveName: p.collectiveName } : {}),
    receivedDate: fromIso(p.receivedDate),
    text: p.text,
  };
}
