// The 提案办理情况一览表's reads and its one write: the proposals and proposer names an export
// needs, what an import's preview compares against (dictionaries, the roll, settings, every
// proposal's 案号), and the confirmed import — all proposals or none, in one transaction that
// checks the 案号 again, since the ledger may have changed while the preview was open.
import { Dexie } from 'dexie';
import type { LedgerDatabase } from './database';
import { opinionFromProposal, wasConvertedToOpinion } from '../domain/opinions/opinion-from-proposal';
import { freshStamp } from '../domain/common/record';
import { nowIso } from './clock';
import { proposalSchema, type Proposal } from '../domain/proposals/proposal';
import type { ProposalScope } from '../domain/proposals/proposal-figures';
import type { ProposalImportContext } from '../domain/proposals/proposal-table-import';
import { loadDictionaries } from './dictionary-repo';
import { loadProposalSettings } from './proposals-repo';
import { getSettings } from './settings-repo';
import { restampedRows } from '../domain/ledger/embedded-lists';

export interface ProposalTableData {
  proposals: Proposal[];
  /** Every member's name by id, deleted members too: a proposal keeps its proposer. */
  names: Map<string, string>;
  committeeName: string;
  shortName: string;
}

export async function loadProposalTableData(db: LedgerDatabase, scope: ProposalScope): Promise<ProposalTableData> {
  const [proposals, members, settings] = await Promise.all([
    scope.kind === 'session'
      ? db.proposals.where('[sessionKey+number]').between([scope.sessionKey, Dexie.minKey], [scope.sessionKey, Dexie.maxKey]).toArray()
      : db.proposals.where('year').equals(scope.year).toArray(),
    db.members.toArray(),
    getSettings(db),
  ]);
  return {
    proposals,
    names: new Map(members.map((m) => [m.id, m.name])),
    committeeName: settings?.committee.name ?? '',
    shortName: settings?.committee.shortName ?? '',
  };
}

export async function loadProposalImportContext(db: LedgerDatabase, fileName: string, today: string): Promise<ProposalImportContext> {
  const [dictionaries, members, settings, existing, committee] = await Promise.all([
    loadDictionaries(db), db.members.toArray(), loadProposalSettings(db), db.proposals.toArray(), getSettings(db),
  ]);
  return {
    dictionaries,
    members: members.filter((m) => m.deletedAt === null).map((m) => ({ id: m.id, name: m.name, deletedAt: m.deletedAt })),
    settings,
    currentTerm: committee?.committee.term ?? 1,
    sessionDates: committee?.committee.sessions ?? [],
    existing,
    rules: { settings, units: dictionaries.unit },
    operator: committee?.committee.operator ?? '',
    today,
    fileName,
    at: nowIso(),
  };
}

export type ProposalImportResult = { ok: true; added: number } | { ok: false; message: string };

/** Writes the previewed proposals, stamped now; refuses them all if one 案号 got taken meanwhile. */
export async function importProposalTable(db: LedgerDatabase, proposals: readonly Proposal[]): Promise<ProposalImportResult> {
  const at = nowIso();
  const stamped = proposals.map((p) => ({ ...p, ...restampedRows('proposals', p, at), createdAt: at, updatedAt: at }));
  for (const p of stamped) {
    if (!proposalSchema.safeParse(p).success) return { ok: false, message: `第${p.number}号提案《${p.title}》的数据不完整，未导入任何提案` };
  }
  return db.transaction('rw', db.proposals, db.members, db.opinions, async (): Promise<ProposalImportResult> => {
    const seen = new Set<string>();
    for (const p of stamped) {
      const key = `${p.sessionKey}#${p.number}`;
      const taken = await db.proposals.where('[sessionKey+number]').equals([p.sessionKey, p.number]).count();
      if (taken || seen.has(key)) return { ok: false, message: `第${p.number}号提案《${p.title}》的案号已被使用，未导入任何提案，请重新选择文件预览` };
      seen.add(key);
    }
    const proposers = [...new Set(stamped.flatMap((p) => p.memberIds))];
    const live = (await db.members.bulkGet(proposers)).filter((m) => m && m.deletedAt === null).length;
    if (live !== proposers.length) return { ok: false, message: '有提案者已被删除，未导入任何提案，请重新选择文件预览' };
    await db.proposals.bulkAdd(stamped);
    // As when the step is taken on screen: a proposal not registered and handled as
    // 社情民意信息 becomes an item of the 社情民意 ledger, in the same transaction.
    const converted = stamped.filter(wasConvertedToOpinion).map((p) => opinionFromProposal(p, freshStamp(at)));
    if (converted.length) await db.opinions.bulkAdd(converted);
    return { ok: true, added: stamped.length };
  });
}
