import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/engine/engine';
import { contract } from '../../../shared/contract/channels';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../support/engines';

/**
 * documents.confirmSent and documents.undoSent: letters or gift cards confirmed as sent become one outbound
 * sales touchpoint per customer (seen through timeline.list), logged as one batch that undoSent removes exactly;
 * undoing twice or an unknown batch is refused, and bad payloads (no customers, a call list, bad ids) are
 * refused by the contract's schema before the handler runs.
 */

const engines = trackedEngines();
const UNKNOWN = '00000000-0000-4000-8000-000000000999';

function addCustomer(e: Engine, firstName: string): string {
  return callParsed(e, 'customers.create', { customer: { firstName, lastName: 'Berg' } }).id;
}

type Item = { id: string; kind: string; medium?: string; department?: string; direction?: string; summary?: string; date: string };
const touchpoints = (e: Engine, customerId: string): Item[] =>
  callParsed(e, 'timeline.list', { customerId }).filter((x: Item) => x.kind === 'touchpoint');

async function book() {
  const e = await engineWithWorkspace(engines);
  const anna = addCustomer(e, 'Anna');
  const bo = addCustomer(e, 'Bo');
  const cai = addCustomer(e, 'Cai');
  const dina = addCustomer(e, 'Dina'); // never gets a letter
  const letter = callParsed(e, 'templates.create', { name: 'Spring letter', kind: 'letter', versions: { da: { body: 'Kære {{firstName}}' } } });
  const card = callParsed(e, 'templates.create', { name: 'Thank-you card', kind: 'giftCard', versions: { da: { body: 'Tak, {{firstName}}' } } });
  return { e, anna, bo, cai, dina, letter, card };
}

describe('documents.confirmSent', () => {
  it('logs one outbound letter touchpoint per customer, named after the template, and answers the batch', async () => {
    const { e, anna, bo, cai, dina, letter } = await book();
    const sent = callParsed(e, 'documents.confirmSent', { kind: 'letters', templateId: letter.id, customerIds: [anna, bo, cai], date: '2026-02-27' });
    expect(sent).toEqual({ batchId: expect.stringMatching(/^[0-9a-f-]{36}$/), touchpoints: 3 });
    for (const id of [anna, bo, cai]) {
      const logged = touchpoints(e, id);
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ kind: 'touchpoint', medium: 'letter', department: 'sales', direction: 'outbound', summary: 'Spring letter', date: '2026-02-27' });
    }
    expect(touchpoints(e, dina)).toEqual([]);
  });

  it('logs gift cards on the gift medium', async () => {
    const { e, anna, bo, card } = await book();
    const sent = callParsed(e, 'documents.confirmSent', { kind: 'giftCards', templateId: card.id, customerIds: [anna, bo], date: '2026-02-28' });
    expect(sent.touchpoints).toBe(2);
    for (const id of [anna, bo]) expect(touchpoints(e, id)).toMatchObject([{ medium: 'gift', summary: 'Thank-you card', date: '2026-02-28' }]);
  });

  it('counts a customer named twice once', async () => {
    const { e, anna, bo, letter } = await book();
    const sent = callParsed(e, 'documents.confirmSent', { kind: 'letters', templateId: letter.id, customerIds: [anna, bo, anna], date: '2026-02-27' });
    expect(sent.touchpoints).toBe(2);
    expect(touchpoints(e, anna)).toHaveLength(1);
  });

  it('refuses an unknown customer or template and logs nothing then', async () => {
    const { e, anna, letter } = await book();
    expect(() => callParsed(e, 'documents.confirmSent', { kind: 'letters', templateId: letter.id, customerIds: [anna, UNKNOWN], date: '2026-02-27' })).toThrow(
      /One customer does not exist/,
    );
    expect(() => callParsed(e, 'documents.confirmSent', { kind: 'letters', templateId: UNKNOWN, customerIds: [anna], date: '2026-02-27' })).toThrow(/does not exist/);
    expect(touchpoints(e, anna)).toEqual([]);
  });

  it('refuses bad payloads by the schema: no customers, a call list, ids that are not uuids, unknown fields', async () => {
    const { e, anna, letter } = await book();
    const good = { kind: 'letters', templateId: letter.id, customerIds: [anna], date: '2026-02-27' };
    const schema = contract['documents.confirmSent'].request;
    expect(schema.safeParse(good).success).toBe(true);
    const bad: Record<string, unknown>[] = [
      { ...good, customerIds: [] },
      { ...good, kind: 'callList' }, // a call list is not sent: nothing to confirm
      { ...good, kind: 'emails' },
      { ...good, templateId: 'not-a-uuid' },
      { ...good, customerIds: [anna, 'not-a-uuid'] },
      { ...good, date: '27.02.2026' },
      { ...good, extra: true },
    ];
    for (const payload of bad) expect(schema.safeParse(payload).success, JSON.stringify(payload)).toBe(false);
    expect(() => callParsed(e, 'documents.confirmSent', { ...good, customerIds: [] })).toThrow(/at least 1|too small|>=1/i);
    expect(() => callParsed(e, 'documents.confirmSent', { ...good, kind: 'callList' })).toThrow();
    expect(() => callParsed(e, 'documents.undoSent', { batchId: 'not-a-uuid' })).toThrow(/uuid/i);
    expect(touchpoints(e, anna)).toEqual([]);
  });
});

