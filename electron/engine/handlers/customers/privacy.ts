import { RapportFailure } from '../../../../shared/contract/result';
import type { Writer } from '../../database';
import { emailHash } from '../../import/plan';
import { deleteCustomer } from '../../store/customers';
import { forgetImportChangesOf } from '../../store/import-records';
import { forgetMergesOf } from '../../store/merges';
import type { EngineHandler } from '../types';

/**
 * Erases a person (right to erasure): their row and all history go, undo records that still hold their data
 * go, and a hash of the email stays so that a later import does not bring them back (and says why).
 */
const erase: EngineHandler<'customers.erase'> = (ctx, { id }) => {
  const { db, now } = ctx;
  const customer = db.get<{ email_key: string }>('SELECT email_key FROM customers WHERE id = ?', [id]);
  if (!customer) throw new RapportFailure('not-found', 'That customer does not exist (any more).', { id });
  forgetUndoRecords(db, id);
  deleteCustomer(db, id);
  if (customer.email_key) {
    db.run('INSERT OR IGNORE INTO erased_customers (email_hash, erased_at) VALUES (?, ?)', [emailHash(customer.email_key), now().toISOString()]);
  }
  // the journal holds the erased data until the next snapshot: fold it now
  ctx.snapshotSoon?.();
  return { erased: true, tombstone: customer.email_key !== '' };
};

function forgetUndoRecords(db: Writer, id: string): void {
  forgetImportChangesOf(db, id);
  forgetMergesOf(db, id);
}

export const privacyHandlers = {
  'customers.erase': erase,
};
