import { describe, expect, it } from 'vitest';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../../support/engines';

const engines = trackedEngines();

const engine = () => engineWithWorkspace(engines);

describe('bulk actions', () => {
  it('undoes a delete exactly: same ids, histories, consents, tags and links from others', async () => {
    const e = await engine();
    const eva = callParsed(e, 'customers.create', { customer: { firstName: 'Eva', email: 'eva@example.dk', tags: ['vip'] } });
    const bo = callParsed(e, 'customers.create', { customer: { firstName: 'Bo', referredBy: eva.id } });
    const ida = callParsed(e, 'customers.create', { customer: { firstName: 'Ida', referredBy: bo.id } });
    callParsed(e, 'customers.bulkUpdate', { ids: [eva.id], consent: { medium: 'email', status: 'granted', evidence: 'signed up in the shop' } });
    callParsed(e, 'timeline.add', { customerId: eva.id, entry: { kind: 'purchase', date: '2026-01-01', amountMinor: 700, currency: 'DKK' } });
    const before = [callParsed(e, 'customers.get', { id: eva.id }), callParsed(e, 'customers.get', { id: bo.id })];

    const { deleted, undoId } = callParsed(e, 'customers.delete', { ids: [eva.id, bo.id] });
    expect(deleted).toBe(2);
    expect(callParsed(e, 'customers.get', { id: ida.id }).referredBy).toBeNull();

    expect(callParsed(e, 'customers.restore', { undoId })).toEqual({ restored: 2 });
    expect([callParsed(e, 'customers.get', { id: eva.id }), callParsed(e, 'customers.get', { id: bo.id })]).toEqual(before);
    expect(callParsed(e, 'customers.get', { id: ida.id }).referredBy).toBe(bo.id);
    expect(callParsed(e, 'timeline.list', { customerId: eva.id })).toHaveLength(1);
    expect(() => callParsed(e, 'customers.restore', { undoId })).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('tags, untags, marks do-not-contact and sets consent for many at once, counting only real changes', async () => {
    const e = await engine();
    const ids = ['A', 'B', 'C'].map((firstName) => callParsed(e, 'customers.create', { customer: { firstName, tags: firstName === 'A' ? ['old'] : [] } }).id);
    expect(callParsed(e, 'customers.bulkUpdate', { ids, addTags: ['fair-2026'], removeTags: ['old'] })).toEqual({ updated: 3 });
    expect(callParsed(e, 'customers.bulkUpdate', { ids, addTags: ['fair-2026'] })).toEqual({ updated: 0 });
    expect(callParsed(e, 'customers.bulkUpdate', { ids: [ids[0]], doNotContact: true })).toEqual({ updated: 1 });
    const rows = callParsed(e, 'customers.list', {}).rows;
    expect(rows.map((r: any) => [r.firstName, r.tags, r.doNotContact])).toEqual([['A', ['fair-2026'], true], ['B', ['fair-2026'], false], ['C', ['fair-2026'], false]]);
    callParsed(e, 'customers.bulkUpdate', { ids, consent: { medium: 'email', status: 'withdrawn' } });
    expect(callParsed(e, 'customers.list', {}).rows.every((r: any) => r.emailConsent === 'withdrawn')).toBe(true);
  });
});
