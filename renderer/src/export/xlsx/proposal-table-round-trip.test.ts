// An exported 提案办理情况一览表 imported into an empty ledger with the same members and units gives
// the same proposals: through the real xlsx writer and reader, for a session holding every state
// the table carries. The writer's layout (title, widths, text cells) is checked here too.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { writeProposalTableXlsx } from './write-proposal-table';
import { readRollGrid } from './read-roll';
import { buildProposalTable } from '../../domain/proposals/proposal-table-rows';
import { detectProposalTableHeader, planProposalImport, previewProposalTable } from '../../domain/proposals/proposal-table-import';
import { emptyLedgerContext, tableLedger, tableMembers } from '../../domain/proposals/proposal-table-fixtures';
import { PROPOSAL_TABLE_FIELDS, PROPOSAL_TABLE_LABELS } from '../../domain/proposals/proposal-table-columns';
import type { Proposal } from '../../domain/proposals/proposal';
import { generateLedger } from '../../domain/sample/generate-ledger';
import { dictionariesFrom } from '../../domain/dictionaries/dictionary-kinds';

const names = new Map(tableMembers().map((m) => [m.id, m.name]));

async function exportThenImport(proposals: Proposal[]) {
  const table = buildProposalTable(proposals, names, '罗城仫佬族自治县政协九届二次会议提案办理情况一览表');
  const bytes = await writeProposalTableXlsx({ title: table.title, subtitle: `共${table.rows.length}件`, rows: table.rows });
  const read = await readRollGrid(bytes);
  if (!read.ok) throw new Error(read.message);
  const detected = detectProposalTableHeader(read.grid);
  if (!detected.ok) throw new Error(detected.message);
  const rows = previewProposalTable(read.grid, detected.header, emptyLedgerContext());
  return { table, bytes, header: detected.header, rows, plan: planProposalImport(rows) };
}

/** What a proposal is, without ids, stamps, history and the dates the table does not carry. */
function essence(p: Proposal, numberOf: (id: string) => number | undefined) {
  return {
    sessionKey: p.sessionKey, number: p.number, title: p.title, category: p.category, year: p.year, receivedDate: p.receivedDate,
    proposerKind: p.proposerKind, leadMemberId: p.leadMemberId, coSignerIds: p.coSignerIds, collectiveKind: p.collectiveKind, collectiveName: p.collectiveName,
    stage: p.stage, round: p.round, rejection: p.rejection, mergedInto: p.mergedIntoId ? numberOf(p.mergedIntoId) : null,
    units: p.assignment?.units ?? null, assignedDate: p.assignment?.assignedDate ?? null,
    replies: p.replies.map((r) => ({ round: r.round, unit: r.unit, role: r.role, date: r.date, replyClass: r.replyClass, faceToFace: r.faceToFace })),
    ratings: p.feedback.map((f) => ({ round: f.round, rating: f.rating, processRating: f.processRating, resultRating: f.resultRating })),
    keyLeaders: p.keyProposal?.leaders ?? null, isSample: p.isSample,
  };
}

