import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/engine/engine';
import { contract } from '../../../shared/contract/channels';
import type { GiftReason, GiftSuggestion } from '../../../shared/domain/gift';
import type { SegmentRules } from '../../../shared/domain/segment';
import { callParsed, engineWithWorkspace, trackedEngines } from '../../support/engines';

/**
 * gifts.suggest (electron/engine/handlers/gift-suggest.ts): the catalogue ranked for one customer or a saved
 * segment, each point with its reason. Covers the occasion (+3), RFM group (+2), segment (+2), cost against the
 * customer's value (+1 / −1) and bought-product (+1) fits; already given (−4 for a customer, the share of members
 * for a segment, with alreadyGivenCount); low stock (−1) and out of stock (always last); ties by name; and the
 * refusals (unknown segment or customer, bad payloads). A one-member segment is still answered as a segment.
 */

const engines = trackedEngines();
const ASOF = '2026-03-01';
const UNKNOWN = '00000000-0000-4000-8000-000000000999';

const rules = (...inner: SegmentRules['rules']): SegmentRules => ({ kind: 'group', op: 'and', not: false, rules: inner });

function customer(e: Engine, fields: Record<string, unknown>): string {
  return callParsed(e, 'customers.create', { customer: fields }).id;
}
function buy(e: Engine, customerId: string, date: string, amountMinor: number, product: string): void {
  callParsed(e, 'timeline.add', { customerId, entry: { kind: 'purchase', date, amountMinor, currency: 'DKK', product } });
}
function gift(e: Engine, fields: Record<string, unknown>): string {
  return callParsed(e, 'gifts.create', fields).id;
}
function give(e: Engine, customerId: string, giftId: string, date: string): void {
  callParsed(e, 'gifts.give', { customerId, giftId, date, occasion: 'other' });
}
function suggest(e: Engine, request: Record<string, unknown>): GiftSuggestion[] {
  return callParsed(e, 'gifts.suggest', { asOf: ASOF, ...request });
}
const names = (list: GiftSuggestion[]) => list.map((s) => s.gift.name);
const byName = (list: GiftSuggestion[], name: string): GiftSuggestion => {
  const found = list.find((s) => s.gift.name === name);
  if (!found) throw new Error(`no suggestion ${name}`);
  return found;
};
const codes = (s: GiftSuggestion) => s.reasons.map((r: GiftReason) => r.code);

/** Anna (vip, bought espresso beans and a grinder), Bo and Cai (vip, never bought), Dina (not vip, never bought). */
async function book() {
  const e = await engineWithWorkspace(engines);
  const anna = customer(e, { firstName: 'Anna', lastName: 'Berg', tags: ['vip'] });
  const bo = customer(e, { firstName: 'Bo', lastName: 'Dahl', tags: ['vip'] });
  const cai = customer(e, { firstName: 'Cai', lastName: 'Eck', tags: ['vip'] });
  const dina = customer(e, { firstName: 'Dina', lastName: 'Nord' });
  buy(e, anna, '2025-09-01', 40_000, 'Espresso beans');
  buy(e, anna, '2026-01-10', 60_000, 'Espresso beans');
  buy(e, anna, '2026-02-20', 150_000, 'Hand grinder');
  const vip = callParsed(e, 'segments.create', { name: 'VIP', rules: rules({ field: 'tags', op: 'hasAny', values: ['vip'] }) }).id;
  return { e, anna, bo, cai, dina, vip };
}

