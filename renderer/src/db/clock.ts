// The clock the database stamps records with: the ledger's clock (domain/common/record.ts
// nowIso, never behind a stamp already seen). The db layer asks for the time here, so the
// domain's rules get it passed in.
export { nowIso } from '../domain/common/record';
