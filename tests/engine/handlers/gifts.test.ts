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

describe('gifts catalogue edits and the gift log', () => {
  it('updates a gift, deletes it (gone from the list, not givable) and restores it', async () => {
    const e = await engineWithWorkspace(engines);
    const mug = callParsed(e, 'gifts.create', { name: 'Coffee mug', unitCostMinor: 8900 });
    const updated = callParsed(e, 'gifts.update', { id: mug.id, patch: { name: 'Big mug', stock: 5, occasions: ['birthday'] } });
    expect(updated).toMatchObject({ name: 'Big mug', stock: 5, occasions: ['birthday'], unitCostMinor: 8900 });
    expect(callParsed(e, 'gifts.delete', { id: mug.id })).toEqual({ id: mug.id });
    expect(callParsed(e, 'gifts.list', {})).toEqual([]);
    const anna = callParsed(e, 'customers.create', { customer: { firstName: 'Anna' } });
    expect(() => callParsed(e, 'gifts.give', { customerId: anna.id, giftId: mug.id, date: '2026-02-28', occasion: 'birthday' })).toThrow(/not in the catalogue/);
    expect(() => callParsed(e, 'gifts.update', { id: mug.id, patch: { name: 'x' } })).toThrow(/not in the catalogue/);
    expect(() => callParsed(e, 'gifts.delete', { id: mug.id })).toThrow(/not in the catalogue/);
    expect(callParsed(e, 'gifts.restore', { id: mug.id })).toMatchObject({ id: mug.id, name: 'Big mug' });
    expect(callParsed(e, 'gifts.list', {})).toHaveLength(1);
    expect(() => callParsed(e, 'gifts.restore', { id: mug.id })).toThrow(/not among the deleted/);
  });

  it('refuses unknown ids and bad input', async () => {
    const e = await engineWithWorkspace(engines);
    const nobody = '00000000-0000-4000-8000-999999999999';
    expect(() => callParsed(e, 'gifts.update', { id: nobody, patch: { name: 'x' } })).toThrow(/not in the catalogue/);
    expect(() => callParsed(e, 'gifts.delete', { id: nobody })).toThrow(/not in the catalogue/);
    expect(() => callParsed(e, 'gifts.restore', { id: nobody })).toThrow(/not among the deleted/);
    expect(() => callParsed(e, 'gifts.updateGiven', { id: nobody, patch: { note: 'x' } })).toThrow(/not in the log/);
    expect(() => callParsed(e, 'gifts.update', { id: nobody, patch: { unitCostMinor: -1 } })).toThrow();
    const mug = callParsed(e, 'gifts.create', { name: 'Mug' });
    expect(() => callParsed(e, 'gifts.give', { customerId: nobody, giftId: mug.id, date: '2026-02-28', occasion: 'birthday' })).toThrow(/customer does not exist/);
  });

  it('updates a given gift and keeps its touchpoint on the same date', async () => {
    const e = await engineWithWorkspace(engines);
    const anna = callParsed(e, 'customers.create', { customer: { firstName: 'Anna' } });
    const mug = callParsed(e, 'gifts.create', { name: 'Coffee mug' });
    const given = callParsed(e, 'gifts.give', { customerId: anna.id, giftId: mug.id, date: '2026-02-28', occasion: 'birthday' });
    const changed = callParsed(e, 'gifts.updateGiven', { id: given.id, patch: { reaction: 'delighted', note: 'Loved it', date: '2026-02-20' } });
    expect(changed).toMatchObject({ reaction: 'delighted', note: 'Loved it', date: '2026-02-20', touchpointId: given.touchpointId });
    const entry = callParsed(e, 'timeline.list', { customerId: anna.id }).find((x: any) => x.id === given.touchpointId);
    expect(entry).toMatchObject({ date: '2026-02-20' });
    callParsed(e, 'gifts.updateGiven', { id: given.id, patch: { note: 'only the note' } });
    expect(callParsed(e, 'gifts.log', { customerId: anna.id })[0]).toMatchObject({ note: 'only the note', reaction: 'delighted', date: '2026-02-20' });
  });
});