describe('gifts.suggest for one customer', () => {
  it('ranks a gift for the asked occasion above one that is not, by 3 points with its reason; ties go by name', async () => {
    const { e, bo } = await book();
    gift(e, { name: 'Apron', occasions: ['anniversary'] });
    gift(e, { name: 'Birthday cake', occasions: ['birthday'] });
    const forBirthday = suggest(e, { customerId: bo, occasion: 'birthday' });
    expect(names(forBirthday)).toEqual(['Birthday cake', 'Apron']);
    expect(byName(forBirthday, 'Birthday cake')).toMatchObject({ score: 3, reasons: [{ code: 'fits-occasion', occasion: 'birthday' }] });
    expect(byName(forBirthday, 'Apron')).toMatchObject({ score: 0, reasons: [] });
    expect(forBirthday[0]).not.toHaveProperty('alreadyGivenCount'); // only a segment's answer counts members
    // no occasion asked: both score 0, in name order
    const plain = suggest(e, { customerId: bo });
    expect(plain.map((s) => [s.gift.name, s.score])).toEqual([['Apron', 0], ['Birthday cake', 0]]);
    // the other occasion flips them
    expect(names(suggest(e, { customerId: bo, occasion: 'anniversary' }))).toEqual(['Apron', 'Birthday cake']);
  });

  it('marks a gift the customer already got with the date last given, and ranks it 4 points lower', async () => {
    const { e, bo, dina } = await book();
    const mug = gift(e, { name: 'Apron mug' });
    gift(e, { name: 'Bag' });
    give(e, bo, mug, '2025-12-24');
    give(e, bo, mug, '2026-02-14');
    const list = suggest(e, { customerId: bo });
    expect(names(list)).toEqual(['Bag', 'Apron mug']); // the mug would come first by name
    expect(byName(list, 'Apron mug')).toMatchObject({ score: -4, reasons: [{ code: 'already-given', date: '2026-02-14', count: 1 }] });
    // someone else's gift does not count for Dina
    expect(byName(suggest(e, { customerId: dina }), 'Apron mug')).toMatchObject({ score: 0, reasons: [] });
  });

  it('adds the RFM group, the cost against the customer value and a word of what they bought', async () => {
    const { e, anna } = await book();
    const scores = callParsed(e, 'rfm.scores', { asOf: ASOF });
    const annas = scores.customers.find((c: { customerId: string }) => c.customerId === anna);
    expect(annas).toBeTruthy();
    const valueMinor = Math.round(annas.predictedValue * 100);
    expect(valueMinor).toBeGreaterThan(0);
    const cheap = Math.floor(valueMinor * 0.05);
    gift(e, { name: 'Group gift', rfmGroups: [annas.group], unitCostMinor: cheap });
    gift(e, { name: 'Espresso cup', unitCostMinor: cheap });
    gift(e, { name: 'Plain thing', unitCostMinor: cheap });
    gift(e, { name: 'Costly thing', unitCostMinor: cheap + 1 });
    const list = suggest(e, { customerId: anna });
    expect(byName(list, 'Group gift')).toMatchObject({
      score: 3,
      reasons: [{ code: 'fits-rfm-group', group: annas.group }, { code: 'cost-fits-value', costMinor: cheap, lifetimeValueMinor: valueMinor }],
    });
    expect(byName(list, 'Espresso cup')).toMatchObject({ score: 2, reasons: [{ code: 'cost-fits-value' }, { code: 'matches-purchases', product: 'espresso' }] });
    expect(byName(list, 'Plain thing')).toMatchObject({ score: 1, reasons: [{ code: 'cost-fits-value' }] });
    expect(byName(list, 'Costly thing')).toMatchObject({ score: -1, reasons: [{ code: 'costly-for-value', costMinor: cheap + 1, lifetimeValueMinor: valueMinor }] });
    expect(names(list)).toEqual(['Group gift', 'Espresso cup', 'Plain thing', 'Costly thing']);
  });

  it('adds 2 for a gift meant for a segment the customer is in, and nothing for one who is not', async () => {
    const { e, bo, dina, vip } = await book();
    gift(e, { name: 'VIP box', segmentIds: [vip] });
    expect(byName(suggest(e, { customerId: bo }), 'VIP box')).toMatchObject({ score: 2, reasons: [{ code: 'fits-segment', segmentId: vip, segmentName: 'VIP' }] });
    expect(byName(suggest(e, { customerId: dina }), 'VIP box')).toMatchObject({ score: 0, reasons: [] });
  });

  it('puts out-of-stock gifts last, whatever else fits, and takes a point off for low stock', async () => {
    const { e, bo } = await book();
    gift(e, { name: 'Apron', occasions: ['birthday'], stock: 0 }); // fits, but none left
    gift(e, { name: 'Bag', stock: 2 }); // low: fewer than 3
    gift(e, { name: 'Card', stock: 3 });
    gift(e, { name: 'Diary', stock: null }); // not counted
    const list = suggest(e, { customerId: bo, occasion: 'birthday' });
    expect(names(list)).toEqual(['Card', 'Diary', 'Bag', 'Apron']);
    expect(codes(byName(list, 'Apron'))).toEqual(['fits-occasion', 'out-of-stock']);
    expect(byName(list, 'Bag')).toMatchObject({ score: -1, reasons: [{ code: 'low-stock', stock: 2 }] });
    expect(byName(list, 'Card').reasons).toEqual([]);
  });

  it('leaves deleted gifts out', async () => {
    const { e, bo } = await book();
    const gone = gift(e, { name: 'Gone' });
    gift(e, { name: 'Kept' });
    callParsed(e, 'gifts.delete', { id: gone });
    expect(names(suggest(e, { customerId: bo }))).toEqual(['Kept']);
  });
});