describe('提案办理情况一览表 round trip', () => {
  it('imports an exported session into an empty ledger as the same proposals', async () => {
    const ledger = tableLedger();
    const { table, header, rows, plan } = await exportThenImport(ledger);
    expect(header.sure).toBe(true);
    expect(rows.flatMap((r) => r.problems.filter((p) => p.severity === 'error').map((p) => p.message))).toEqual([]);
    const own = ledger.filter((p) => !p.isSample);
    expect(table.skippedSample).toBe(1);
    expect(plan.proposals).toHaveLength(own.length);

    const numberIn = (list: Proposal[]) => (id: string) => list.find((p) => p.id === id)?.number;
    const key = (p: Proposal) => `${p.sessionKey}#${p.number}`;
    const imported = new Map(plan.proposals.map((p) => [key(p), essence(p, numberIn(plan.proposals))]));
    for (const original of own) expect(imported.get(key(original)), `${key(original)} ${original.title}`).toEqual(essence(original, numberIn(own)));

    // And the imported ledger exports the very same table.
    expect(buildProposalTable(plan.proposals, names, 'x').rows).toEqual(table.rows);
  });

  it('marks every imported proposal as imported, by the operator, and keeps the steps’ history', async () => {
    const { plan } = await exportThenImport(tableLedger());
    for (const p of plan.proposals) {
      expect(p.history[0]).toMatchObject({ action: '提交', operator: '韦小宝', note: expect.stringContaining('从《提案办理情况一览表》') as unknown });
      expect(p.history.every((h) => h.operator === '韦小宝')).toBe(true);
      expect(p.history.at(-1)?.to).toBe(p.stage);
    }
    const twice = plan.proposals.find((p) => p.title === '关于优化营商环境的建议')!;
    expect(twice.history.map((h) => h.action)).toEqual(['提交', '立案', '交办', '办复', '办复', '评价', '再次办理', '办复', '办复', '评价']);
  });

  it('writes a titled sheet with the office’s columns, a frozen header and text cells', async () => {
    const { bytes } = await exportThenImport(tableLedger());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getCell(1, 1).value).toBe('罗城仫佬族自治县政协九届二次会议提案办理情况一览表');
    expect(sheet.getCell(2, 1).value).toBe('共11件');
    const header = PROPOSAL_TABLE_FIELDS.map((_, c) => sheet.getCell(3, c + 1).value);
    expect(header).toEqual(PROPOSAL_TABLE_FIELDS.map((f) => PROPOSAL_TABLE_LABELS[f]));
    for (const label of ['案号', '案由', '提案者', '类别', '主办', '协办', '办复日期', '答复类别', '满意度']) expect(header).toContain(label);
    expect(sheet.getColumn(PROPOSAL_TABLE_FIELDS.indexOf('title') + 1).width).toBeGreaterThan(30);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    const joint = sheet.getRow(5);
    expect(joint.getCell(PROPOSAL_TABLE_FIELDS.indexOf('proposers') + 1).value).toBe('李华、张伟、赵丽');
    expect(joint.getCell(PROPOSAL_TABLE_FIELDS.indexOf('number') + 1).numFmt).toBe('@');
  });

  it('exports a ledger holding only the sample under a title that says so', () => {
    const sample = tableLedger().map((p) => ({ ...p, isSample: true }));
    const table = buildProposalTable(sample, names, '一览表');
    expect(table).toMatchObject({ title: '一览表（示例数据）', sample: true, skippedSample: 0 });
    expect(table.rows).toHaveLength(12);
  });

  it('round-trips a generated year of proposals, all but those of same-named members', async () => {
    const generated = generateLedger({ firstYear: 2025, years: 1, members: 60, activitiesPerYear: 0, participantsPerActivity: 0, proposalsPerYear: 80, seed: 7 });
    const allNames = new Map(generated.members.map((m) => [m.id, m.name]));
    const table = buildProposalTable(generated.proposals, allNames, '示例县政协2025年提案办理情况一览表');
    const read = await readRollGrid(await writeProposalTableXlsx({ title: table.title, subtitle: '', rows: table.rows }));
    if (!read.ok) throw new Error(read.message);
    const detected = detectProposalTableHeader(read.grid);
    if (!detected.ok) throw new Error(detected.message);
    const members = generated.members.map((m) => ({ id: m.id, name: m.name, deletedAt: null }));
    const rows = previewProposalTable(read.grid, detected.header, { ...emptyLedgerContext(members), dictionaries: dictionariesFrom(generated.dictionary) });
    const again = buildProposalTable(planProposalImport(rows).proposals, allNames, 'x').rows;
    const twins = new Set([...allNames.values()].filter((n, i, all) => all.indexOf(n) !== i));
    table.rows.forEach((row, i) => {
      const back = again.find((r) => r.session === row.session && r.number === row.number);
      if (back) expect(back).toEqual(row);
      // Only a proposer whose name two members share cannot be found again from the table.
      else expect(rows[i]!.problems.map((p) => p.message).join()).toMatch(new RegExp(`提案者“(${[...twins].join('|')})”在委员名单中有\\d位同名委员`));
    });
    expect(again.length).toBeGreaterThan(table.rows.length * 0.8);
  });
});
