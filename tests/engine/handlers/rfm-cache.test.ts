import { describe, expect, it } from 'vitest';
import { rfmState } from '../../../electron/engine/handlers/rfm-cache';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../support/engines';

const engines = trackedEngines();

describe("the book's kept RFM scores", () => {
  it('survive edits that cannot move a score and are made again after a purchase', async () => {
    const e = await engineWithWorkspace(engines);
    const id = callParsed(e, 'customers.create', { customer: { firstName: 'Ida', email: 'ida@example.dk' } }).id;
    const buy = (date: string, amountMinor: number) => callParsed(e, 'timeline.add', { customerId: id, entry: { kind: 'purchase', date, amountMinor, currency: 'DKK' } });
    buy('2026-02-01', 10_000);
    const state = () => (e as any).workspace.read((db: any) => rfmState(db));
    const rfm = () => callParsed(e, 'customers.list', { withRfm: true }).rows[0].rfm;
    const first = rfm();
    expect(first).toMatchObject({ purchases: 1, spent: 100 });
    // a rename, a tag, a preference and a segment keep the state the scores are kept under (no recomputation)
    const before = state();
    callParsed(e, 'customers.update', { id, patch: { firstName: 'Idá' } });
    callParsed(e, 'customers.bulkUpdate', { ids: [id], addTags: ['vip'] });
    callParsed(e, 'segments.create', { name: 'Idas', rules: { kind: 'group', op: 'and', rules: [] } });
    expect(state()).toBe(before);
    const kept = callParsed(e, 'customers.list', { withRfm: true }).rows[0].rfm;
    expect(kept).toEqual(first);
    // a purchase moves them
    buy('2026-02-20', 40_000);
    expect(state()).not.toBe(before);
    expect(rfm()).toMatchObject({ purchases: 2, spent: 500 });
    // rows asked for without RFM carry none
    expect(callParsed(e, 'customers.list', {}).rows[0].rfm).toBeNull();
  });
});
