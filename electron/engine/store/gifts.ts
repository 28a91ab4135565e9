import type { GiftOccasion, GiftReaction, GivenGift } from '../../../shared/domain/gift';
import { RapportFailure } from '../../../shared/contract/result';
import type { Reader, Writer } from '../database';

/**
 * The gift log (table given_gifts, migration 0008): each gift given is also a touchpoint (medium 'gift'), written
 * and removed together, and counts one off the gift's stock where stock is counted.
 */

interface GivenRow {
  id: string;
  customer_id: string;
  gift_id: string;
  gift_name: string;
  date: string;
  occasion: GiftOccasion;
  cost_minor: number;
  note: string;
  reaction: GiftReaction;
  touchpoint_id: string;
  created_at: string;
}

const SELECT_GIVEN = `SELECT g.id, g.customer_id, g.gift_id, coalesce(k.name, '') AS gift_name, g.date, g.occasion, g.cost_minor, g.note,
  g.reaction, g.touchpoint_id, g.created_at FROM given_gifts g LEFT JOIN gifts k ON k.id = g.gift_id`;

const toGiven = (r: GivenRow): GivenGift => ({
  id: r.id, customerId: r.customer_id, giftId: r.gift_id, giftName: r.gift_name, date: r.date, occasion: r.occasion,
  costMinor: r.cost_minor, note: r.note, reaction: r.reaction, touchpointId: r.touchpoint_id, createdAt: r.created_at,
});

export function readGiven(db: Reader, id: string): GivenGift {
  const row = db.get<GivenRow>(`${SELECT_GIVEN} WHERE g.id = ?`, [id]);
  if (!row) throw new RapportFailure('not-found', 'That gift is not in the log (any more).', { id });
  return toGiven(row);
}

/** What one customer was given, newest first. */
export function giftLog(db: Reader, customerId: string): GivenGift[] {
  return db.all<GivenRow>(`${SELECT_GIVEN} WHERE g.customer_id = ? ORDER BY g.date DESC, g.created_at DESC`, [customerId]).map(toGiven);
}

export interface Giving {
  customerId: string;
  giftId: string;
  date: string;
  occasion: GiftOccasion;
  costMinor?: number;
  note: string;
  reaction: GiftReaction;
}

/** Logs a gift and its touchpoint and counts it off the stock; refuses an unknown customer or gift and an empty stock. */
export function giveGift(db: Writer, ids: { given: string; touchpoint: string }, giving: Giving, now: Date): void {
  const gift = db.get<{ name: string; unit_cost_minor: number; stock: number | null }>("SELECT name, unit_cost_minor, stock FROM gifts WHERE id = ? AND deleted_at = ''", [giving.giftId]);
  if (!gift) throw new RapportFailure('not-found', 'That gift is not in the catalogue (any more).', { id: giving.giftId });
  if (!db.get('SELECT 1 FROM customers WHERE id = ?', [giving.customerId])) throw new RapportFailure('not-found', 'That customer does not exist (any more).', { id: giving.customerId });
  if (gift.stock !== null && gift.stock <= 0) throw new RapportFailure('invalid-request', `“${gift.name}” is out of stock: add stock to the gift before giving it.`, { id: giving.giftId });
  const at = now.toISOString();
  db.run("INSERT INTO touchpoints (id, customer_id, date, channel, department, direction, summary, created_at) VALUES (?, ?, ?, 'gift', 'sales', 'outbound', ?, ?)", [
    ids.touchpoint, giving.customerId, giving.date, `${gift.name} (${giving.occasion})`, at,
  ]);
  db.run('INSERT INTO given_gifts (id, customer_id, gift_id, date, occasion, cost_minor, note, reaction, touchpoint_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
    ids.given, giving.customerId, giving.giftId, giving.date, giving.occasion, giving.costMinor ?? gift.unit_cost_minor, giving.note, giving.reaction, ids.touchpoint, at,
  ]);
  if (gift.stock !== null) db.run('UPDATE gifts SET stock = stock - 1 WHERE id = ?', [giving.giftId]);
}

/** Removes a logged gift and its touchpoint and puts the unit back in stock (undo of give). */
export function deleteGiven(db: Writer, id: string): void {
  const given = readGiven(db, id);
  db.run('DELETE FROM touchpoints WHERE id = ?', [given.touchpointId]);
  db.run('DELETE FROM given_gifts WHERE id = ?', [id]);
  db.run('UPDATE gifts SET stock = stock + 1 WHERE id = ? AND stock IS NOT NULL', [given.giftId]);
}
