import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/engine/engine';
import { contract } from '../../../shared/contract/channels';
import type { EconomicsAnswer, Program, ProgramStanding, RecommendAnswer } from '../../../shared/domain/program';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../support/engines';

/**
 * programs.* (electron/engine/handlers/programs.ts) on a real workspace: programs kept, changed, duplicated,
 * deleted and restored; recommendations and economics answered from the workspace's purchases; a customer's
 * standing in the programs with balances; and the refusals. The rules and formulas themselves are tested in
 * tests/unit/logic/programs/.
 */

const engines = trackedEngines();
const ASOF = '2026-03-01';
const UNKNOWN = '00000000-0000-4000-8000-000000000999';

const stampCard = { type: 'stampCard', stampsPer: 'purchase', rewardAt: 5, reward: { description: 'A free coffee', costMinor: 2_500 } };

function customer(e: Engine, fields: Record<string, unknown>): string {
  return callParsed(e, 'customers.create', { customer: fields }).id;
}
function buy(e: Engine, customerId: string, date: string, amountMinor: number, currency = 'DKK'): void {
  callParsed(e, 'timeline.add', { customerId, entry: { kind: 'purchase', date, amountMinor, currency } });
}

async function book() {
  const e = await engineWithWorkspace(engines);
  const anna = customer(e, { firstName: 'Anna', lastName: 'Berg' });
  const bo = customer(e, { firstName: 'Bo', lastName: 'Dahl' });
  for (let i = 0; i < 7; i++) buy(e, anna, `2025-${String(4 + i).padStart(2, '0')}-10`, 5_000);
  buy(e, bo, '2025-12-01', 20_000);
  return { e, anna, bo };
}

describe('programs', () => {
  it('are created with their defaults, changed, duplicated as a draft, deleted and restored', async () => {
    const { e } = await book();
    const created: Program = callParsed(e, 'programs.create', { name: 'Coffee card', rules: stampCard, budgetMinor: 100_000 });
    expect(created).toMatchObject({ name: 'Coffee card', status: 'draft', segmentIds: [], channels: [], budgetMinor: 100_000, rules: { type: 'stampCard', rewardAt: 5, amountPerStampMinor: 10_000 } });
    const changed: Program = callParsed(e, 'programs.update', { id: created.id, patch: { status: 'active', channels: ['letter'] } });
    expect(changed).toMatchObject({ status: 'active', channels: ['letter'], rules: created.rules });
    const copy: Program = callParsed(e, 'programs.duplicate', { id: created.id });
    expect(copy).toMatchObject({ name: 'Coffee card (copy)', status: 'draft', rules: created.rules, channels: ['letter'] });
    expect(copy.id).not.toBe(created.id);
    callParsed(e, 'programs.delete', { id: created.id });
    expect((callParsed(e, 'programs.list', {}) as Program[]).map((p) => p.name)).toEqual(['Coffee card (copy)']);
    expect(callParsed(e, 'programs.restore', { id: created.id }).status).toBe('active');
    expect((callParsed(e, 'programs.list', {}) as Program[]).map((p) => p.name)).toEqual(['Coffee card', 'Coffee card (copy)']);
  });

  it('refuses an unknown program, a period backwards and bad rules', async () => {
    const { e } = await book();
    expect(() => callParsed(e, 'programs.update', { id: UNKNOWN, patch: { name: 'x' } })).toThrow(/does not exist/);
    expect(() => callParsed(e, 'programs.restore', { id: UNKNOWN })).toThrow(/not among the deleted/);
    const id = callParsed(e, 'programs.create', { name: 'Card', rules: stampCard, startDate: '2026-01-01' }).id;
    expect(() => callParsed(e, 'programs.update', { id, patch: { endDate: '2025-12-31' } })).toThrow(/ends on or after/);
    const schema = contract['programs.create'].request;
    for (const bad of [
      { name: 'x', rules: { type: 'coupons' } },
      { name: 'x', rules: { ...stampCard, rewardAt: 1 } },
      { name: 'x', rules: { ...stampCard, reward: { costMinor: 12.5 } } },
      { name: '', rules: stampCard },
      { name: 'x', rules: stampCard, status: 'paused' },
      { name: 'x', rules: stampCard, startDate: '2026-02-01', endDate: '2026-01-01' },
    ])
      expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it('recommends from the workspace and answers economics for a program from its purchases', async () => {
    const { e } = await book();
    const answer: RecommendAnswer = callParsed(e, 'programs.recommend', { asOf: ASOF });
    expect(answer.facts).toMatchObject({ customers: 2, buyers: 2 });
    expect(answer.recommendations.length).toBeGreaterThan(0);
    for (const r of answer.recommendations) expect(r.reasons.length).toBeGreaterThan(0);
    const id = callParsed(e, 'programs.create', { name: 'Card', rules: stampCard }).id;
    const economics: EconomicsAnswer = callParsed(e, 'programs.economics', { programId: id, asOf: ASOF, assumptions: { joinPercent: 100, redemptionPercent: 100 } });
    expect(economics.base).toMatchObject({ targetCustomers: 2, activeBuyers: 2, purchases: 8 });
    // Anna's 7 purchases give one card full at 5 stamps; Bo's one gives none.
    expect(economics.figures.find((f) => f.key === 'rewardsEarned')?.value).toBe(1);
    expect(economics.figures.find((f) => f.key === 'rewardCost')?.value).toBe(2_500);
    for (const f of economics.figures) expect(f.how.length).toBeGreaterThan(0);
    expect(() => callParsed(e, 'programs.economics', { programId: UNKNOWN, asOf: ASOF })).toThrow(/does not exist/);
  });

  it('shows a customer’s stamps from their purchases, only for programs with balances', async () => {
    const { e, anna } = await book();
    callParsed(e, 'programs.create', { name: 'Card', rules: stampCard, status: 'active' });
    callParsed(e, 'programs.create', { name: 'Thanks', rules: { type: 'thankYou' }, status: 'active' });
    const standing: ProgramStanding[] = callParsed(e, 'programs.standing', { customerId: anna, asOf: ASOF });
    expect(standing).toEqual([expect.objectContaining({ programName: 'Card', type: 'stampCard', balance: 2, rewardsEarned: 1, toNext: 3 })]);
  });
});
