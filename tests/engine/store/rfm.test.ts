import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkspaceDatabase } from '../../../electron/engine/database';
import { migrate } from '../../../electron/engine/migrations';
import { insertProfile } from '../../../electron/engine/store/profile';
import { rfmParameters } from '../../../electron/engine/store/rfm';
import { readRfmScores } from '../../../electron/engine/store/rfm-scores';
import type { RfmFigures } from '../../../shared/domain/rfm';
import { customerLifetimeValue } from '../../../shared/logic/clv';
import { QUINTILE_MIN_BUYERS, scoreBuyers } from '../../../shared/logic/rfm';
import { sampleProfile, testEnv } from '../../support/engine';

/**
 * The SQL of store/rfm.ts against the rules of shared/logic: for random buyers (few distinct values, so ties are
 * common; lists under and over 50 buyers) the statement scores as scoreBuyers does, never gives equal values
 * different scores, and its lifetime values are customerLifetimeValue's to the cent.
 */

const AS_OF = '2026-03-01';
const DAY = 86_400_000;
const daysBefore = (days: number) => new Date(Date.parse(`${AS_OF}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);

interface Buyer {
  recencyDays: number;
  purchases: number;
  /** minor units of the business currency */
  spentMinor: number;
  /** days between one purchase and the next */
  spacing: number;
}

const buyer = fc.record({
  recencyDays: fc.constantFrom(0, 3, 10, 30, 45, 46, 120, 200, 400, 800),
  purchases: fc.integer({ min: 1, max: 12 }),
  spentMinor: fc.constantFrom(0, 999, 5_000, 20_000, 150_000, 150_001, 400_000, 2_500_050, 9_999_999),
  spacing: fc.constantFrom(1, 7, 40, 200),
});
const book = fc.record({
  buyers: fc.oneof(fc.array(buyer, { minLength: 1, maxLength: 49 }), fc.array(buyer, { minLength: QUINTILE_MIN_BUYERS, maxLength: 140 })),
  marginPercent: fc.constantFrom(0, 12.5, 40, 100),
  // purchases a year before the window, so the yearly retention (and the expected years) varies
  earlierBuyers: fc.integer({ min: 0, max: 6 }),
});

async function emptyBook(): Promise<WorkspaceDatabase> {
  const db = new WorkspaceDatabase((await testEnv()).SQL);
  migrate(db);
  insertProfile(db, sampleProfile, new Date('2024-01-01T00:00:00Z'));
  return db;
}

/** Writes the buyers as customers with purchases; returns their ids in order. */
function fill(db: WorkspaceDatabase, buyers: readonly Buyer[], marginPercent: number, earlierBuyers: number): string[] {
  db.run('DELETE FROM purchases');
  db.run('DELETE FROM customers');
  db.run('UPDATE business_profile SET gross_margin_percent = ?', [marginPercent]);
  const ids = buyers.map((_, i) => `c${String(i).padStart(4, '0')}`);
  let p = 0;
  const purchase = (customer: string, date: string, minor: number) =>
    db.run("INSERT INTO purchases (id, customer_id, date, amount_minor, currency, created_at) VALUES (?, ?, ?, ?, 'DKK', '2024-01-01')", [`p${p++}`, customer, date, minor]);
  buyers.forEach((b, i) => {
    db.run("INSERT INTO customers (id, created_at, updated_at) VALUES (?, '2024-01-01', '2024-01-01')", [ids[i]!]);
    // the last purchase carries what is left after even parts, so the total is exact
    const part = Math.floor(b.spentMinor / b.purchases);
    for (let k = 0; k < b.purchases; k++) purchase(ids[i]!, daysBefore(b.recencyDays + k * b.spacing), k === 0 ? b.spentMinor - part * (b.purchases - 1) : part);
  });
  // some of the first buyers also bought 400 days ago: they are the previous year's buyers of the retention
  for (let i = 0; i < Math.min(earlierBuyers, ids.length); i++) purchase(ids[i]!, daysBefore(400), 100);
  return ids;
}

describe('the RFM statement (store/rfm.ts) against shared/logic', () => {
  it('scores as scoreBuyers does, never splits a tie, and values lifetime as customerLifetimeValue does', async () => {
    const db = await emptyBook();
    const methods = { quintiles: 0, thresholds: 0 };
    fc.assert(
      fc.property(book, ({ buyers, marginPercent, earlierBuyers }) => {
        const ids = fill(db, buyers, marginPercent, earlierBuyers);
        const params = rfmParameters(db, { asOf: AS_OF, from: null, to: null });
        const sql = readRfmScores(db, params);
        expect(sql.map((c) => c.customerId)).toEqual(ids);

        const figures: RfmFigures[] = sql.map((c) => ({ customerId: c.customerId, recencyDays: c.recencyDays, purchases: c.purchases, spent: c.spent }));
        // the figures themselves: what was written
        buyers.forEach((b, i) => {
          const extra = i < earlierBuyers ? 1 : 0;
          expect([figures[i]!.recencyDays, figures[i]!.purchases, figures[i]!.spent]).toEqual([extra ? Math.min(b.recencyDays, 400) : b.recencyDays, b.purchases + extra, (b.spentMinor + extra * 100) / 100]);
        });
        const logic = scoreBuyers(figures, params.thresholds);
        expect(sql.length >= QUINTILE_MIN_BUYERS ? 'quintiles' : 'thresholds').toBe(logic.method);
        methods[logic.method]++;
        expect(sql.map((c) => [c.r, c.f, c.m, c.group])).toEqual(logic.customers.map((c) => [c.r, c.f, c.m, c.group]));

        // equal values, equal scores
        for (const [value, score] of [['recencyDays', 'r'], ['purchases', 'f'], ['spent', 'm']] as const) {
          const seen = new Map<number, number>();
          for (const c of sql) {
            if (seen.has(c[value])) expect(c[score]).toBe(seen.get(c[value]));
            seen.set(c[value], c[score]);
          }
        }

        buyers.forEach((b, i) => {
          const extra = i < earlierBuyers;
          const clv = customerLifetimeValue({
            spent: sql[i]!.spent,
            purchases: sql[i]!.purchases,
            daysSinceFirstPurchase: Math.max(extra ? 400 : 0, b.recencyDays + (b.purchases - 1) * b.spacing),
            grossMarginPercent: marginPercent,
            expectedYears: params.expectedYears,
          });
          expect(Math.abs(sql[i]!.historicValue - clv.historicValue)).toBeLessThan(0.0051);
          expect(Math.abs(sql[i]!.predictedValue - clv.predictedValue)).toBeLessThan(0.0051);
        });
      }),
      { numRuns: 60, seed: 9 },
    );
    // both ways of scoring were tried
    expect(methods.quintiles).toBeGreaterThan(10);
    expect(methods.thresholds).toBeGreaterThan(10);
  }, 120_000);
});
