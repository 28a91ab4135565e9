import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildProposal, calendarRows, revenueByMonth } from '../../../../electron/engine/files/documents/proposal-file';
import { packSync } from '../../../../electron/engine/files/documents/layout';
import { WorkspaceMemory } from '../../../../electron/engine/handlers/memory';
import { insertCampaign, readCampaign } from '../../../../electron/engine/store/campaigns';
import { readBusinessFacts } from '../../../../electron/engine/store/program-facts';
import { insertProgram } from '../../../../electron/engine/store/programs';
import { recommendPrograms } from '../../../../shared/logic/programs/recommend';
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
    const text = await rawText(packSync(doc));
    expect(text.length).toBeGreaterThan(500);
    // why this program, in the business's language (the sample business writes Danish)
    const best = recommendPrograms(readBusinessFacts(db, '2026-03-01'), 'da').recommendations[0]!;
    for (const reason of best.reasons) expect(text).toContain(reason);
    expect(text).not.toContain(recommendPrograms(readBusinessFacts(db, '2026-03-01')).recommendations[0]!.reasons[0]);
    expect(() => buildProposal({ db, memory: new WorkspaceMemory() }, { kind: 'proposal', programId: id(99), campaignIds: [], date: '2026-03-01' }, noJob)).toThrow(/does not exist/);
  });

  it('gathers revenue by month in the business currency and the plans\' touches by Monday week and step', async () => {
    const db = await workspace();
    // 10.00 EUR at the seeded 7.4584 = 74.584 DKK (7,458.4 minor) in January beside the 120.00 DKK there
    db.run("INSERT INTO purchases (id, customer_id, date, amount_minor, currency, created_at) VALUES ('eur', ?, '2026-01-20', 1000, 'EUR', ?)", [id(2), AT.toISOString()]);
    db.run("INSERT INTO purchases (id, customer_id, date, amount_minor, currency, created_at) VALUES ('xyz', ?, '2026-02-20', 500, 'XYZ', ?)", [id(2), AT.toISOString()]);
    expect(revenueByMonth(db, '2026-03-01')).toEqual([
      { month: '2025-06', revenueMinor: 12_000 }, { month: '2025-09', revenueMinor: 12_000 }, { month: '2025-11', revenueMinor: 12_000 }, { month: '2026-01', revenueMinor: 19_458 },
    ]);
    const steps = [
      { id: 'a', name: 'Letter', trigger: { kind: 'date', date: '2026-03-04' }, channel: 'letter', costMinor: 1_000 },
      { id: 'b', name: 'Call', trigger: { kind: 'date', date: '2026-03-09' }, channel: 'phone', costMinor: 0 },
    ];
    for (const plan of [id(60), id(61)]) insertCampaign(db, plan, { name: plan === id(60) ? 'Spring' : 'Other', description: '', programId: null, status: 'active', segmentIds: [], steps, startDate: '2026-03-01', endDate: '2026-06-30', businessDaysOnly: true, budgetMinor: 0 } as never, AT);
    let n = 0;
    const touch = (plan: string, step: string, date: string, status = 'planned', cost = 1_000) =>
      db.run("INSERT INTO touches (id, campaign_id, step_id, customer_id, channel, trigger_date, date, status, cost_minor) VALUES (?, ?, ?, ?, 'letter', ?, ?, ?, ?)", [`t${n++}`, plan, step, id(1), date, date, status, cost]);
    touch(id(60), 'a', '2026-03-04'); touch(id(60), 'a', '2026-03-08', 'done'); touch(id(60), 'a', '2026-03-09'); touch(id(60), 'a', '2026-03-05', 'skipped');
    touch(id(60), 'b', '2026-03-02', 'planned', 0); touch(id(60), 'gone', '2026-03-02'); touch(id(61), 'a', '2026-03-04');
    expect(calendarRows(db, [readCampaign(db, id(60))!])).toEqual([
      { date: '2026-03-02', planName: 'Spring', stepName: 'Letter', channel: 'letter', touches: 2, costMinor: 2_000 },
      { date: '2026-03-02', planName: 'Spring', stepName: 'Call', channel: 'phone', touches: 1, costMinor: 0 },
      { date: '2026-03-09', planName: 'Spring', stepName: 'Letter', channel: 'letter', touches: 1, costMinor: 1_000 },
    ]);
    expect(calendarRows(db, [])).toEqual([]);
  });
});