describe('documents.undoSent', () => {
  it('removes exactly the batch: other batches and hand-logged touchpoints stay', async () => {
    const { e, anna, bo, cai, letter, card } = await book();
    const own = callParsed(e, 'timeline.add', { customerId: anna, entry: { kind: 'touchpoint', date: '2026-02-01', medium: 'letter', summary: 'Handwritten note' } });
    const first = callParsed(e, 'documents.confirmSent', { kind: 'letters', templateId: letter.id, customerIds: [anna, bo], date: '2026-02-27' });
    const second = callParsed(e, 'documents.confirmSent', { kind: 'giftCards', templateId: card.id, customerIds: [anna, cai], date: '2026-02-28' });
    expect(first.batchId).not.toBe(second.batchId);
    expect(touchpoints(e, anna)).toHaveLength(3);

    expect(callParsed(e, 'documents.undoSent', { batchId: first.batchId })).toEqual({ removed: 2 });
    expect(touchpoints(e, anna).map((t) => t.summary).sort()).toEqual(['Handwritten note', 'Thank-you card']);
    expect(touchpoints(e, anna).find((t) => t.summary === 'Handwritten note')?.id).toBe(own.id);
    expect(touchpoints(e, bo)).toEqual([]);
    expect(touchpoints(e, cai)).toMatchObject([{ summary: 'Thank-you card', medium: 'gift' }]);
  });

  it('refuses to undo twice, and an unknown batch, with a clear error', async () => {
    const { e, anna, letter } = await book();
    const sent = callParsed(e, 'documents.confirmSent', { kind: 'letters', templateId: letter.id, customerIds: [anna], date: '2026-02-27' });
    expect(callParsed(e, 'documents.undoSent', { batchId: sent.batchId })).toEqual({ removed: 1 });
    expect(() => callParsed(e, 'documents.undoSent', { batchId: sent.batchId })).toThrow(/not logged \(it may have been undone already\)/);
    expect(() => callParsed(e, 'documents.undoSent', { batchId: UNKNOWN })).toThrow(/not logged/);
    expect(touchpoints(e, anna)).toEqual([]);
  });

  it('counts only the touchpoints still there when one was deleted by hand in between', async () => {
    const { e, anna, bo, letter } = await book();
    const sent = callParsed(e, 'documents.confirmSent', { kind: 'letters', templateId: letter.id, customerIds: [anna, bo], date: '2026-02-27' });
    const annas = touchpoints(e, anna)[0]!;
    expect(callParsed(e, 'timeline.delete', { kind: 'touchpoint', id: annas.id })).toEqual({ deleted: 1 });
    expect(callParsed(e, 'documents.undoSent', { batchId: sent.batchId })).toEqual({ removed: 1 });
    expect(touchpoints(e, bo)).toEqual([]);
  });
});
