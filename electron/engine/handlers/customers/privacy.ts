import { RapportFailure } from '../../../../shared/contract/result';
import type { Writer } from '../../database';
import { customerEmailKey, deleteCustomer } from '../../store/customers';
import { recordErasure } from '../../store/erasures';
import { forgetImportChangesOf } from '../../store/import-records';
import { forgetMergesOf } from '../../store/merges';
import type { EngineHandler } from '../types';

/**
 * Erases a person (right to erasure): their row and all history go, undo records that still hold their data
 * go, and a hash of the email stays so that a later import does not bring them back (and says why).
 */
const erase: EngineHandler<'customers.erase'> = (ctx, { id }) => {
  const { db, now } = ctx;
  const email = customerEmailKey(db, id);
  if (email === undefined) throw new RapportFailure('not-found', 'That customer does not exist (any more).', { id });
  forgetUndoRecords(db, id);
  // the gift log names the person: it goes with them (whatever the foreign-key setting of the connection)
  db.run('DELETE FROM sent_batches WHERE touchpoint_id IN (SELECT id FROM touchpoints WHERE customer_id = ?)', [id]);
  db.run('DELETE FROM given_gifts WHERE customer_id = ?', [id]);
  deleteCustomer(db, id);
  if (email) recordErasure(db, email, now());
  // the journal holds the erased data until the next snapshot: fold it now
  ctx.snapshotSoon?.();
  return { erased: true, tombstone: email !== '' };
};

function forgetUndoRecords(db: Writer, id: string): void {
  forgetImportChangesOf(db, id);
  forgetMergesOf(db, id);
}

export const privacyHandlers = {
  'customers.erase': erase,
};
