import type { Writer } from '../database';

/** A customer's tags (table customer_tags): the one place that writes them. */

/** Adds the tags the customer does not have yet; answers how many were added. */
export function addTags(db: Writer, customerId: string, tags: Iterable<string>): number {
  let added = 0;
  for (const tag of new Set(tags)) added += db.run('INSERT OR IGNORE INTO customer_tags (customer_id, tag) VALUES (?, ?)', [customerId, tag]).changes;
  return added;
}

/** Removes these tags from the customer; answers how many were removed. */
export function removeTags(db: Writer, customerId: string, tags: Iterable<string>): number {
  let removed = 0;
  for (const tag of tags) removed += db.run('DELETE FROM customer_tags WHERE customer_id = ? AND tag = ?', [customerId, tag]).changes;
  return removed;
}

/** The customer's tags become exactly these. */
export function replaceTags(db: Writer, customerId: string, tags: readonly string[]): void {
  db.run('DELETE FROM customer_tags WHERE customer_id = ?', [customerId]);
  addTags(db, customerId, tags);
}
