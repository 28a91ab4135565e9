import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract/channels';
import { Engine } from '../../../electron/engine/engine';
import { callParsed, trackedEngines } from '../../support/engines';
import { sampleProfile, tempDir, testEnv } from '../../support/engine';

const engines = trackedEngines();

async function engineWithCustomer() {
  const e = new Engine(await testEnv(), () => {});
  engines.push(e);
  await e.create(join(tempDir(), 'Nord.rapport'), sampleProfile);
  const customer = callParsed(e, 'customers.create', { customer: { company: 'Café Nord', kind: 'company' } });
  return { e, customerId: customer.id as string };
}

describe('timeline handlers', () => {
  it('adds purchases, touchpoints and feedback and lists them newest first', async () => {
    const { e, customerId } = await engineWithCustomer();
    callParsed(e, 'timeline.add', { customerId, entry: { kind: 'purchase', date: '2026-01-05', amountMinor: 45_000, currency: 'DKK', product: 'Ethiopia Guji 1 kg' } });
    callParsed(e, 'timeline.add', { customerId, entry: { kind: 'touchpoint', date: '2026-02-01', medium: 'visit', department: 'after-sales', summary: 'Grinder check' } });
    callParsed(e, 'timeline.add', { customerId, entry: { kind: 'feedback', date: '2026-01-20', nps: 9, comment: 'Lovely beans' } });
    const items = callParsed(e, 'timeline.list', { customerId });
    expect(items.map((i: any) => [i.kind, i.date])).toEqual([['touchpoint', '2026-02-01'], ['feedback', '2026-01-20'], ['purchase', '2026-01-05']]);
    expect(items[0]).toMatchObject({ medium: 'visit', department: 'after-sales', direction: 'outbound', customerId });
    expect(items[1]).toMatchObject({ nps: 9, satisfaction: null });
    const customer = callParsed(e, 'customers.get', { id: customerId });
    expect(customer.facts).toMatchObject({ purchaseCount: 1, totalMinor: 45_000, lastPurchase: '2026-01-05' });
  });

  it('edits and deletes an entry', async () => {
    const { e, customerId } = await engineWithCustomer();
    const purchase = callParsed(e, 'timeline.add', { customerId, entry: { kind: 'purchase', date: '2026-01-05', amountMinor: 100, currency: 'DKK' } });
    const edited = callParsed(e, 'timeline.update', { id: purchase.id, entry: { kind: 'purchase', date: '2026-01-06', amountMinor: 250, currency: 'DKK' } });
    expect(edited).toMatchObject({ date: '2026-01-06', amountMinor: 250 });
    expect(callParsed(e, 'timeline.delete', { kind: 'purchase', id: purchase.id })).toEqual({ deleted: 1 });
    expect(callParsed(e, 'timeline.list', { customerId })).toEqual([]);
    expect(() => callParsed(e, 'timeline.update', { id: purchase.id, entry: { kind: 'purchase', date: '2026-01-06', amountMinor: 1, currency: 'DKK' } })).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
  });

  it('refuses entries for unknown customers and feedback without a score', async () => {
    const { e } = await engineWithCustomer();
    expect(() =>
      callParsed(e, 'timeline.add', { customerId: '00000000-0000-4000-8000-999999999999', entry: { kind: 'touchpoint', date: '2026-01-01', medium: 'phone' } }),
    ).toThrow(expect.objectContaining({ code: 'not-found' }));
    const schema = contract['timeline.add'].request;
    const customerId = '00000000-0000-4000-8000-000000000001';
    expect(schema.safeParse({ customerId, entry: { kind: 'feedback', date: '2026-01-01' } }).success).toBe(false);
    expect(schema.safeParse({ customerId, entry: { kind: 'feedback', date: '2026-01-01', nps: 11 } }).success).toBe(false);
    expect(schema.safeParse({ customerId, entry: { kind: 'purchase', date: '2026-01-01', amountMinor: 1.5, currency: 'DKK' } }).success).toBe(false);
    expect(schema.safeParse({ customerId, entry: { kind: 'touchpoint', date: '2026-01-01', medium: 'pigeon' } }).success).toBe(false);
  });
});
