// For db tests of exchange only: a package written and a package taken as the 数据交换 screen does
// it (ExportSection.tsx, use-import-flow.ts), so the repo's tests and the relay tests between three
// PCs run the same path.
import type { LedgerRepositories } from './ledger-repositories';
import { packageStamp, serializeExchangePackage } from '../domain/exchange/exchange-format';
import { parseExchangePackage } from '../domain/exchange/exchange-parse';
import { changeKey, type Side } from '../domain/exchange/exchange-merge';
import { packageVersions } from '../domain/exchange/exchange-log';
import { emptyRecords } from '../domain/exchange/exchange-tables';
import { smallLedgerWithAttachment } from '../domain/backup/backup-fixtures';

/** The fixture ledger with every table present, even one its generator does not fill yet. */
export const fullLedger = () => ({ ...emptyRecords(), ...smallLedgerWithAttachment() });

/** Writes a package of what reached this PC since `since` (all when null) and logs it, as the screen does. */
export async function exportPackage(repos: LedgerRepositories, installationId: string, since: string | null): Promise<string> {
  const { records, arrivedAt } = await repos.exchange.readChangesSince(since);
  // As the 数据交换 screen writes it: the header says which packages this PC took, the log keeps the versions sent.
  const seenFrom = await repos.exchange.seenFromPcs();
  const createdAt = packageStamp(records, arrivedAt, new Date().toISOString());
  const text = await serializeExchangePackage(records, { schemaVersion: 3, appVersion: 'test', installationId, committee: '县政协', since, createdAt, seenFrom, arrivedAt });
  await repos.exchange.recordExport({ fileName: 'x.cppcc-exchange', sourceInstallationId: installationId, sourceCommittee: '县政协', packageCreatedAt: createdAt, since, records: 0, versions: packageVersions(records) });
  return text;
}

/** The import as the 数据交换 screen does it: parse, preview, then write with the choices. */
export async function importPackage(repos: LedgerRepositories, text: string, here: string, choose: (key: string) => Side | undefined = () => undefined) {
  const parsed = await parseExchangePackage(text);
  if (!parsed.ok) return { ok: false as const, message: parsed.message };
  const preview = await repos.exchange.previewExchangeImport(parsed.pkg, here);
  if (!preview.ok) return preview;
  const choices = new Map<string, Side>();
  for (const c of preview.preview.plan.changes) {
    const side = c.verdict === 'conflict' ? choose(changeKey(c)) : undefined;
    if (side) choices.set(changeKey(c), side);
  }
  const outcome = await repos.exchange.applyExchangeImport(parsed.pkg, preview.preview, choices, '包.cppcc-exchange');
  return { ok: true as const, plan: preview.preview.plan, outcome };
}

/** A few milliseconds, so two stamps taken either side of it differ. */
export const tick = () => new Promise((resolve) => setTimeout(resolve, 3));