describe('gifts.suggest for a segment', () => {
  it('counts the members who already got each gift and ranks by the share of them', async () => {
    const { e, anna, bo, dina, vip } = await book();
    const mug = gift(e, { name: 'Apron mug' });
    const bag = gift(e, { name: 'Bag' });
    gift(e, { name: 'Card' });
    give(e, anna, mug, '2026-01-05');
    give(e, anna, mug, '2026-02-05'); // twice to one member: still one member
    give(e, bo, mug, '2026-02-10');
    give(e, anna, bag, '2026-01-20');
    give(e, dina, bag, '2026-02-25'); // not a member: does not count
    const list = suggest(e, { segmentId: vip });
    expect(names(list)).toEqual(['Card', 'Bag', 'Apron mug']);
    expect(byName(list, 'Apron mug')).toMatchObject({ alreadyGivenCount: 2, reasons: [{ code: 'already-given', count: 2, date: '2026-02-10' }] });
    expect(byName(list, 'Apron mug').score).toBeCloseTo(-4 * (2 / 3));
    expect(byName(list, 'Bag')).toMatchObject({ alreadyGivenCount: 1, reasons: [{ code: 'already-given', count: 1, date: '2026-01-20' }] });
    expect(byName(list, 'Bag').score).toBeCloseTo(-4 / 3);
    expect(byName(list, 'Card')).toMatchObject({ alreadyGivenCount: 0, score: 0, reasons: [] });
  });

  it('fits gifts meant for the segment, and calls stock low below the number of members', async () => {
    const { e, vip } = await book();
    gift(e, { name: 'VIP box', segmentIds: [vip], stock: 3 }); // 3 members: enough
    gift(e, { name: 'Two left', stock: 2 });
    const list = suggest(e, { segmentId: vip, occasion: 'holiday' });
    expect(byName(list, 'VIP box')).toMatchObject({ score: 2, reasons: [{ code: 'fits-segment', segmentId: vip, segmentName: 'VIP' }] });
    expect(byName(list, 'Two left')).toMatchObject({ score: -1, reasons: [{ code: 'low-stock', stock: 2 }] });
    // a wider segment (4 customers): 3 units are now low; and the gift still fits, since some members are VIPs
    const everyone = callParsed(e, 'segments.create', { name: 'Everyone', rules: rules() }).id;
    expect(codes(byName(suggest(e, { segmentId: everyone }), 'VIP box'))).toEqual(['fits-segment', 'low-stock']);
    // a segment with no VIP in it: no fit
    const notVip = callParsed(e, 'segments.create', { name: 'Not VIP', rules: rules({ field: 'tags', op: 'hasNone', values: ['vip'] }) }).id;
    expect(codes(byName(suggest(e, { segmentId: notVip }), 'VIP box'))).toEqual([]);
  });

  // a segment request whose segment has one member is still a segment's answer (shared/domain/gift.ts: alreadyGivenCount)
  it('a one-member segment still answers alreadyGivenCount', async () => {
    const { e, dina } = await book();
    const mug = gift(e, { name: 'Mug' });
    give(e, dina, mug, '2026-02-01');
    const notVip = callParsed(e, 'segments.create', { name: 'Not VIP', rules: rules({ field: 'tags', op: 'hasNone', values: ['vip'] }) }).id;
    expect(callParsed(e, 'segments.members', { id: notVip }).ids).toEqual([dina]);
    expect(byName(suggest(e, { segmentId: notVip }), 'Mug')).toMatchObject({ alreadyGivenCount: 1 });
  });

  it('refuses an unknown segment and bad payloads', async () => {
    const { e, bo, vip } = await book();
    expect(() => suggest(e, { segmentId: UNKNOWN })).toThrow(/segment does not exist/);
    expect(() => suggest(e, { customerId: UNKNOWN })).toThrow(/customer does not exist/);
    const schema = contract['gifts.suggest'].request;
    expect(schema.safeParse({ customerId: bo, asOf: ASOF }).success).toBe(true);
    for (const bad of [
      { customerId: bo, segmentId: vip, asOf: ASOF }, // one or the other
      { customerId: 'not-a-uuid', asOf: ASOF },
      { customerId: bo }, // asOf is required
      { customerId: bo, asOf: ASOF, occasion: 'wedding' },
      {},
    ])
      expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
