import { RapportFailure } from '../../../shared/contract/result';
import type { Reader, Writer } from '../database';
import { touchpointBatch } from './touchpoints';

/**
 * Letters and gift cards confirmed as sent (table sent_batches, migration 0008): one outbound sales touchpoint per
 * customer, all recorded under one batch id so that undo removes exactly those.
 */

export interface SentLetters {
  batchId: string;
  medium: 'letter' | 'gift';
  summary: string;
  date: string;
  customerIds: readonly string[];
}

/** Refuses ids with no customer (erased or never there): nothing is written then. */
function requireCustomers(db: Reader, ids: readonly string[]): void {
  const missing = db.all<{ id: string }>('SELECT k.value AS id FROM json_each(?) k LEFT JOIN customers c ON c.id = k.value WHERE c.id IS NULL', [JSON.stringify(ids)]);
  if (missing.length > 0)
    throw new RapportFailure('not-found', `${missing.length === 1 ? 'One customer does' : `${missing.length} customers do`} not exist (any more): nothing was logged.`, { ids: missing.slice(0, 20).map((m) => m.id) });
}

/** Writes the batch's touchpoints (one per distinct customer); answers how many. */
export function insertSentBatch(db: Writer, sent: SentLetters, newId: () => string, now: Date): number {
  const ids = [...new Set(sent.customerIds)];
  requireCustomers(db, ids);
  const at = now.toISOString();
  const touchpoints = touchpointBatch(db);
  const links: string[] = [];
  for (const customerId of ids) {
    const id = newId();
    links.push(id);
    touchpoints.add([id, customerId, sent.date, sent.medium, 'sales', 'outbound', sent.summary, '', at]);
  }
  touchpoints.flush();
  for (let i = 0; i < links.length; i += 500) {
    db.run('INSERT INTO sent_batches (batch_id, touchpoint_id) SELECT ?, value FROM json_each(?)', [sent.batchId, JSON.stringify(links.slice(i, i + 500))]);
  }
  return ids.length;
}

/** Removes the batch's touchpoints and its rows; answers how many touchpoints went. */
export function deleteSentBatch(db: Writer, batchId: string): number {
  const rows = db.get<{ n: number }>('SELECT count(*) AS n FROM sent_batches WHERE batch_id = ?', [batchId])?.n ?? 0;
  if (rows === 0) throw new RapportFailure('not-found', 'That batch of sent letters or cards is not logged (it may have been undone already).', { batchId });
  const removed = db.get<{ n: number }>('SELECT count(*) AS n FROM touchpoints WHERE id IN (SELECT touchpoint_id FROM sent_batches WHERE batch_id = ?)', [batchId])?.n ?? 0;
  db.run('DELETE FROM touchpoints WHERE id IN (SELECT touchpoint_id FROM sent_batches WHERE batch_id = ?)', [batchId]);
  db.run('DELETE FROM sent_batches WHERE batch_id = ?', [batchId]);
  return removed;
}
