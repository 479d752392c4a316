// One reading of 界别 and 党派 names across ledgers made at different times: ledgers created before
// the defaults took the printed names hold 教育 and 中共党员 where new ones hold 教育界 and 中共.
// Figures and imports compare through these so both kinds of ledger count the same.

/** The Communist Party under either name a ledger may hold. */
export const COMMUNIST_PARTY_NAMES: readonly string[] = ['中共', '中共党员'];

export const isCommunistParty = (party: string): boolean => COMMUNIST_PARTY_NAMES.includes(party);

/**
 * A 界别 without its trailing 界 (教育界 → 教育; 特邀人士 → 特邀): the short form is also the key
 * its figure has had since the first release ({{members.sector.教育}}), so saved templates keep working.
 */
export function sectorKey(sector: string): string {
  return sector === '特邀人士' ? '特邀' : sector.replace(/界$/, '');
}

export const sameSector = (a: string, b: string): boolean => a === b || (a !== '' && sectorKey(a) === sectorKey(b));

/** Members of no party, under either name a ledger may hold. */
export const NO_PARTY_NAMES: readonly string[] = ['无党派人士', '群众'];

/** One of the 民主党派 (or a party an office added): neither the Communist Party nor no party. */
export const isDemocraticParty = (party: string): boolean => party !== '' && !isCommunistParty(party) && !NO_PARTY_NAMES.includes(party);
