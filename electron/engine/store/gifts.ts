import type { Gift, GiftOccasion, GiftReaction, GivenGift } from '../../../shared/domain/gift';
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

interface GiftRow {
  id: string;
  name: string;
  description: string;
  unit_cost_minor: number;
  supplier: string;
  occasions: string;
  rfm_groups: string;
  segment_ids: string;
  stock: number | null;
  given_count: number;
  created_at: string;
  updated_at: string;
}

const toGift = (r: GiftRow): Gift => ({
  id: r.id, name: r.name, description: r.description, unitCostMinor: r.unit_cost_minor, supplier: r.supplier,
  occasions: JSON.parse(r.occasions) as Gift['occasions'], rfmGroups: JSON.parse(r.rfm_groups) as Gift['rfmGroups'],
  segmentIds: JSON.parse(r.segment_ids) as string[], stock: r.stock, givenCount: r.given_count, createdAt: r.created_at, updatedAt: r.updated_at,
});

const SELECT_GIFTS = `SELECT k.*, (SELECT count(*) FROM given_gifts g WHERE g.gift_id = k.id) AS given_count FROM gifts k`;

/** The catalogue (not deleted), by name. */
export function listGifts(db: Reader): Gift[] {
  return db.all<GiftRow>(`${SELECT_GIFTS} WHERE k.deleted_at = '' ORDER BY k.name COLLATE NOCASE, k.id`).map(toGift);
}

export function readGift(db: Reader, id: string): Gift {
  const row = db.get<GiftRow>(`${SELECT_GIFTS} WHERE k.id = ? AND k.deleted_at = ''`, [id]);
  if (!row) throw new RapportFailure('not-found', 'That gift is not in the catalogue (any more).', { id });
  return toGift(row);
}

export type GiftFields = Omit<Gift, 'id' | 'givenCount' | 'createdAt' | 'updatedAt'>;

export function insertGift(db: Writer, id: string, gift: GiftFields, now: Date): void {
  const at = now.toISOString();
  db.run(
    'INSERT INTO gifts (id, name, description, unit_cost_minor, supplier, occasions, rfm_groups, segment_ids, stock, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [id, gift.name, gift.description, gift.unitCostMinor, gift.supplier, JSON.stringify(gift.occasions), JSON.stringify(gift.rfmGroups), JSON.stringify(gift.segmentIds), gift.stock, at, at],
  );
}

/** A patch over the gift's fields; refuses a deleted or unknown gift. */
export function updateGift(db: Writer, id: string, patch: Partial<GiftFields>, now: Date): void {
  const next = { ...readGift(db, id), ...patch };
  db.run(
    'UPDATE gifts SET name = ?, description = ?, unit_cost_minor = ?, supplier = ?, occasions = ?, rfm_groups = ?, segment_ids = ?, stock = ?, updated_at = ? WHERE id = ?',
    [next.name, next.description, next.unitCostMinor, next.supplier, JSON.stringify(next.occasions), JSON.stringify(next.rfmGroups), JSON.stringify(next.segmentIds), next.stock, now.toISOString(), id],
  );
}

/** Deleting keeps the row (deleted_at set): what was given stays in the log, and restore undoes it. */
export function markGiftDeleted(db: Writer, id: string, now: Date): void {
  readGift(db, id);
  db.run('UPDATE gifts SET deleted_at = ? WHERE id = ?', [now.toISOString(), id]);
}

export function restoreGift(db: Writer, id: string): void {
  if (!db.get("SELECT 1 FROM gifts WHERE id = ? AND deleted_at <> ''", [id])) throw new RapportFailure('not-found', 'That gift is not among the deleted gifts.', { id });
  db.run("UPDATE gifts SET deleted_at = '' WHERE id = ?", [id]);
}

/** Changes a logged gift's reaction, note or date; a new date moves its touchpoint on the timeline too. */
export function updateGiven(db: Writer, id: string, patch: { reaction?: GiftReaction; note?: string; date?: string }): void {
  const next = { ...readGiven(db, id), ...patch };
  db.run('UPDATE given_gifts SET reaction = ?, note = ?, date = ? WHERE id = ?', [next.reaction, next.note, next.date, id]);
  if (patch.date !== undefined) db.run('UPDATE touchpoints SET date = ? WHERE id = ?', [next.date, next.touchpointId]);
}
