import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildProposal } from '../../../../electron/engine/files/documents/proposal-file';
import { packSync } from '../../../../electron/engine/files/documents/layout';
import { WorkspaceMemory } from '../../../../electron/engine/handlers/memory';
import { insertCampaign } from '../../../../electron/engine/store/campaigns';
import { insertProgram } from '../../../../electron/engine/store/programs';
import { ProgramInputSchema } from '../../../../shared/domain/program';
import { AT, bookWith, id } from '../../store/support';
import { pdfPages, rawText, soffice } from './support';

/**
 * The proposal as documents.export writes it (files/documents/proposal-file.ts): gathered from a real workspace,
 * the chosen program with its economics, or the best recommendation when none is chosen; read back.
 */

const noJob = { progress: () => {}, checkCancelled: () => {} };

async function workspace() {
  const db = await bookWith([[1, { firstName: 'Jiří', lastName: 'Dvořák' }], [2, { firstName: 'Åse', lastName: 'Løvås' }]]);
  let n = 0;
  for (const [customer, dates] of [[1, ['2025-06-01', '2025-09-01', '2026-01-15']], [2, ['2025-11-20']]] as const) {
    for (const date of dates) db.run("INSERT INTO purchases (id, customer_id, date, amount_minor, currency, created_at) VALUES (?, ?, ?, 12000, 'DKK', ?)", [`p${n++}`, id(customer), date, AT.toISOString()]);
  }
  return db;
}

describe('the proposal from a workspace', () => {
  it('describes the chosen program with its economics and plans, and leaves no {{ anywhere', async () => {
    const db = await workspace();
    insertProgram(db, id(50), ProgramInputSchema.parse({ name: 'Kaffekort', rules: { type: 'stampCard', rewardAt: 5, reward: { description: 'En gratis kaffe', costMinor: 2_500 } } }), AT);
    insertCampaign(db, id(60), { name: 'Tak for købet', description: '', programId: id(50), status: 'active', segmentIds: [], steps: [], startDate: '2026-03-01', endDate: '2026-06-30', businessDaysOnly: true, budgetMinor: 100_000 }, AT);
    const { doc, answer } = buildProposal({ db, memory: new WorkspaceMemory() }, { kind: 'proposal', programId: id(50), campaignIds: [], date: '2026-03-01' }, noJob);
    expect(answer).toMatchObject({ kind: 'proposal', documents: 1, excluded: [] });
    const bytes = packSync(doc);
    const text = await rawText(bytes);
    expect(text).toContain('Kaffekort');
    expect(text).toContain('Tak for købet');
    expect(text).toContain('1. marts 2026'); // the sample business writes Danish
    const files = unzipSync(bytes);
    for (const [name, part] of Object.entries(files)) if (name.endsWith('.xml')) expect(new TextDecoder().decode(part)).not.toContain('{{');
    expect(Object.keys(files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png')).length).toBeGreaterThanOrEqual(2);
    if (soffice) expect(pdfPages(bytes)).toBeGreaterThanOrEqual(4);
    else console.log('LibreOffice or pdfinfo missing: the proposal page count is not checked here');
  });

  it('without a program describes the best recommendation, and a program that does not exist is refused', async () => {
    const db = await workspace();
    const { doc } = buildProposal({ db, memory: new WorkspaceMemory() }, { kind: 'proposal', programId: null, campaignIds: [], date: '2026-03-01' }, noJob);
    expect((await rawText(packSync(doc))).length).toBeGreaterThan(500);
    expect(() => buildProposal({ db, memory: new WorkspaceMemory() }, { kind: 'proposal', programId: id(99), campaignIds: [], date: '2026-03-01' }, noJob)).toThrow(/does not exist/);
  });
});
