import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../../electron/engine/engine';
import { callParsed, trackedEngines } from '../../../support/engines';
import { sampleProfile, tempDir, testEnv } from '../../../support/engine';

const engines = trackedEngines();

async function engineWithTwins() {
  const e = new Engine(await testEnv(), () => {});
  engines.push(e);
  await e.create(join(tempDir(), 'Nord.rapport'), sampleProfile);
  const a = callParsed(e, 'customers.create', { customer: { firstName: 'Eva', lastName: 'Lund', email: 'eva@example.dk', city: 'Aarhus', tags: ['espresso'] } });
  const b = callParsed(e, 'customers.create', { customer: { firstName: 'Eva', lastName: 'Lund', email: 'EVA@example.dk', phone: '+45 31 11 22 33', city: 'Odense', tags: ['filter'] } });
  const friend = callParsed(e, 'customers.create', { customer: { firstName: 'Bo', referredBy: b.id } });
  callParsed(e, 'timeline.add', { customerId: a.id, entry: { kind: 'purchase', date: '2026-01-01', amountMinor: 1000, currency: 'DKK' } });
  callParsed(e, 'timeline.add', { customerId: b.id, entry: { kind: 'purchase', date: '2026-02-01', amountMinor: 3000, currency: 'DKK' } });
  callParsed(e, 'timeline.add', { customerId: b.id, entry: { kind: 'touchpoint', date: '2026-02-03', medium: 'phone' } });
  return { e, a, b, friend };
}

describe('merge and clean', () => {
  it('finds customers that look like the same person, with the reason', async () => {
    const { e, a, b } = await engineWithTwins();
    const groups = callParsed(e, 'customers.findDuplicates', {});
    expect(groups).toEqual([{ reason: 'email', customerIds: [a.id, b.id] }]);
  });

  it('merges field by field, keeping both histories and the referral', async () => {
    const { e, a, b, friend } = await engineWithTwins();
    const { mergeId, customer } = callParsed(e, 'customers.merge', { keepId: a.id, mergeId: b.id, take: ['city'] });
    expect(customer).toMatchObject({ id: a.id, city: 'Odense', phone: '+45 31 11 22 33', tags: ['espresso', 'filter'] });
    expect(customer.facts).toMatchObject({ purchaseCount: 2, totalMinor: 4000, referredCount: 1 });
    expect(callParsed(e, 'timeline.list', { customerId: a.id })).toHaveLength(3);
    expect(callParsed(e, 'customers.get', { id: friend.id }).referredBy).toBe(a.id);
    expect(callParsed(e, 'customers.list', {}).total).toBe(2);
    expect(callParsed(e, 'customers.findDuplicates', {})).toEqual([]);
    expect(mergeId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('undoes a merge: both customers and their histories as they were', async () => {
    const { e, a, b, friend } = await engineWithTwins();
    const { mergeId } = callParsed(e, 'customers.merge', { keepId: a.id, mergeId: b.id, take: ['city'] });
    expect(callParsed(e, 'customers.unmerge', { mergeId })).toEqual({ keptId: a.id, restoredId: b.id });
    expect(callParsed(e, 'customers.get', { id: a.id })).toMatchObject({ city: 'Aarhus', phone: '', tags: ['espresso'], facts: { purchaseCount: 1 } });
    expect(callParsed(e, 'customers.get', { id: b.id })).toMatchObject({ city: 'Odense', tags: ['filter'], facts: { purchaseCount: 1 } });
    expect(callParsed(e, 'timeline.list', { customerId: b.id })).toHaveLength(2);
    expect(callParsed(e, 'customers.get', { id: friend.id }).referredBy).toBe(b.id);
    expect(() => callParsed(e, 'customers.unmerge', { mergeId })).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('refuses to merge a customer with themselves', async () => {
    const { e, a } = await engineWithTwins();
    expect(() => callParsed(e, 'customers.merge', { keepId: a.id, mergeId: a.id })).toThrow(expect.objectContaining({ code: 'invalid-request' }));
  });
});
