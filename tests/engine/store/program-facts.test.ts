import { describe, expect, it } from 'vitest';
import { readBusinessFacts, readFactsAndProgramBase, readProgramBase, spendBucketFor } from '../../../electron/engine/store/program-facts';
import { insertSegment } from '../../../electron/engine/store/segments';
import type { ProgramRules } from '../../../shared/domain/program';
import { AT, bookWith, id } from './support';

/**
 * A small real workspace (migrated sql.js, the Danish sample profile, seeded rates: 1 EUR = 7.4584 DKK), asOf
 * 2026-03-01, the year from 2025-03-02. By hand:
 * - Anna (1): 3 purchases in the year, 100 DKK each (30,000) + one before (2024-06-01): retained, referred Cai
 * - Bo (2): 1 purchase of 10.00 EUR in the year = 1000 × 7.4584 = 7,458 DKK minor; one in the year before
 * - Cai (3, referred by Anna): first purchase in the year, 500 DKK (50,000)
 * - Dina (4): bought only 2024-01-10: lapsed
 * - Eve (5): never bought, a birthday on file, company "Hinge A/S"
 * buyers 3, purchases 5, revenue 30,000 + 7,458 + 50,000 = 87,458; previous buyers (2024-03-02..2025-03-01) Anna, Bo
 * → both retained; top 20 % of 3 buyers = 1 buyer (Cai, 50,000) = 57.2 %; lapsed 1 of 5.
 */
async function book() {
  const db = await bookWith([[1, { firstName: 'Anna' }], [2, { firstName: 'Bo' }], [3, { firstName: 'Cai' }], [4, { firstName: 'Dina' }], [5, { firstName: 'Eve', company: 'Hinge A/S', birthday: '1980-05-01' }]]);
  db.run('UPDATE customers SET referred_by = ? WHERE id = ?', [id(1), id(3)]);
  let n = 0;
  const buy = (c: number, date: string, amount: number, currency = 'DKK') =>
    db.run('INSERT INTO purchases (id, customer_id, date, amount_minor, currency, created_at) VALUES (?, ?, ?, ?, ?, ?)', [`p${++n}`, id(c), date, amount, currency, AT.toISOString()]);
  buy(1, '2025-04-01', 10_000); buy(1, '2025-08-01', 10_000); buy(1, '2026-02-28', 10_000); buy(1, '2024-06-01', 10_000);
  buy(2, '2025-05-05', 1_000, 'EUR'); buy(2, '2024-12-24', 5_000);
  buy(3, '2025-10-10', 50_000);
  buy(4, '2024-01-10', 20_000);
  buy(2, '2026-03-02', 99_999); // after asOf: not counted
  return db;
}

