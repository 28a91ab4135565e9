import type { GiftOccasion, GiftReason, GiftSuggestion } from '../../../shared/domain/gift';
import type { Reader } from '../database';
import { RapportFailure } from '../../../shared/contract/result';
import { customerExists } from '../store/customers';
import { listGifts } from '../store/gifts';
import { memberIds, readSegment } from '../store/segments';
import { bookRfm } from './rfm-cache';
import type { EngineHandler, HandlerContext } from './types';

/**
 * gifts.suggest: the catalogue ranked for one customer or a segment, every point of the score with its reason.
 * Occasion +3, RFM group +2, segment +2, a cost within 5 % of lifetime value +1 (over it −1), a product word the
 * customer bought +1; already given −4 (a customer) or by the share of members who got it (a segment); low stock
 * −1, none left: last.
 */

const FITTING_SHARE_OF_VALUE = 0.05;

const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4);

function segmentsOf(db: Reader, customerIds: string[], segmentIds: Set<string>, asOf: string): Map<string, { name: string; members: Set<string> }> {
  const out = new Map<string, { name: string; members: Set<string> }>();
  for (const id of segmentIds) {
    try {
      const segment = readSegment(db, id);
      const members = new Set(memberIds(db, segment.rules, asOf));
      if (customerIds.some((c) => members.has(c))) out.set(id, { name: segment.name, members });
    } catch {
      // a segment deleted since the gift named it: no fit
    }
  }
  return out;
}

/** `single`: the one customer asked about (a segment of one member is still a segment: no personal scoring). */
export function suggestGifts(ctx: HandlerContext<Reader>, customerIds: string[], single: string | null, occasion: GiftOccasion | undefined, asOf: string): GiftSuggestion[] {
  const { db } = ctx;
  const gifts = listGifts(db);
  const rfm = bookRfm(ctx, asOf);
  const ids = JSON.stringify(customerIds);
  const given = new Map<string, { count: number; last: string }>();
  for (const row of db.all<{ gift_id: string; n: number; last: string }>(
    'SELECT gift_id, count(DISTINCT customer_id) AS n, max(date) AS last FROM given_gifts WHERE customer_id IN (SELECT value FROM json_each(?)) GROUP BY gift_id',
    [ids],
  )) given.set(row.gift_id, { count: row.n, last: row.last });
  const bought = new Set(single ? db.all<{ product: string }>('SELECT DISTINCT product FROM purchases WHERE customer_id = ?', [single]).flatMap((r) => words(r.product)) : []);
  const segments = segmentsOf(db, customerIds, new Set(gifts.flatMap((g) => g.segmentIds)), asOf);
  const customerRfm = single ? rfm.get(single) : undefined;
  const value = customerRfm ? Math.round(customerRfm.predictedValue * 100) : null;

  return gifts
    .map((gift): GiftSuggestion => {
      const reasons: GiftReason[] = [];
      let score = 0;
      if (occasion && gift.occasions.includes(occasion)) { score += 3; reasons.push({ code: 'fits-occasion', occasion }); }
      if (customerRfm && gift.rfmGroups.includes(customerRfm.group)) { score += 2; reasons.push({ code: 'fits-rfm-group', group: customerRfm.group }); }
      for (const id of gift.segmentIds) {
        const segment = segments.get(id);
        if (segment) { score += 2; reasons.push({ code: 'fits-segment', segmentId: id, segmentName: segment.name }); break; }
      }
      if (value !== null && value > 0) {
        if (gift.unitCostMinor <= value * FITTING_SHARE_OF_VALUE) { score += 1; reasons.push({ code: 'cost-fits-value', costMinor: gift.unitCostMinor, lifetimeValueMinor: value }); }
        else { score -= 1; reasons.push({ code: 'costly-for-value', costMinor: gift.unitCostMinor, lifetimeValueMinor: value }); }
      }
      const match = words(`${gift.name} ${gift.description}`).find((w) => bought.has(w));
      if (match) { score += 1; reasons.push({ code: 'matches-purchases', product: match }); }
      const already = given.get(gift.id);
      if (already) {
        score -= single ? 4 : 4 * (already.count / customerIds.length);
        reasons.push({ code: 'already-given', date: already.last, count: already.count });
      }
      if (gift.stock !== null && gift.stock <= 0) { score -= 100; reasons.push({ code: 'out-of-stock' }); }
      else if (gift.stock !== null && gift.stock < Math.max(3, customerIds.length)) { score -= 1; reasons.push({ code: 'low-stock', stock: gift.stock }); }
      return { gift, score, reasons, ...(single ? {} : { alreadyGivenCount: already?.count ?? 0 }) };
    })
    .sort((a, b) => b.score - a.score || a.gift.name.localeCompare(b.gift.name));
}

export const suggest: EngineHandler<'gifts.suggest'> = (ctx, request) => {
  if ('customerId' in request) {
    if (!customerExists(ctx.db, request.customerId)) throw new RapportFailure('not-found', 'That customer does not exist (any more).', { id: request.customerId });
    return suggestGifts(ctx, [request.customerId], request.customerId, request.occasion, request.asOf);
  }
  return suggestGifts(ctx, memberIds(ctx.db, readSegment(ctx.db, request.segmentId).rules, request.asOf), null, request.occasion, request.asOf);
};
