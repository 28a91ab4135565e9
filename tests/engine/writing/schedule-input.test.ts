import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkspaceDatabase } from '../../../electron/engine/database';
import { migrate } from '../../../electron/engine/migrations';
import { campaignsWithStatus, insertCampaign } from '../../../electron/engine/store/campaigns';
import { purchaseCut, readScheduleData } from '../../../electron/engine/writing/schedule-input';
import { CampaignInputSchema, DEFAULT_CONTACT_POLICY } from '../../../shared/domain/campaign';
import { addDays } from '../../../shared/logic/calendar';
import { scheduleTouches } from '../../../shared/logic/schedule';
import { sqlJs } from '../../support/engine';

/**
 * readScheduleData (electron/engine/writing/schedule-input.ts) reads each customer's purchases as one row: the
 * first, the last before the cut and those after it. The schedule made from that must be the schedule made from
 * every purchase, whatever the purchase history and the steps.
 */

const AS_OF = '2026-03-02';
const NOW = new Date('2026-03-01T09:00:00.000Z');
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

async function workspace() {
  const db = new WorkspaceDatabase(await sqlJs());
  migrate(db);
  return db;
}

describe('readScheduleData', () => {
  it('cuts the purchases an after-purchase step cannot reach: back by its largest N from the schedule day', () => {
    const plan = (days: number[]) => CampaignInputSchema.parse({
      name: 'p', startDate: '2026-04-01', endDate: '2026-12-31',
      steps: days.map((d, i) => ({ id: id(i + 1), name: `s${i}`, trigger: { kind: 'afterPurchase', days: d }, channel: 'email' })),
    });
    expect(purchaseCut([{ ...plan([3, 40]), id: id(9) } as never], AS_OF)).toBe(addDays(AS_OF, -40));
    expect(purchaseCut([], AS_OF)).toBe(AS_OF);
  });

  it('gives the same schedule as every purchase would, over random histories and steps', async () => {
    const db = await workspace();
    const customers = 6;
    for (let c = 0; c < customers; c++) {
      db.run("INSERT INTO customers (id, first_name, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?)", [id(100 + c), `C${c}`, `c${c}@example.com`, NOW.toISOString(), NOW.toISOString()]);
      db.run("INSERT INTO consents (customer_id, channel, status, at, source) VALUES (?, 'email', 'granted', ?, 'test')", [id(100 + c), NOW.toISOString()]);
    }
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: customers - 1 }), fc.integer({ min: -900, max: 300 })), { maxLength: 60 }),
        fc.array(fc.tuple(fc.constantFrom('afterPurchase', 'afterFirstPurchase', 'lapsed'), fc.integer({ min: 1, max: 400 })), { minLength: 1, maxLength: 4 }),
        async (purchases, steps) => {
          db.exec('DELETE FROM purchases; DELETE FROM campaigns;');
          purchases.forEach(([c, offset], i) =>
            db.run("INSERT INTO purchases (id, customer_id, date, amount_minor, currency, created_at) VALUES (?, ?, ?, 1000, 'DKK', 'x')", [`p${i}`, id(100 + c), addDays(AS_OF, offset)]),
          );
          const input = CampaignInputSchema.parse({
            name: 'Plan', status: 'active', startDate: AS_OF, endDate: addDays(AS_OF, 300), businessDaysOnly: false,
            steps: steps.map(([kind, days], i) => ({ id: id(i + 1), name: `Step ${i}`, trigger: { kind, days }, channel: 'email' })),
          });
          insertCampaign(db, id(50), input, NOW);
          const plans = campaignsWithStatus(db, 'active');
          const data = readScheduleData(db, plans, AS_OF);
          const every = data.customers.map((c) => ({
            ...c,
            purchaseDates: db.all<{ date: string }>('SELECT date FROM purchases WHERE customer_id = ? ORDER BY date', [c.id]).map((r) => r.date),
          }));
          const policy = { ...DEFAULT_CONTACT_POLICY, minGapDays: 0, maxPer30Days: 30, maxPer30DaysByChannel: { ...DEFAULT_CONTACT_POLICY.maxPer30DaysByChannel, email: 30 } };
          const schedule = (list: typeof every) => scheduleTouches({ asOf: AS_OF, plans: data.plans, customers: list, policy, closedDays: new Map(), kept: [] });
          const fromCut = schedule(data.customers);
          expect(fromCut).toEqual(schedule(every));
          for (const c of data.customers) expect(c.purchaseDates).toEqual([...c.purchaseDates].sort());
        },
      ),
      { numRuns: 150 },
    );
    db.close();
  });
});