describe('program facts', () => {
  it('business facts match the hand counts, money converted to the business currency', async () => {
    const db = await book();
    const f = readBusinessFacts(db, '2026-03-01');
    expect(f).toMatchObject({ kind: 'both', currency: 'DKK', customers: 5, buyers: 3, companies: 1, withBirthday: 1, repeatRate: 1 });
    expect(f.purchasesPerBuyer).toBeCloseTo(5 / 3, 10);
    expect(f.averageBasketMinor).toBe(Math.round(87_458 / 5));
    expect(f.averageBasketEurMinor).toBe(Math.round(Math.round(87_458 / 5) / 7.4584));
    expect(f.topFifthRevenueShare).toBeCloseTo(50_000 / 87_458, 10);
    expect(f.referralShare).toBe(0.2);
    expect(f.lapsedShare).toBe(0.2);
  });

  it('a program base: all customers, histograms, advocates, a currency without a rate reported', async () => {
    const db = await book();
    db.run("INSERT INTO purchases (id, customer_id, date, amount_minor, currency, created_at) VALUES ('px', ?, '2025-06-01', 777, 'XYZ', ?)", [id(5), AT.toISOString()]);
    const rules: ProgramRules = { type: 'stampCard', stampsPer: 'purchase', amountPerStampMinor: 10_000, rewardAt: 10, reward: { description: '', costMinor: 0 } };
    const b = readProgramBase(db, { rules, segmentIds: [], giftIds: [] }, '2026-03-01');
    expect(b).toMatchObject({
      from: '2025-03-02', targetCustomers: 5, activeBuyers: 4, purchases: 6, revenueMinor: 87_458, unconvertedCurrencies: ['XYZ'], retentionRate: 1,
      lapsedCustomers: 1, advocates: 1, referred: 1, spendBucketMinor: 10_000,
      purchaseHistogram: [[1, 3], [3, 1]],
      spendHistogram: [[0, 2], [30_000, 1], [50_000, 1]], // Eve 0 (XYZ has no rate) and Bo 7,458; Anna 30,000; Cai 50,000
    });
  });

  it('targets the union of the program’s segments, the gifts’ average cost, and a win-back’s lapsed', async () => {
    const db = await book();
    const rule = (ids: number[]) => ({ kind: 'group' as const, op: 'or' as const, not: false, rules: ids.map((i) => ({ field: 'city' as const, op: 'is' as const, value: `Town ${i}` })) });
    for (const i of [1, 2, 3, 4]) db.run('UPDATE customers SET city = ? WHERE id = ?', [`Town ${i}`, id(i)]);
    insertSegment(db, id(100), { name: 'A', colour: 'green', description: '', rules: rule([1]) } as never, AT);
    insertSegment(db, id(101), { name: 'B', colour: 'green', description: '', rules: rule([3, 4]) } as never, AT);
    db.run("INSERT INTO gifts (id, name, unit_cost_minor, created_at, updated_at) VALUES (?, 'Pencil', 3000, ?, ?), (?, 'Mug', 5000, ?, ?)", [id(200), 'x', 'x', id(201), 'x', 'x']);
    const winBack: ProgramRules = { type: 'winBack', reward: { description: '', costMinor: 0 }, lapsedAfterDays: 100 };
    const b = readProgramBase(db, { rules: winBack, segmentIds: [id(100), id(101)], giftIds: [id(200), id(201)] }, '2026-03-01');
    expect(b).toMatchObject({ targetCustomers: 3, activeBuyers: 2, revenueMinor: 80_000, giftUnitCostMinor: 4_000, advocates: 1, referred: 1 });
    expect(b.lapsedCustomers).toBe(2); // Dina (2024) and Cai (last 2025-10-10, more than 100 days before asOf: on or before 2025-11-21)
  });

  it('reads the facts and a program base together as it reads them apart (one pass when the program targets everyone)', async () => {
    const db = await book();
    db.run('UPDATE customers SET city = ? WHERE id = ?', ['Town 1', id(1)]);
    insertSegment(db, id(100), { name: 'A', colour: 'green', description: '', rules: { kind: 'group', op: 'or', not: false, rules: [{ field: 'city', op: 'is', value: 'Town 1' }] } } as never, AT);
    const points: ProgramRules = { type: 'points', pointsPerUnit: 1, thresholds: [{ points: 500, reward: { description: '', costMinor: 0 } }], expiryMonths: 12 };
    const winBack: ProgramRules = { type: 'winBack', reward: { description: '', costMinor: 0 }, lapsedAfterDays: 100 };
    const programs = [
      { rules: points, segmentIds: [], giftIds: [] },
      { rules: points, segmentIds: [id(100)], giftIds: [] },
      { rules: winBack, segmentIds: [], giftIds: [] },
    ];
    for (const program of programs) {
      const together = readFactsAndProgramBase(db, program, '2026-03-01');
      expect(together.facts).toEqual(readBusinessFacts(db, '2026-03-01'));
      expect(together.base).toEqual(readProgramBase(db, program, '2026-03-01'));
    }
    expect(readFactsAndProgramBase(db, programs[1]!, '2026-03-01').base.targetCustomers).toBe(1);
  });

  it('picks spend buckets that make the economics exact', () => {
    expect(spendBucketFor({ type: 'stampCard', stampsPer: 'amount', amountPerStampMinor: 5_000, rewardAt: 10, reward: { description: '', costMinor: 0 } })).toBe(50_000);
    expect(spendBucketFor({ type: 'points', pointsPerUnit: 2, thresholds: [{ points: 500, reward: { description: '', costMinor: 0 } }], expiryMonths: 0 })).toBe(25_000);
    expect(spendBucketFor({ type: 'tiers', basis: 'spend', periodMonths: 12, tiers: [{ name: 'S', threshold: 300_000, benefits: '', costPerMemberMinor: 0 }, { name: 'G', threshold: 500_000, benefits: '', costPerMemberMinor: 0 }] })).toBe(100_000);
  });
});
