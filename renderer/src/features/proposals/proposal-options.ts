// What the proposal screens share: select options from plain lists, a proposal's proposers by
// name, and the domain's list errors (coUnits.1) folded onto the list's own form field, since a
// multiple Select is one field in the form.
import type { FieldErrors } from '../../domain/common/validation';
import type { Proposal } from '../../domain/proposals/proposal';

export interface Option {
  value: string;
  label: string;
}

export const optionsOf = (values: readonly string[]): Option[] => values.map((v) => ({ value: v, label: v }));

type Proposers = Pick<Proposal, 'proposerKind' | 'leadMemberId' | 'coSignerIds' | 'collectiveKind' | 'collectiveName'>;

function nameIn(names: ReadonlyMap<string, string>, id: string): string {
  return names.get(id) ?? '（已删除的委员）';
}

/** For a list: 张三, 张三等3人, or the collective's name. */
export function proposerShort(p: Proposers, names: ReadonlyMap<string, string>): string {
  if (p.proposerKind === '集体') return p.collectiveName;
  const lead = p.leadMemberId ? nameIn(names, p.leadMemberId) : '';
  return p.coSignerIds.length ? `${lead}等${p.coSignerIds.length + 1}人` : lead;
}

/** For a proposal's page: every proposer by name. */
export function proposerFull(p: Proposers, names: ReadonlyMap<string, string>): string {
  if (p.proposerKind === '集体') return `${p.collectiveKind ?? ''}：${p.collectiveName}（集体）`;
  const lead = p.leadMemberId ? nameIn(names, p.leadMemberId) : '';
  if (!p.coSignerIds.length) return `${lead}（个人）`;
  return `第一提案人 ${lead}；附议人 ${p.coSignerIds.map((id) => nameIn(names, id)).join('、')}（联名）`;
}

/** `coSignerIds.1` → `coSignerIds`; two messages for one field are joined. */
export function collapseListErrors(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const key = path.replace(/\.\d+$/, '');
    out[key] = out[key] ? `${out[key]}；${message}` : message;
  }
  return out;
}
