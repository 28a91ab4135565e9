import { createHash } from 'node:crypto';
import { emailKey } from '../../../shared/logic/match-keys';
import type { Reader, Writer } from '../database';

/**
 * People who asked to be erased (table erased_customers): only a hash of their email stays, so that a later
 * import recognises them and does not bring them back, without Rapport keeping the address itself.
 */

export function emailHash(email: string): string {
  return createHash('sha256').update(emailKey(email)).digest('hex');
}

export function recordErasure(db: Writer, emailKeyOfPerson: string, at: Date): void {
  db.run('INSERT OR IGNORE INTO erased_customers (email_hash, erased_at) VALUES (?, ?)', [emailHash(emailKeyOfPerson), at.toISOString()]);
}

/** Whether anyone was ever erased: an import of a book without erasures skips the per-row lookups. */
export function anyErasure(db: Reader): boolean {
  return db.get('SELECT 1 FROM erased_customers LIMIT 1') !== undefined;
}

export function wasErased(db: Reader, email: string): boolean {
  return db.get('SELECT 1 FROM erased_customers WHERE email_hash = ?', [emailHash(email)]) !== undefined;
}
