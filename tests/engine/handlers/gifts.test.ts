import { describe, expect, it } from 'vitest';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../support/engines';

const engines = trackedEngines();

describe('gifts handlers', () => {
  it('gives a gift that shows on the customer timeline as a gift touchpoint, and removes both on deleteGiven', async () => {
    const e = await engineWithWorkspace(engines);
    const anna = callParsed(e, 'customers.create', { customer: { firstName: 'Anna', lastName: 'Berg' } });
    const mug = callParsed(e, 'gifts.create', { name: 'Coffee mug', unitCostMinor: 8900, stock: 1 });
    expect(callParsed(e, 'gifts.list', {})).toMatchObject([{ id: mug.id, stock: 1, givenCount: 0 }]);
    const given = callParsed(e, 'gifts.give', { customerId: anna.id, giftId: mug.id, date: '2026-02-28', occasion: 'birthday' });
    expect(given).toMatchObject({ giftName: 'Coffee mug', costMinor: 8900, occasion: 'birthday' });
    const timeline = JSON.stringify(callParsed(e, 'timeline.list', { customerId: anna.id }));
    expect(timeline).toContain('Coffee mug (birthday)');
    expect(callParsed(e, 'gifts.list', {})).toMatchObject([{ stock: 0, givenCount: 1 }]);
    expect(() => callParsed(e, 'gifts.give', { customerId: anna.id, giftId: mug.id, date: '2026-03-01', occasion: 'anniversary' })).toThrow(/out of stock/);
    expect(callParsed(e, 'gifts.log', { customerId: anna.id })).toHaveLength(1);
    callParsed(e, 'gifts.deleteGiven', { id: given.id });
    expect(JSON.stringify(callParsed(e, 'timeline.list', { customerId: anna.id }))).not.toContain('Coffee mug');
    expect(callParsed(e, 'gifts.list', {})).toMatchObject([{ stock: 1, givenCount: 0 }]);
  });

  it('erasing a customer deletes their gift log', async () => {
    const e = await engineWithWorkspace(engines);
    const anna = callParsed(e, 'customers.create', { customer: { firstName: 'Anna', email: 'anna@example.dk' } });
    const mug = callParsed(e, 'gifts.create', { name: 'Coffee mug' });
    callParsed(e, 'gifts.give', { customerId: anna.id, giftId: mug.id, date: '2026-02-28', occasion: 'birthday' });
    expect(callParsed(e, 'gifts.list', {})[0].givenCount).toBe(1);
    callParsed(e, 'customers.erase', { id: anna.id });
    expect(callParsed(e, 'gifts.list', {})[0].givenCount).toBe(0);
  });
});
