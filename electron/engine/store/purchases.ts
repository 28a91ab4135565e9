import type { PersonalPurchase } from '../../../shared/domain/privacy';
import type { TimelineEntry } from '../../../shared/domain/timeline';
import type { Reader, SqlParam, Writer } from '../database';
import { BatchInsert } from './batch-insert';
import { fieldsOf } from './timeline';

/** Purchases (table purchases): what only purchases need besides the timeline's entries (timeline.ts). */

type Purchase = Extract<TimelineEntry, { kind: 'purchase' }>;

const PURCHASE_FIELDS = fieldsOf('purchase');
const INSERT_IMPORTED_PURCHASE = `INSERT INTO purchases (id, customer_id, created_at, import_id, ${PURCHASE_FIELDS.map(([, column]) => column).join(', ')})
  VALUES (?, ?, ?, ?, ${PURCHASE_FIELDS.map(() => '?').join(', ')})`;

/** Books a purchase from an import, marked with the import so that undoing it takes the purchase back. */
export function insertImportedPurchase(db: Writer, id: string, customerId: string, entry: Purchase, createdAt: string, importId: string): void {
  // a million-row orders file comes through here: the statement text and field list are built once
  const params: SqlParam[] = [id, customerId, createdAt, importId];
  for (const [field] of PURCHASE_FIELDS) params.push((entry as unknown as Record<string, SqlParam>)[field] ?? null);
  db.run(INSERT_IMPORTED_PURCHASE, params);
}

/** Takes back every purchase an import booked. */
export function deleteImportedPurchases(db: Writer, importId: string): void {
  db.run('DELETE FROM purchases WHERE import_id = ?', [importId]);
}

export function deletePurchase(db: Writer, id: string): void {
  db.run('DELETE FROM purchases WHERE id = ?', [id]);
}

/** The purchases these customers already have (who, when, which order, what, how much): an import books nothing twice. */
export function purchasesOfCustomers(
  db: Reader,
  customerIds: readonly string[],
): Array<{ customer_id: string; date: string; order_ref: string; product: string; amount_minor: number }> {
  if (customerIds.length === 0) return [];
  return db.all('SELECT p.customer_id, p.date, p.order_ref, p.product, p.amount_minor FROM json_each(:ids) AS k JOIN purchases AS p ON p.customer_id = k.value', {
    ':ids': JSON.stringify(customerIds),
  });
}

/** One person's purchases as their personal-data export shows them. */
export function personalPurchases(db: Reader, customerId: string): PersonalPurchase[] {
  return db.all<PersonalPurchase>(
    'SELECT date, amount_minor AS amountMinor, currency, product, category, channel AS outlet, order_ref AS orderRef FROM purchases WHERE customer_id = ? ORDER BY date',
    [customerId],
  );
}

/** Many purchases at a time (the demo's): rows of [id, customer id, date, amount, currency, product, category, channel, order, created at]. */
export function purchaseBatch(db: Writer): BatchInsert {
  return new BatchInsert(db, 'purchases', ['id', 'customer_id', 'date', 'amount_minor', 'currency', 'product', 'category', 'channel', 'order_ref', 'created_at']);
}
